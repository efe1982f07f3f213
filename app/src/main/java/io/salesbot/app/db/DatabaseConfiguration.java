package io.salesbot.app.db;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One data source for the whole app. Without {@code SALESBOT_DB_URL} it points at an embedded
 * MariaDB started under {@code SALESBOT_HOME}, so a first run needs no database server at all
 * and its data survives restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(2500);
    static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(1);

    @Bean(destroyMethod = "stop")
    @ConditionalOnExpression("'${salesbot.db.url:}'.isBlank()")
    EmbeddedMariaDb embeddedMariaDb(HomeSettings settings) {
        log.info("No SALESBOT_DB_URL set: starting the embedded MariaDB under {}", settings.home());
        return EmbeddedMariaDb.start(settings.home());
    }

    @Bean
    DataSource dataSource(DatabaseSettings settings, ObjectProvider<EmbeddedMariaDb> embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("salesbot");
        // A person waiting in chat should hear "try again" within seconds, not after the pool's
        // default 30 s, when the database cannot be reached.
        dataSource.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        dataSource.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        if (settings.external()) {
            dataSource.setJdbcUrl(settings.url());
            dataSource.setUsername(settings.user());
            dataSource.setPassword(settings.password());
        } else {
            EmbeddedMariaDb database = embedded.getObject();
            dataSource.setJdbcUrl(database.jdbcUrl());
            dataSource.setUsername(database.username());
            dataSource.setPassword(database.password());
        }
        return dataSource;
    }
}
