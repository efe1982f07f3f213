package io.salesbot.app.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * An operator's {@code spring.datasource.*} and {@code spring.datasource.hikari.*} reach the one pool
 * (the assembled app's own settings included), and an external URL starts no embedded server. The
 * embedded case is {@code SalesbotApplicationTests}. The pool connects lazily: nothing here needs the
 * database to answer.
 */
class DataSourceSettingsTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(HomeSettings.class)
    static class App {}

    final ApplicationContextRunner app = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(App.class, DatabaseConfiguration.class)
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class));

    @Test
    void springDatasourceAndHikariSettingsReachThePool() {
        app.withPropertyValues(
                        "spring.datasource.url=jdbc:mariadb://db.example:3306/sales",
                        "spring.datasource.username=bot",
                        "spring.datasource.hikari.maximum-pool-size=23",
                        "spring.datasource.hikari.minimum-idle=2",
                        "spring.datasource.hikari.max-lifetime=1020000")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedMariaDb.class);
                    HikariDataSource pool = (HikariDataSource) context.getBean(DataSource.class);
                    assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:mariadb://db.example:3306/sales");
                    assertThat(pool.getUsername()).isEqualTo("bot");
                    assertThat(pool.getMaximumPoolSize()).isEqualTo(23);
                    assertThat(pool.getMinimumIdle()).isEqualTo(2);
                    assertThat(pool.getMaxLifetime()).isEqualTo(17 * 60_000L);
                    // application.yml's own defaults still apply beside the operator's.
                    assertThat(pool.getPoolName()).isEqualTo("salesbot");
                    assertThat(pool.getConnectionTimeout()).isEqualTo(2_500);
                });
    }

    @Test
    void theDocumentedVariableIsSpringDatasourceUrl() {
        app.withSystemProperties("SALESBOT_DB_URL=jdbc:mariadb://other:3306/salesbot", "SALESBOT_DB_USER=salesbot")
                .run(context -> {
                    HikariDataSource pool = (HikariDataSource) context.getBean(DataSource.class);
                    assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:mariadb://other:3306/salesbot");
                    assertThat(pool.getUsername()).isEqualTo("salesbot");
                    assertThat(context).doesNotHaveBean(EmbeddedMariaDb.class);
                });
    }
}
