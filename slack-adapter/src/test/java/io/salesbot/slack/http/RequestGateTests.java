package io.salesbot.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The gate alone, on requests built in memory: what it reads, and what it lets through. */
class RequestGateTests {

    static final String SECRET = "gate-secret";
    static final int CAP = 64 * 1024;
    static final int LARGE = 16 * 1024;
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    // One large read at a time, and two bodies of the cap per second.
    private final LargeBodies large = new LargeBodies(1, 2L * (CAP + 1), CAP + 1, nanos::get);
    private final RequestGate gate = gate(large);

    static RequestGate gate(LargeBodies large) {
        return new RequestGate(CAP, LARGE, large, new RawSignature(SECRET), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefusedWithoutReadingAByte() throws IOException {
        CountingStream body = new CountingStream(endless());
        MockHttpServletRequest request = request(body, CAP + 1L);
        sign(request, NOW.getEpochSecond(), new byte[0]);

        assertThat(gate.admit(request)).isEqualTo(new RequestGate.Admission.TooLarge(false));
        assertThat(body.read).isZero();
    }

    @Test
    void aBodyWithoutLengthIsReadOnlyToOneBytePastTheCap() throws IOException {
        CountingStream body = new CountingStream(endless());
        MockHttpServletRequest request = request(body, -1);
        sign(request, NOW.getEpochSecond(), new byte[0]);

        assertThat(gate.admit(request)).isEqualTo(new RequestGate.Admission.TooLarge(true));
        assertThat(body.read).isEqualTo(CAP + 1L);
    }

    @Test
    void withoutSignatureHeadersNothingIsRead() throws IOException {
        CountingStream body = new CountingStream(new ByteArrayInputStream(new byte[CAP]));
        MockHttpServletRequest request = request(body, CAP);

        assertThat(gate.admit(request)).isEqualTo(new RequestGate.Admission.Unsigned(false));
        assertThat(body.read).isZero();
    }

    @Test
    void aStaleOrFutureTimestampIsRefusedWithoutReadingTheBody() throws IOException {
        for (long skew : new long[] {-360, 360, -3600, 86_400}) {
            byte[] bytes = "command=%2Fopp&text=help".getBytes(StandardCharsets.US_ASCII);
            CountingStream body = new CountingStream(new ByteArrayInputStream(bytes));
            MockHttpServletRequest request = request(body, bytes.length);
            sign(request, NOW.getEpochSecond() + skew, bytes);

            assertThat(gate.admit(request)).as("%d s away", skew).isEqualTo(new RequestGate.Admission.Unsigned(false));
            assertThat(body.read).isZero();
        }
    }

    @Test
    void aBodySignedForOtherBytesIsReadAndRefused() throws IOException {
        byte[] bytes = "text=hello".getBytes(StandardCharsets.US_ASCII);
        MockHttpServletRequest request = request(new ByteArrayInputStream(bytes), bytes.length);
        sign(request, NOW.getEpochSecond(), "text=hellO".getBytes(StandardCharsets.US_ASCII));

        assertThat(gate.admit(request)).isEqualTo(new RequestGate.Admission.Unsigned(true));
    }

    @Test
    void aSignedBodyUpToTheCapComesThroughByteForByte() throws IOException {
        byte[] bytes = new byte[CAP];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i; // not text at all: the signature covers bytes, not characters
        }
        MockHttpServletRequest request = request(new ByteArrayInputStream(bytes), -1);
        sign(request, NOW.getEpochSecond() - 299, bytes);

        RequestGate.Admission admission = gate.admit(request);

        assertThat(admission).isInstanceOf(RequestGate.Admission.Signed.class);
        assertThat(((RequestGate.Admission.Signed) admission).body()).isEqualTo(bytes);
    }

    @Test
    void aLargeBodyBeyondTheConcurrentReadsIsRefusedWithoutReadingAByte() throws IOException {
        byte[] bytes = new byte[LARGE + 1];
        CountingStream body = new CountingStream(new ByteArrayInputStream(bytes));
        MockHttpServletRequest request = request(body, bytes.length);
        sign(request, NOW.getEpochSecond(), bytes);

        try (LargeBodies.Pass reading = large.tryEnter(CAP)) {
            assertThat(reading).as("the one large read").isNotNull();

            assertThat(gate.admit(request)).isEqualTo(new RequestGate.Admission.Busy(false));
            assertThat(body.read).isZero();
        }
    }

    @Test
    void aChunkedBodyWithoutAPassIsReadOnlyToOneBytePastTheThreshold() throws IOException {
        CountingStream body = new CountingStream(endless());
        MockHttpServletRequest request = request(body, -1);
        sign(request, NOW.getEpochSecond(), new byte[0]);

        try (LargeBodies.Pass reading = large.tryEnter(CAP)) {
            assertThat(gate.admit(request)).isEqualTo(new RequestGate.Admission.Busy(true));
            assertThat(body.read).isEqualTo(LARGE + 1L);
        }
    }

    @Test
    void smallBodiesNeverWaitForTheLargeReads() throws IOException {
        try (LargeBodies.Pass reading = large.tryEnter(CAP)) {
            for (long length : new long[] {LARGE, -1}) {
                byte[] bytes = ("command=%2Fopp&text=" + "x".repeat(LARGE - 20)).getBytes(StandardCharsets.US_ASCII);
                MockHttpServletRequest request =
                        request(new ByteArrayInputStream(bytes), length == -1 ? -1 : bytes.length);
                sign(request, NOW.getEpochSecond(), bytes);

                RequestGate.Admission admission = gate.admit(request);

                assertThat(admission).as("length %d", length).isInstanceOf(RequestGate.Admission.Signed.class);
                assertThat(((RequestGate.Admission.Signed) admission).body()).isEqualTo(bytes);
            }
        }
    }

    @Test
    void largeBodiesShareABudgetOfBytesPerSecond() throws IOException {
        // The budget holds two bodies of the cap: the third in the same instant waits for the refill.
        for (int i = 0; i < 2; i++) {
            assertThat(gate.admit(signedOfLength(CAP))).isInstanceOf(RequestGate.Admission.Signed.class);
        }
        CountingStream unread = new CountingStream(new ByteArrayInputStream(new byte[CAP]));
        MockHttpServletRequest third = request(unread, CAP);
        sign(third, NOW.getEpochSecond(), new byte[CAP]);
        assertThat(gate.admit(third)).isEqualTo(new RequestGate.Admission.Busy(false));
        assertThat(unread.read).isZero();

        nanos.addAndGet(500_000_000L); // half a second: one body's worth
        assertThat(gate.admit(signedOfLength(CAP))).isInstanceOf(RequestGate.Admission.Signed.class);
        assertThat(gate.admit(signedOfLength(CAP))).isInstanceOf(RequestGate.Admission.Busy.class);
    }

    @Test
    void aChunkedBodyIsChargedWhatItTurnedOutToBe() throws IOException {
        // Charged the cap up front (its length is unknown), a chunked body of LARGE + 100 bytes
        // gives the rest back: the budget of two caps still admits a declared one and more.
        byte[] bytes = new byte[LARGE + 100];
        MockHttpServletRequest chunked = request(new ByteArrayInputStream(bytes), -1);
        sign(chunked, NOW.getEpochSecond(), bytes);
        assertThat(gate.admit(chunked)).isInstanceOf(RequestGate.Admission.Signed.class);

        assertThat(gate.admit(signedOfLength(CAP))).isInstanceOf(RequestGate.Admission.Signed.class);
        assertThat(gate.admit(signedOfLength(CAP - LARGE - 200))).isInstanceOf(RequestGate.Admission.Signed.class);
    }

    @Test
    void refusedHeadersTakeNothingFromTheBudget() throws IOException {
        for (int i = 0; i < 10; i++) {
            MockHttpServletRequest unsigned = request(new ByteArrayInputStream(new byte[CAP]), CAP);
            assertThat(gate.admit(unsigned)).isEqualTo(new RequestGate.Admission.Unsigned(false));
        }
        assertThat(gate.admit(signedOfLength(CAP))).isInstanceOf(RequestGate.Admission.Signed.class);
    }

    private static MockHttpServletRequest signedOfLength(int length) {
        byte[] bytes = new byte[length];
        MockHttpServletRequest request = request(new ByteArrayInputStream(bytes), length);
        sign(request, NOW.getEpochSecond(), bytes);
        return request;
    }

    @Test
    void neverAsksTheStreamForZeroBytes() throws IOException {
        // Tomcat's stream blocks on a read of zero bytes until more arrive: an open chunked body
        // of exactly cap + 1 bytes would hang the request if the gate ever asked for none.
        InputStream zeroIsFatal = new InputStream() {
            private final InputStream bytes = new ByteArrayInputStream(new byte[CAP + 1]);

            @Override
            public int read() throws IOException {
                return bytes.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    throw new AssertionError("asked for zero bytes");
                }
                int n = bytes.read(b, off, len);
                if (n < 0) {
                    throw new AssertionError("read past what a client that keeps the body open has sent");
                }
                return n;
            }
        };

        assertThat(RequestGate.readAtMost(zeroIsFatal, CAP)).isNull();
        assertThat(RequestGate.readAtMost(new ByteArrayInputStream(new byte[CAP]), CAP))
                .hasSize(CAP);
        assertThat(RequestGate.readAtMost(new ByteArrayInputStream(new byte[0]), CAP))
                .isEmpty();
    }

    static MockHttpServletRequest request(InputStream body, long contentLength) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/slack/events") {
            @Override
            public ServletInputStream getInputStream() {
                return servletStream(body);
            }

            @Override
            public long getContentLengthLong() {
                return contentLength;
            }
        };
        request.setContentType("application/x-www-form-urlencoded");
        return request;
    }

    static void sign(MockHttpServletRequest request, long epochSecond, byte[] body) {
        String ts = Long.toString(epochSecond);
        request.addHeader(RequestGate.TIMESTAMP, ts);
        request.addHeader(RequestGate.SIGNATURE, signature(ts, body));
    }

    static String signature(String ts, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + ts + ":").getBytes(StandardCharsets.US_ASCII));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
    }

    static ServletInputStream servletStream(InputStream in) {
        return new ServletInputStream() {
            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return false;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** Counts the bytes the gate took from the stream. */
    static final class CountingStream extends InputStream {
        private final InputStream in;
        long read;

        CountingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }
    }
}
