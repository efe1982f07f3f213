package io.salesbot.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.read.ListAppender;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;

/**
 * Lines as the app writes them: the real {@code logback-spring.xml}, rendered by its real
 * encoder. User text with line breaks must not start a line of its own anywhere (message,
 * arguments, MDC, exception messages), a stack trace stays one frame per line, and tokens are
 * still masked.
 */
class LogLinesTests {

    static final String FORGED = "\n2026-01-01T00:00:00.000Z ERROR [main] io.salesbot.Forged forged line";

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Encoder<ILoggingEvent> encoder;
    private Logger log;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void theAppsOwnConfiguration() throws Exception {
        context.setMDCAdapter(MDC.getMDCAdapter()); // the same MDC the app writes to
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL config = getClass().getResource("/logback-spring.xml");
        configurator.doConfigure(config);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        encoder = ((OutputStreamAppender<ILoggingEvent>) root.getAppender("STDERR")).getEncoder();
        root.detachAppender("STDERR"); // the test reads what it would have written instead
        events.setContext(context);
        events.start();
        root.addAppender(events);
        log = context.getLogger("io.salesbot.slack.handlers.SlashCommands");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"000A", "000D", "0085", "2028", "2029", "000B", "000C", "001B"})
    void noLineBreakInAMessageStartsALine(String codePoint) {
        String breakChar = Character.toString(Integer.parseInt(codePoint, 16));

        log.warn("Could not open a form for deal {}", "Acme" + breakChar + "2026-01-01 ERROR forged");

        String line = single();
        assertThat(line).contains("Acme").contains("2026-01-01 ERROR forged").doesNotContain(breakChar);
    }

    @Test
    void boltsWarningAboutAnUnknownBodyStaysOneLine() {
        // What Bolt's SlackRequestParser writes for a signed body it has no route for.
        context.getLogger("com.slack.api.bolt.util.SlackRequestParser")
                .warn("No request pattern detected for {}", "text=hi" + FORGED + "\r\nnext=1");

        assertThat(single()).contains("\\n2026-01-01T00:00:00.000Z ERROR", "\\r\\nnext=1");
    }

    @Test
    void mdcValuesAreEscapedToo() {
        MDC.put("command", "opp" + FORGED);
        try {
            log.warn("Slow command");
            // Rendered while the MDC still holds the value, as the console appender does.
            assertThat(single()).contains("cmd=opp\\n2026-01-01");
        } finally {
            MDC.remove("command");
        }
    }

    @Test
    void aStackTraceKeepsItsFramesButNotTheUsersLineBreaks() {
        IllegalStateException cause = new IllegalStateException("Duplicate entry 'Big\ndeal" + FORGED + "'");
        RuntimeException failure = new RuntimeException("Lost reason: too\u2028expensive" + FORGED, cause);
        failure.addSuppressed(new IllegalArgumentException("note:\r\nforged"));

        log.error("Incident {}: command failed", "ab12cd34", failure);

        List<String> lines = lines(events.list.get(0));
        assertThat(lines.get(0)).contains("Incident ab12cd34: command failed");
        // Spring Boot's %wEx, which ours extends, puts the exception after an empty line.
        assertThat(lines.get(1)).isEmpty();
        assertThat(lines.get(2))
                .startsWith("java.lang.RuntimeException: Lost reason: too\\u2028expensive\\n2026-01-01T00");
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Caused by: java.lang.IllegalStateException: Duplicate entry 'Big\\ndeal\\n2026"))
                .anySatisfy(line ->
                        assertThat(line).contains("Suppressed: java.lang.IllegalArgumentException: note:\\r\\nforged"));
        // Every line after the first is the exception: a header, a frame, or "... n more".
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(
                        line -> assertThat(line)
                                .matches(
                                        "(\\t*(at |\\.\\.\\. |Caused by: |Suppressed: ).*|java\\.lang\\.RuntimeException: .*|\\s*)"));
        assertThat(lines).noneMatch(line -> line.startsWith("2026-01-01"));
    }

    @Test
    void tokensAreStillMaskedAndNotHiddenByAnEscapedBreak() {
        log.warn("Calling Slack with xoxb-1234-5678-abcdefgh and secret:\nABCDEFGH12345678");

        assertThat(single()).contains("xoxb-****").doesNotContain("abcdefgh").doesNotContain("ABCDEFGH12345678");
    }

    @Test
    void plainLinesAreUntouched() {
        log.warn("Deal ระบบ ERP 🚀 moved to\twon by C:\\Users\\ann");

        assertThat(single()).endsWith("Deal ระบบ ERP 🚀 moved to\twon by C:\\Users\\ann");
    }

    /** The one event logged, rendered: it must be exactly one line. */
    private String single() {
        assertThat(events.list).hasSize(1);
        List<String> lines = lines(events.list.get(0));
        assertThat(lines).as("lines of one event").hasSize(1);
        return lines.get(0);
    }

    private List<String> lines(ILoggingEvent event) {
        String rendered = new String(encoder.encode(event), StandardCharsets.UTF_8);
        assertThat(rendered).endsWith(System.lineSeparator());
        // Split the way a log reader might: on any line terminator a terminal or a tool honours.
        return Arrays.asList(
                rendered.substring(0, rendered.length() - System.lineSeparator().length())
                        .split("\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]", -1));
    }
}
