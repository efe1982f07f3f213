package io.salesbot;

import io.salesbot.notification.RecordingNotifier;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Boots bot-core alone for its integration tests, with a clock the tests can move (it wins as primary). */
@SpringBootApplication
public class TestApplication {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    /** Stands in for the console platform's notifier and records what "reached" it. */
    @Bean
    RecordingNotifier recordingNotifier() {
        return new RecordingNotifier();
    }
}
