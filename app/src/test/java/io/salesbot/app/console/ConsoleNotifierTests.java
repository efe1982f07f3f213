package io.salesbot.app.console;

import static io.salesbot.app.console.ConsoleFixtures.THAI;
import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.notification.DeliveryTarget;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleNotifierTests {

    final Localizer localizer = ConsoleFixtures.localizer();
    final ByteArrayOutputStream standardOutput = new ByteArrayOutputStream();
    final ConsoleNotifier notifier = new ConsoleNotifier(
            new ConsoleRenderer(localizer, null, null),
            localizer,
            new PrintStream(standardOutput, true, StandardCharsets.UTF_8));
    final BotReply won = new BotReply.Text(Message.of("reply.pipeline.title.team"), Visibility.CHANNEL);

    @Test
    void whileASessionRunsNotificationsGoThroughItAboveThePrompt() {
        ByteArrayOutputStream sessionOutput = new ByteArrayOutputStream();
        StreamIO session = new StreamIO(new ByteArrayInputStream(new byte[0]), sessionOutput, true);
        notifier.attach(session);

        notifier.deliver("local", DeliveryTarget.channel("sales"), won, THAI);

        String printed = sessionOutput.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("การแจ้งเตือนสำหรับช่อง #sales");
        assertThat(printed).contains(localizer.text(Message.of("reply.pipeline.title.team"), THAI));
        assertThat(standardOutput.size())
                .as("nothing printed beside the session")
                .isZero();
    }

    @Test
    void withoutASessionTheyGoToStandardOutput() {
        ByteArrayOutputStream sessionOutput = new ByteArrayOutputStream();
        notifier.attach(new StreamIO(new ByteArrayInputStream(new byte[0]), sessionOutput, true));
        notifier.detach();

        notifier.deliver("local", DeliveryTarget.member("somchai"), won, THAI);

        assertThat(standardOutput.toString(StandardCharsets.UTF_8)).contains("ข้อความถึง somchai");
        assertThat(sessionOutput.size()).isZero();
    }
}
