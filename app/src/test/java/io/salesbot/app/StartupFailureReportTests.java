package io.salesbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class StartupFailureReportTests {

    @Test
    void printsWhatIsWrongAndWhatToDoAsTwoLinesWithoutAStackTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FailureAnalysis analysis = new FailureAnalysis(
                "SALESBOT_HOME /etc/hostname is not a folder: /etc/hostname is a file.",
                "Set SALESBOT_HOME to a folder of yours that Salesbot may write to (the default is ~/.salesbot).",
                new IllegalStateException("deep down"));

        new StartupFailureReport(new PrintStream(err, true, StandardCharsets.UTF_8)).report(analysis);

        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "Salesbot could not start: SALESBOT_HOME /etc/hostname is not a folder: /etc/hostname is a"
                                + " file.",
                        "Set SALESBOT_HOME to a folder of yours that Salesbot may write to (the default is"
                                + " ~/.salesbot).");
    }
}
