package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTests {

    @Test
    void everySlackWordIsWrittenInEnglishAndThai() throws IOException {
        Properties english = load("messages_slack_en.properties");
        Properties thai = load("messages_slack_th.properties");

        assertThat(thai.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        thai.stringPropertyNames()
                .forEach(key -> assertThat(thai.getProperty(key)).isNotBlank());
    }

    @Test
    void aDealIsOneWordInThaiHereToo() throws IOException {
        Properties thai = load("messages_slack_th.properties");

        // โอกาสการขาย, as in the core's bundle (ThaiBundleTests); ดีล is the chat word
        thai.stringPropertyNames()
                .forEach(key -> assertThat(thai.getProperty(key)).as(key).doesNotContain("ดีล"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
