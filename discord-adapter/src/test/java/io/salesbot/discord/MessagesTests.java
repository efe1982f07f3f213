package io.salesbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTests {

    @Test
    void everyDiscordWordIsWrittenInEnglishAndThai() throws IOException {
        Properties english = load("messages_discord_en.properties");
        Properties thai = load("messages_discord_th.properties");

        // a root's Thai name (discord.name.*) localizes the English root itself, so only Thai has it
        assertThat(thai.stringPropertyNames().stream().filter(key -> !key.startsWith("discord.name.")))
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).noneMatch(key -> key.startsWith("discord.name."));
        thai.stringPropertyNames()
                .forEach(key -> assertThat(thai.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void aDealIsOneWordInThaiExceptInTheShortCommandName() throws IOException {
        Properties thai = load("messages_discord_th.properties");

        // โอกาสการขาย, as in the core's bundle (ThaiBundleTests); ดีล only as /opp's short Thai name
        thai.stringPropertyNames().stream()
                .filter(key -> !key.equals("discord.name.opp"))
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
