package io.salesbot.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Only a body whose signature holds is ever parsed; everything else is an empty 401 or 413. */
class SlackEventsControllerTests {

    static final int CAP = RequestGateTests.CAP;

    private final AtomicInteger parsed = new AtomicInteger();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SlackEventsController controller = new SlackEventsController(
            new App(AppConfig.builder().signingSecret(RequestGateTests.SECRET).build()),
            new UnreadableText(null, null),
            // One large read at a time; the budget of bytes is not what these tests are about.
            RequestGateTests.gate(new LargeBodies(1, 1L << 40, CAP + 1, System::nanoTime)),
            raw -> {
                parsed.incrementAndGet();
                return CheckedBody.of(raw);
            },
            meters);

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("all '&'", fill('&')),
                Arguments.of("all '='", fill('=')),
                Arguments.of("one huge field", ("text=" + "x".repeat(CAP - 5)).getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("percent escapes", "%41".repeat(CAP / 3).getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("invalid UTF-8", fill((char) 0xFF)),
                Arguments.of(
                        "JSON",
                        ("{\"text\":\"" + "\\n".repeat(CAP / 2 - 6) + "\"}").getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void anUnsignedBodyIsNeverParsed(String shape, byte[] body) throws Exception {
        MockHttpServletResponse noHeaders = post(body, false, null);
        MockHttpServletResponse wrongSignature = post(body, false, "text=other".getBytes(StandardCharsets.US_ASCII));

        for (MockHttpServletResponse response : Arrays.asList(noHeaders, wrongSignature)) {
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentAsByteArray()).isEmpty();
            assertThat(response.getHeader("Connection")).isEqualTo("close");
        }
        assertThat(parsed).hasValue(0);
        assertThat(meters.counter("salesbot.slack.refused", "reason", "unsigned")
                        .count())
                .isEqualTo(2);
    }

    @Test
    void aBodyOverTheCapIsNeverParsedEvenWhenSigned() throws Exception {
        byte[] body = fill('a', CAP + 1);

        MockHttpServletResponse declared = post(body, true, body);
        MockHttpServletResponse chunked = post(body, false, body);

        assertThat(declared.getStatus()).isEqualTo(413);
        assertThat(chunked.getStatus()).isEqualTo(413);
        assertThat(parsed).hasValue(0);
        assertThat(meters.counter("salesbot.slack.refused", "reason", "too_large")
                        .count())
                .isEqualTo(2);
    }

    @Test
    void aSignedBodyIsParsedOnce() throws Exception {
        byte[] body = "payload=%FF".getBytes(StandardCharsets.US_ASCII);

        MockHttpServletResponse response = post(body, true, body);

        assertThat(parsed).hasValue(1);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("payload", "not valid UTF-8");
    }

    @Test
    void whileTheLargeReadIsTakenALargeBodyIs503UnreadAndACommandIsServed() throws Exception {
        // A signed large body that arrives slowly holds the one large read...
        byte[] slow = notUtf8(CAP);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch rest = new CountDownLatch(1);
        InputStream trickle = new InputStream() {
            private final InputStream bytes = new ByteArrayInputStream(slow);

            @Override
            public int read() throws IOException {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                reading.countDown();
                try {
                    if (!rest.await(10, TimeUnit.SECONDS)) {
                        throw new IOException("never released");
                    }
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                return bytes.read(b, off, len);
            }
        };
        MockHttpServletRequest slowRequest = RequestGateTests.request(trickle, slow.length);
        RequestGateTests.sign(slowRequest, RequestGateTests.NOW.getEpochSecond(), slow);
        CompletableFuture<MockHttpServletResponse> slowAnswer = CompletableFuture.supplyAsync(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            try {
                controller.events(slowRequest, response);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return response;
        });
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        // ...so another large body, signed or not, is refused before a byte of it is read...
        byte[] large = notUtf8(RequestGateTests.LARGE + 1);
        RequestGateTests.CountingStream unread = new RequestGateTests.CountingStream(new ByteArrayInputStream(large));
        MockHttpServletRequest refused = RequestGateTests.request(unread, large.length);
        RequestGateTests.sign(refused, RequestGateTests.NOW.getEpochSecond(), large);
        MockHttpServletResponse busy = new MockHttpServletResponse();
        controller.events(refused, busy);

        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeader("Retry-After")).isEqualTo("1");
        assertThat(busy.getHeader("Connection")).isEqualTo("close");
        assertThat(busy.getContentAsByteArray()).isEmpty();
        assertThat(unread.read).isZero();

        // ...while a command, as small as Slack's are, goes through at once.
        byte[] command = "payload=%FF".getBytes(StandardCharsets.US_ASCII);
        MockHttpServletResponse served = post(command, true, command);
        assertThat(served.getStatus()).isEqualTo(400); // answered by UnreadableText: parsed, not refused
        assertThat(parsed).hasValue(1);

        rest.countDown();
        assertThat(slowAnswer.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(400);
        assertThat(parsed).hasValue(2);
        assertThat(meters.counter("salesbot.slack.refused", "reason", "busy").count())
                .isEqualTo(1);

        // The read is given back: the next large body is read again.
        MockHttpServletResponse after = post(large, true, large);
        assertThat(after.getStatus()).isEqualTo(400);
        assertThat(parsed).hasValue(3);
    }

    /** {@code signedFor} null sends no signature headers; {@code declared} false sends no length. */
    private MockHttpServletResponse post(byte[] body, boolean declared, byte[] signedFor) throws Exception {
        MockHttpServletRequest request =
                RequestGateTests.request(new ByteArrayInputStream(body), declared ? body.length : -1);
        if (signedFor != null) {
            RequestGateTests.sign(request, RequestGateTests.NOW.getEpochSecond(), signedFor);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        controller.events(request, response);
        return response;
    }

    /** A signed form whose payload is not UTF-8: parsed, and answered 400 without going further. */
    private static byte[] notUtf8(int length) {
        return ("payload=%FF" + "x".repeat(length - 11)).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] fill(char c) {
        return fill(c, CAP);
    }

    private static byte[] fill(char c, int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) c);
        return bytes;
    }
}
