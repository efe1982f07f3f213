package io.salesbot.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The assembled app on its embedded database, with its web server on a random port and no console.
 * Every app test uses exactly this, so they share one Spring context and one embedded MariaDB
 * (two would fight over the same data directory).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = {SalesbotApplication.class, PlatformOutage.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "salesbot.home=target/smoke-home",
            "spring.datasource.url=",
            // Not the default (10): SalesbotApplicationTests checks that pool settings reach the pool.
            "spring.datasource.hikari.maximum-pool-size=7",
            "salesbot.console.enabled=false",
            "salesbot.web.enabled=true",
            "management.endpoint.health.show-details=always"
        })
public @interface AssembledAppTest {}
