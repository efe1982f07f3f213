package io.salesbot.slack.http;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature checked over the body's exact bytes. Bolt checks it over the body as a
 * string, which is the same thing only while the bytes are valid UTF-8; for a body that is not, we
 * must know it came from Slack before we answer it with anything but a 401. The freshness rule is
 * Bolt's own, so both checks accept the same requests.
 */
final class RawSignature {

    private final byte[] secret;

    RawSignature(String signingSecret) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    boolean verifies(byte[] body, String timestamp, String signature, long nowMillis) {
        if (timestamp == null
                || signature == null
                || !SlackSignature.TimestampVerifier.isValidTimestamp(timestamp, nowMillis)) {
            return false;
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(timestamp, body))).getBytes(StandardCharsets.US_ASCII);
        // Constant time: a comparison that stops at the first difference tells an attacker how close they are.
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
