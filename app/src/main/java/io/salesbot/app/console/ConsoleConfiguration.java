package io.salesbot.app.console;

import io.salesbot.app.db.HomeSettings;
import io.salesbot.reply.ChartDrawer;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.MessageBundle;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console's renderer; charts go to {@code ${salesbot.home}/charts}. */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

    /** The console's own words (prompt, field prompts, "chart saved to ..."), in both languages. */
    @Bean
    MessageBundle consoleMessages() {
        return new MessageBundle("messages_console");
    }

    /** Notifications for the console workspace are printed, whether or not a session runs. */
    @Bean
    ConsoleNotifier consoleNotifier(ConsoleRenderer renderer, Localizer localizer) {
        return new ConsoleNotifier(renderer, localizer, System.out);
    }

    @Bean
    ConsoleRenderer consoleRenderer(Localizer localizer, ChartDrawer drawer, HomeSettings home, Clock clock) {
        ChartFiles files = new ChartFiles(home.home().resolve("charts"), clock);
        return new ConsoleRenderer(
                localizer,
                new ChartText(localizer, drawer, files),
                new AttachmentText(localizer, home.home().resolve("exports")));
    }
}
