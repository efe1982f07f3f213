package io.salesbot.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code SALESBOT_LOG_FORMAT=ecs|logstash}: the app's own {@code application.yml} turns it into
 * Spring Boot's {@code logging.structured.format.console}, and the real {@code logback-spring.xml}
 * then writes one JSON object per line, with the workspace, platform and command as fields, user
 * line breaks inside the JSON string, and secrets masked as in the text lines.
 */
class StructuredLogsTests {

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void clearMdc() {
        MDC.clear();
        context.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecs", "logstash"})
    void oneSettingMakesEveryLineAJsonObjectWithOurFieldsAndMaskedSecrets(String format) throws Exception {
        ConsoleLogEncoder encoder = configure(format);
        assertThat(encoder.structured()).isTrue();
        Logger log = context.getLogger("io.salesbot.slack.handlers.SlashCommands");

        MDC.put("workspace", "T0123");
        MDC.put("platform", "slack");
        MDC.put("command", "opp won");
        log.warn("Calling Slack with xoxb-1234-5678-abcdefgh for deal {}", "Acme\n2026-01-01 ERROR forged");

        String line = new String(encoder.encode(events.list.get(0)), StandardCharsets.UTF_8);
        assertThat(line.strip()).doesNotContain("\n", "\r");
        JsonNode entry = json.readTree(line);
        String message = entry.path("message").asString();
        assertThat(message)
                .contains("xoxb-****", "Acme\n2026-01-01 ERROR forged")
                .doesNotContain("abcdefgh");
        assertThat(entry.path("workspace").asString()).isEqualTo("T0123");
        assertThat(entry.path("platform").asString()).isEqualTo("slack");
        assertThat(entry.path("command").asString()).isEqualTo("opp won");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecs", "logstash"})
    void secretsInMdcAndStackTracesAreMaskedToo(String format) throws Exception {
        ConsoleLogEncoder encoder = configure(format);
        Logger log = context.getLogger("io.salesbot.slack.SlackWeb");

        MDC.put("command", "token=ABCDEFGH12345678");
        log.error("Slack call failed", new IllegalStateException("authorization: Bearer abcdefgh12345678"));

        String line = new String(encoder.encode(events.list.get(0)), StandardCharsets.UTF_8);
        assertThat(line).doesNotContain("ABCDEFGH12345678", "abcdefgh12345678").contains("****");
        assertThat(line.strip()).doesNotContain("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void withoutTheSettingTheLinesStayOurText(String format) throws Exception {
        ConsoleLogEncoder encoder = configure(format);

        context.getLogger("io.salesbot.Any").warn("plain");

        assertThat(encoder.structured()).isFalse();
        assertThat(new String(encoder.encode(events.list.get(0)), StandardCharsets.UTF_8))
                .doesNotStartWith("{")
                .contains(" WARN [", "plain");
    }

    /**
     * What Spring Boot does at start, in a private logger context: reads the setting through the
     * app's application.yml, hands it to logback and the environment to the JSON encoder.
     */
    @SuppressWarnings("unchecked")
    private ConsoleLogEncoder configure(String salesbotLogFormat) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("env", Map.of("SALESBOT_LOG_FORMAT", salesbotLogFormat)));
        new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        String format = environment.getProperty("logging.structured.format.console");
        assertThat(format).isEqualTo(salesbotLogFormat);

        context.setMDCAdapter(MDC.getMDCAdapter());
        context.putObject(Environment.class.getName(), environment);
        context.putProperty("CONSOLE_LOG_STRUCTURED_FORMAT", format);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ConsoleLogEncoder encoder =
                (ConsoleLogEncoder) ((OutputStreamAppender<ILoggingEvent>) root.getAppender("STDERR")).getEncoder();
        root.detachAppender("STDERR");
        events.setContext(context);
        events.start();
        root.addAppender(events);
        return encoder;
    }
}
