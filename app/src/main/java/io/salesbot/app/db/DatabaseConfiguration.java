package io.salesbot.app.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database when none is configured. Spring Boot builds the one pool ({@code spring.datasource.*}
 * and {@code spring.datasource.hikari.*} all apply); without {@code spring.datasource.url}
 * ({@code SALESBOT_DB_URL}) this starts an embedded MariaDB under {@code SALESBOT_HOME} and hands it
 * to that pool as its connection details, so a first run needs no database server at all and its
 * data survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(DatabaseConfiguration.NO_DATABASE_URL)
class DatabaseConfiguration {

    static final String NO_DATABASE_URL = "'${spring.datasource.url:}'.isBlank()";

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(HomeSettings settings, ObjectProvider<EarlyDatabaseStart> early) {
        EarlyDatabaseStart started = early.getIfAvailable();
        EmbeddedMariaDb database = started == null ? null : started.take(settings.home());
        if (database != null) {
            return database;
        }
        log.info("No SALESBOT_DB_URL set: starting the embedded MariaDB under {}", settings.home());
        return EmbeddedMariaDb.start(settings.home());
    }

    /** Replaces Boot's details from properties: URL, user and password are the embedded server's. */
    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedMariaDb database) {
        return new EmbeddedConnectionDetails(database);
    }

    record EmbeddedConnectionDetails(EmbeddedMariaDb database) implements JdbcConnectionDetails {

        @Override
        public String getJdbcUrl() {
            return database.jdbcUrl();
        }

        @Override
        public String getUsername() {
            return database.username();
        }

        @Override
        public String getPassword() {
            return database.password();
        }

        /** Never the password: records would print it. */
        @Override
        public String toString() {
            return "EmbeddedConnectionDetails[" + database.jdbcUrl() + "]";
        }
    }
}
