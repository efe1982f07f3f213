package io.salesbot.app.console;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On the console the data repositories are built when first used, not all at start: building them
 * parses every query they declare (the first parse alone warms up Hibernate's query parser), about
 * half a second of a start whose first command needs few of them. A server keeps the default, so
 * its first chat command pays nothing and a wrong query stops the start; the test suites build
 * every repository the default way. {@code spring.data.jpa.repositories.bootstrap-mode} set by
 * the operator wins.
 */
public class ConsoleRepositories implements EnvironmentPostProcessor {

    static final String MODE = "spring.data.jpa.repositories.bootstrap-mode";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(MODE) || !ConsoleLogLevel.consoleRuns(environment)) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("salesbotConsoleRepositories", Map.of(MODE, "lazy")));
    }
}
