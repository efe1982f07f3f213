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
 * reading the body; a body larger than Slack's own (past {@code largeBody}) needs a pass from
 * {@link LargeBodies}, and without one is refused before it is read (a chunked body, which has no
 * declared length, is read up to that size first and asks then); the body is read up to one byte
 * past the cap; its signature is checked over those exact bytes in constant time. Only a {@link
 * Admission.Signed} body may be parsed, handed to Bolt, or logged.
 */
final class RequestGate {

    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    static final String SIGNATURE = "X-Slack-Signature";

    /** What the gate decided. */
    sealed interface Admission {
        /** Larger than the cap: 413. {@code bodyRead} says whether its bytes were consumed up to the cap. */
        record TooLarge(boolean bodyRead) implements Admission {}

        /** Larger than Slack's own while the budget of large bodies is spent: 503, try later. */
        record Busy(boolean bodyRead) implements Admission {}

        /** Not signed by Slack, or not fresh: 401. */
        record Unsigned(boolean bodyRead) implements Admission {}

        /** Slack's, exactly these bytes. */
        record Signed(byte[] body) implements Admission {}
    }

    private final int maxBody;
    private final int largeBody;
    private final LargeBodies large;
    private final RawSignature signature;
    private final Clock clock;

    /** {@code largeBody}: the largest body read without a pass from {@code large}. */
    RequestGate(long maxBody, long largeBody, LargeBodies large, RawSignature signature, Clock clock) {
        this.maxBody = Math.toIntExact(maxBody);
        this.largeBody = Math.toIntExact(Math.min(largeBody, maxBody));
        this.large = large;
        this.signature = signature;
        this.clock = clock;
    }

    Admission admit(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBody) {
            return new Admission.TooLarge(false);
        }
        String timestamp = request.getHeader(TIMESTAMP);
        String signed = request.getHeader(SIGNATURE);
        long now = clock.millis();
        if (!signature.plausible(timestamp, signed, now)) {
            return new Admission.Unsigned(false);
        }
        LargeBodies.Pass pass = null;
        if (declared > largeBody) {
            pass = large.tryEnter(declared);
            if (pass == null) {
                return new Admission.Busy(false);
            }
        }
        try {
            Body body = new Body(maxBody + 1);
            InputStream in = request.getInputStream();
            // Up to the threshold (and one byte past it) is read freely: that is every body of Slack's.
            body.readUpTo(in, largeBody + 1);
            if (body.length > maxBody) {
                return new Admission.TooLarge(true);
            }
            if (!body.ended && pass == null) {
                // A chunked body past the threshold: charged the cap, given back what it did not use.
                pass = large.tryEnter(maxBody + 1L);
                if (pass == null) {
                    return new Admission.Busy(true);
                }
            }
            body.readUpTo(in, maxBody + 1);
            if (pass != null) {
                pass.used(body.length);
            }
            if (body.length > maxBody) {
                return new Admission.TooLarge(true);
            }
            byte[] bytes = body.bytes();
            return signature.verifies(bytes, timestamp, signed, now)
                    ? new Admission.Signed(bytes)
                    : new Admission.Unsigned(true);
        } finally {
            if (pass != null) {
                pass.close();
            }
        }
    }

    /** The whole stream if it holds at most {@code cap} bytes; null (having read cap + 1) if it holds more. */
    static byte[] readAtMost(InputStream in, int cap) throws IOException {
        Body body = new Body(cap + 1);
        body.readUpTo(in, cap + 1);
        return body.length > cap ? null : body.bytes();
    }

    /** Bytes read so far, in an array that grows as they arrive: a small body costs a small array. */
    private static final class Body {
        private final int limit;
        private byte[] buffer;
        private int length;
        private boolean ended;

        Body(int limit) {
            this.limit = limit;
            this.buffer = new byte[Math.min(limit, 16 * 1024)];
        }

        /** Reads until the stream ends or {@code upTo} bytes are in (at most the limit). */
        void readUpTo(InputStream in, int upTo) throws IOException {
            // Not InputStream.readNBytes: once it has its bytes it asks for zero more, and Tomcat's
            // stream blocks on that until the client sends more, which an open chunked body never does.
            int target = Math.min(upTo, limit);
            while (!ended && length < target) {
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(limit, 2L * buffer.length));
                }
                int read = in.read(buffer, length, Math.min(buffer.length, target) - length);
                if (read < 0) {
                    ended = true;
                } else {
                    length += read;
                }
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, length);
        }
    }
}
