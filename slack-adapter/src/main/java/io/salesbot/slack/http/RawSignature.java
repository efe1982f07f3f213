package io.salesbot.slack.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature checked over the body's exact bytes, before anything reads them: Bolt
 * checks it over the body as a string, after its parser has read (and logged) whatever arrived.
 *
 * <p>Freshness is our own rule, stricter than Bolt's: the timestamp must be within five minutes of
 * our clock in <em>either</em> direction. Bolt's {@code SlackSignature.TimestampVerifier} only
 * refuses old timestamps, so a signed request stamped an hour ahead stays replayable for that hour
 * plus five minutes; Slack stamps with its own clock when it sends, so a legitimate request is
 * never far in the future.
 */
final class RawSignature {

    static final Duration LARGEST_SKEW = Duration.ofMinutes(5);

    // "v0=" and 64 hex digits: anything else cannot be Slack's and is refused before any hashing.
    private static final int SIGNATURE_LENGTH = 3 + 64;
    // Unix seconds have 10 digits until the year 2286; the bound keeps seconds * 1000 far from overflow.
    private static final int LONGEST_TIMESTAMP = 12;

    private final SecretKeySpec key;

    RawSignature(String signingSecret) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * Whether the headers can belong to a fresh Slack request at all: a timestamp within {@link
     * #LARGEST_SKEW} of now and a signature of the right form. Cheap, and needs no body: a request
     * that fails it is refused without reading one.
     */
    boolean plausible(String timestamp, String signature, long nowMillis) {
        return fresh(timestamp, nowMillis)
                && signature != null
                && signature.length() == SIGNATURE_LENGTH
                && signature.startsWith("v0=");
    }

    /** Whether {@code signature} is Slack's for exactly these bytes at a fresh {@code timestamp}. */
    boolean verifies(byte[] body, String timestamp, String signature, long nowMillis) {
        if (!plausible(timestamp, signature, nowMillis)) {
            return false;
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(timestamp, body))).getBytes(StandardCharsets.US_ASCII);
        // Constant time: a comparison that stops at the first difference tells an attacker how close they are.
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    static boolean fresh(String timestamp, long nowMillis) {
        if (timestamp == null || timestamp.isEmpty() || timestamp.length() > LONGEST_TIMESTAMP) {
            return false;
        }
        long seconds = 0;
        for (int i = 0; i < timestamp.length(); i++) {
            char c = timestamp.charAt(i);
            if (c < '0' || c > '9') {
                return false; // no sign, no spaces, no other digits than ASCII ones
            }
            seconds = seconds * 10 + (c - '0');
        }
        // Strictly less, as Bolt (which checks again after us) counts the past.
        return Math.abs(nowMillis - seconds * 1000) < LARGEST_SKEW.toMillis();
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
