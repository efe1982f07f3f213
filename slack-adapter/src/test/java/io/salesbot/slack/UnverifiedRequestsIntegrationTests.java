package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * What a stranger can make the endpoint do, over the wire: a body over the cap is refused with a
 * 413 before it is read (declared or chunked), an unsigned or stale request with an empty 401
 * whatever its body holds, and none of it reaches a log line, Bolt's included. The budget for
 * large bodies (tested in RequestGateTests and SlackEventsControllerTests) is opened wide here:
 * these tests send many 1 MB bodies in a row, and a 503 from the budget would hide the 401 or 413
 * each one is about.
 */
@org.springframework.test.context.TestPropertySource(properties = "salesbot.slack.http.large-body-rate=1GB")
class UnverifiedRequestsIntegrationTests extends SlackTestBase {

    static final int CAP = 1024 * 1024;
    static final String FORM = "application/x-www-form-urlencoded";
    static final long HUNDRED_MB = 100L * 1024 * 1024;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Map<String, Level> levels = new LinkedHashMap<>();
    private String marker;

    @BeforeEach
    void captureEveryLogLineOfBoltAndOurs() {
        marker = "forged-" + UUID.randomUUID();
        logs.start();
        root().addAppender(logs);
        // Everything Bolt or we might write, down to TRACE: an unverified body must be in none of it.
        // (Not Bolt's Web API client: at DEBUG it cuts a token to 16 characters, and ours has 15.)
        for (String name : new String[] {"com.slack.api.bolt", "com.slack.api.app_backend", "io.salesbot"}) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            levels.put(name, logger.getLevel());
            logger.setLevel(Level.TRACE);
        }
    }

    @AfterEach
    void restoreLogging() {
        root().detachAppender(logs);
        levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
        assertThat(logs.list).as("log lines mentioning an unverified body").noneMatch(event -> mentions(event, marker));
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefusedBeforeAByteOfTheBodyIsSent() throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            // 100 MB announced and none of it sent: an answer at all means nothing waited for the body.
            http.head(Map.of(
                    "Content-Type", FORM,
                    "Content-Length", Long.toString(HUNDRED_MB),
                    "X-Slack-Request-Timestamp", now(),
                    "X-Slack-Signature", plausibleSignature()));

            RawHttp.Answer answer = http.answer();

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.body()).isEmpty();
            assertThat(answer.headers()).containsEntry("connection", "close");
            assertThat(http.sendsAcceptedAfterAnswer(HUNDRED_MB, false))
                    .as("bytes taken after the answer: the connection closes instead of draining 100 MB")
                    .isLessThan(HUNDRED_MB / 4);
        }
    }

    @Test
    void oneByteOverTheCapIsTooLargeEvenUnsigned() throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            http.head(Map.of("Content-Type", FORM, "Content-Length", Integer.toString(CAP + 1)));

            RawHttp.Answer answer = http.answer();

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.headers()).containsEntry("connection", "close");
        }
    }

    @Test
    void aChunkedBodyIsReadOnlyUntilItPassesTheCap() throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            http.head(Map.of(
                            "Content-Type",
                            FORM,
                            "Transfer-Encoding",
                            "chunked",
                            "X-Slack-Request-Timestamp",
                            now(),
                            "X-Slack-Signature",
                            plausibleSignature()))
                    .chunk(filled(CAP / 2, 'a'))
                    .chunk(filled(CAP / 2 + 1, 'a'));
            // ...and the body never ends: only a server that stopped reading at cap + 1 can answer.

            RawHttp.Answer answer = http.answer();

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.headers()).containsEntry("connection", "close");
            assertThat(http.sendsAcceptedAfterAnswer(HUNDRED_MB, true)).isLessThan(HUNDRED_MB / 4);
        }
    }

    @Test
    void aChunkedBodyOfExactlyTheCapIsReadAndThenJudgedByItsSignature() throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            http.head(Map.of(
                            "Content-Type",
                            FORM,
                            "Transfer-Encoding",
                            "chunked",
                            "X-Slack-Request-Timestamp",
                            now(),
                            "X-Slack-Signature",
                            plausibleSignature()))
                    .chunk(filled(CAP, '&'))
                    .bytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

            RawHttp.Answer answer = http.answer();

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.body()).isEmpty();
        }
    }

    static Stream<Arguments> hostileBodies() {
        return Stream.of(
                Arguments.of("all '&'", filled(CAP, '&')),
                Arguments.of("all '='", filled(CAP, '=')),
                Arguments.of("'a=&' repeated", repeated("a=&", CAP)),
                Arguments.of("one huge field", padded("text=", 'x', CAP)),
                Arguments.of("percent escapes", repeated("%41", CAP)),
                Arguments.of("escapes of invalid UTF-8", repeated("%FF", CAP)),
                Arguments.of("raw invalid UTF-8", filled(CAP, (char) 0xFF)),
                Arguments.of("deeply nested JSON", repeated("{\"a\":[", CAP)),
                Arguments.of("a slash command", repeated("command=%2Fopp&text=new+Evil&team_id=T1&", CAP)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void anUnsignedBodyUpToTheCapIsRefusedEmptyWhateverItsShape(String shape, byte[] body) {
        byte[] marked = withMarker(body);

        HttpResponse<String> unsigned = slack.sendBytes(marked, FORM, null);
        HttpResponse<String> wrongSecret = slack.sendBytes(marked, FORM, "not-the-secret");

        for (HttpResponse<String> response : Arrays.asList(unsigned, wrongSecret)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).isEmpty();
        }
        assertThat(SLACK.all()).noneMatch(call -> call.body().contains(marker));
    }

    @ParameterizedTest(name = "{0} minutes away")
    @org.junit.jupiter.params.provider.ValueSource(ints = {-6, 6, -60, 60 * 24})
    void aCorrectlySignedRequestStampedMoreThanFiveMinutesAwayIsRefusedEitherWay(int minutes) {
        String trigger = "trig-" + UUID.randomUUID();
        String body = SignedRequests.form(
                slashCommand(team, channel, user, "/opp", "new " + marker, trigger, SLACK.responseUrl(trigger)));

        HttpResponse<String> response =
                slack.send(body, FORM, Instant.now().plus(Duration.ofMinutes(minutes)), null, true);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEmpty();
        assertThat(workspaces()).isZero();
    }

    @ParameterizedTest(name = "{0} minutes away")
    @org.junit.jupiter.params.provider.ValueSource(ints = {-4, 4})
    void aClockSkewOfLessThanFiveMinutesIsAccepted(int minutes) {
        String trigger = "trig-" + UUID.randomUUID();
        String body = SignedRequests.form(
                slashCommand(team, channel, user, "/opp", "help", trigger, SLACK.responseUrl(trigger)));

        HttpResponse<String> response =
                slack.send(body, FORM, Instant.now().plus(Duration.ofMinutes(minutes)), null, true);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aSignatureMadeForOtherBytesIsRefused() throws Exception {
        String ts = now();
        byte[] body = withMarker(repeated("text=a&", 1024));

        try (RawHttp http = new RawHttp(port)) {
            http.head(Map.of(
                            "Content-Type",
                            FORM,
                            "Content-Length",
                            Integer.toString(body.length),
                            "X-Slack-Request-Timestamp",
                            ts,
                            "X-Slack-Signature",
                            SignedRequests.signature(ts, "text=b", SECRET)))
                    .bytes(body);

            assertThat(http.answer().status()).isEqualTo(401);
        }
    }

    private long workspaces() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM workspace WHERE external_id = ?", Long.class, team);
    }

    private byte[] withMarker(byte[] body) {
        // The marker replaces the body's first bytes, so the body stays exactly as long as it was.
        byte[] marked = body.clone();
        byte[] text = ("\n" + marker + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, marked, 0, Math.min(text.length, marked.length));
        return marked;
    }

    private static boolean mentions(ILoggingEvent event, String marker) {
        String args = event.getArgumentArray() == null ? "" : Arrays.deepToString(event.getArgumentArray());
        String thrown = event.getThrowableProxy() == null
                ? ""
                : event.getThrowableProxy().getMessage();
        return (event.getFormattedMessage() + args + thrown + event.getMDCPropertyMap()).contains(marker);
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    /** Headers that look like Slack's (fresh, the right form) with a signature that is not. */
    private static String plausibleSignature() {
        return "v0=" + HexFormat.of().formatHex(new byte[32]);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    static byte[] filled(int length, char c) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) c);
        return bytes;
    }

    static byte[] repeated(String unit, int length) {
        byte[] bytes = new byte[length];
        byte[] source = unit.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < length; i++) {
            bytes[i] = source[i % source.length];
        }
        return bytes;
    }

    static byte[] padded(String start, char fill, int length) {
        byte[] bytes = filled(length, fill);
        byte[] head = start.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
