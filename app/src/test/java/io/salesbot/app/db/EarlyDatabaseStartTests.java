package io.salesbot.app.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code main} starts the embedded server while Spring starts: the context gets that server, a
 * wrong home fails the start exactly as it did before, and a database URL starts nothing.
 */
class EarlyDatabaseStartTests {

    private static final Path HOMES = Path.of("target", "early-start-tests").toAbsolutePath();

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(HomeSettings.class)
    @Import(DatabaseConfiguration.class)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
    static class App {}

    @Test
    void theContextGetsTheServerStartedBesideItAndStopsItOnClose() {
        EarlyDatabaseStart early = new EarlyDatabaseStart();

        EmbeddedMariaDb database;
        try (ConfigurableApplicationContext context = start(early, "--salesbot.home=" + HOMES.resolve("home"))) {
            database = context.getBean(EmbeddedMariaDb.class);
            assertThat(early.starting()).isCompletedWithValue(database);
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT DATABASE()", String.class))
                    .isEqualTo(EmbeddedMariaDb.DATABASE);
        }

        // closed with the context: the home can be started again at once
        try (EmbeddedMariaDb again = EmbeddedMariaDb.start(HOMES.resolve("home"))) {
            assertThat(again.jdbcUrl()).isNotEqualTo(database.jdbcUrl());
        }
    }

    @Test
    void aWrongHomeFailsTheStartWithTheSameReasonAsBefore() {
        EarlyDatabaseStart early = new EarlyDatabaseStart();

        Throwable failed = catchThrowable(() -> start(early, "--salesbot.home=" + HOMES.resolve("my sales")));

        assertThat(failed).hasRootCauseInstanceOf(UnusableHome.class);
        assertThat(new UnusableHomeAnalyzer().analyze(failed).getDescription()).contains("has a space or a quote");
    }

    @Test
    void aDatabaseUrlStartsNoEmbeddedServer() {
        EarlyDatabaseStart early = new EarlyDatabaseStart();

        try (ConfigurableApplicationContext context = start(
                early,
                "--salesbot.home=" + HOMES.resolve("unused"),
                "--spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/salesbot_never_connected")) {
            assertThat(early.starting()).isNull();
            assertThat(context.getBeansOfType(EmbeddedMariaDb.class)).isEmpty();
        }
        assertThat(HOMES.resolve("unused")).doesNotExist();
    }

    /** Settings as command-line arguments: they win over application.yml's, as a user's would. */
    private static ConfigurableApplicationContext start(EarlyDatabaseStart early, String... arguments) {
        return new SpringApplicationBuilder(App.class)
                .web(WebApplicationType.NONE)
                .listeners(early)
                .run(arguments);
    }
}
