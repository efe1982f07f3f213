package io.salesbot.app;

import io.salesbot.app.db.EarlyDatabaseStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Assembles the core and every adapter whose settings are present into one executable. */
@SpringBootApplication(scanBasePackages = "io.salesbot")
// Entities and repositories live in bot-core's packages, above this one.
@AutoConfigurationPackage(basePackages = "io.salesbot")
@ConfigurationPropertiesScan("io.salesbot")
public class SalesbotApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SalesbotApplication.class);
        application.addListeners(new EarlyDatabaseStart());
        application.run(args);
    }
}
