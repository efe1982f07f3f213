package io.salesbot.slack.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;

/**
 * The first thing that sees a request to {@code POST /slack/events}, before anything parses or
 * logs it. In order, each step cheaper than the next: a declared length over the cap is refused
 * without reading a byte; headers that cannot be a fresh Slack signature are refused without
 * reading the body; the body is read up to one byte past the cap (a chunked body has no declared
 * length); its signature is checked over those exact bytes in constant time. Only a {@link
 * Admission.Signed} body may be parsed, handed to Bolt, or logged.
 */
final class RequestGate {

    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    static final String SIGNATURE = "X-Slack-Signature";

    /** What the gate decided. */
    sealed interface Admission {
        /** Larger than the cap: 413. {@code bodyRead} says whether its bytes were consumed up to the cap. */
        record TooLarge(boolean bodyRead) implements Admission {}

        /** Not signed by Slack, or not fresh: 401. */
        record Unsigned(boolean bodyRead) implements Admission {}

        /** Slack's, exactly these bytes. */
        record Signed(byte[] body) implements Admission {}
    }

    private final int maxBody;
    private final RawSignature signature;
    private final Clock clock;

    RequestGate(long maxBody, RawSignature signature, Clock clock) {
        this.maxBody = Math.toIntExact(maxBody);
        this.signature = signature;
        this.clock = clock;
    }

    Admission admit(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBody) {
            return new Admission.TooLarge(false);
        }
        String timestamp = request.getHeader(TIMESTAMP);
        String signed = request.getHeader(SIGNATURE);
        long now = clock.millis();
        if (!signature.plausible(timestamp, signed, now)) {
            return new Admission.Unsigned(false);
        }
        byte[] body = readAtMost(request.getInputStream(), maxBody);
        if (body == null) {
            return new Admission.TooLarge(true);
        }
        return signature.verifies(body, timestamp, signed, now)
                ? new Admission.Signed(body)
                : new Admission.Unsigned(true);
    }

    /** The whole stream if it holds at most {@code cap} bytes; null (having read cap + 1) if it holds more. */
    static byte[] readAtMost(InputStream in, int cap) throws IOException {
        // Not InputStream.readNBytes: once it has its bytes it asks for zero more, and Tomcat's
        // stream blocks on that until the client sends more, which an open chunked body never does.
        byte[] buffer = new byte[Math.min(cap + 1, 16 * 1024)];
        int total = 0;
        while (total <= cap) {
            if (total == buffer.length) {
                // Grows as bytes arrive: a small body costs a small array, a large one at most cap + 1.
                buffer = Arrays.copyOf(buffer, (int) Math.min((long) cap + 1, 2L * buffer.length));
            }
            int read = in.read(buffer, total, buffer.length - total);
            if (read < 0) {
                return Arrays.copyOf(buffer, total);
            }
            total += read;
        }
        return null;
    }
}
