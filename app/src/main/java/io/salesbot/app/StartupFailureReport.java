package io.salesbot.app;

import java.io.PrintStream;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * A startup failure Spring Boot has analysed (an unusable SALESBOT_HOME, a port in use) as two plain
 * lines on stderr: what is wrong, and what to do. Spring's own report goes through the log, whose
 * lines escape line breaks (see logback-spring.xml), so it is switched off in application.yml.
 */
public class StartupFailureReport implements FailureAnalysisReporter {

    private final PrintStream err;

    public StartupFailureReport() {
        this(System.err);
    }

    StartupFailureReport(PrintStream err) {
        this.err = err;
    }

    @Override
    public void report(FailureAnalysis analysis) {
        err.println("Salesbot could not start: " + analysis.getDescription().strip());
        if (analysis.getAction() != null && !analysis.getAction().isBlank()) {
            err.println(analysis.getAction().strip());
        }
        err.flush();
    }
}
