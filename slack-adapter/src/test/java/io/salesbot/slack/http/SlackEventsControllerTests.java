package io.salesbot.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
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
            new RequestGate(
                    CAP, new RawSignature(RequestGateTests.SECRET), Clock.fixed(RequestGateTests.NOW, ZoneOffset.UTC)),
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

    private static byte[] fill(char c) {
        return fill(c, CAP);
    }

    private static byte[] fill(char c, int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) c);
        return bytes;
    }
}
