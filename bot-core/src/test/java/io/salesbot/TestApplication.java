package io.salesbot;

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
}
