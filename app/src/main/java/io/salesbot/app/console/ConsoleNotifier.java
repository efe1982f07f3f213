package io.salesbot.app.console;

import io.salesbot.notification.ChatNotifier;
import io.salesbot.notification.Delivery;
import io.salesbot.notification.DeliveryTarget;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import java.io.PrintStream;

/**
 * Notifications of the local workspace, printed on the terminal: the console is every channel and
 * every member at once, so each one says where it would have gone.
 */
class ConsoleNotifier implements ChatNotifier {

    private final ConsoleRenderer renderer;
    private final Localizer localizer;
    private final PrintStream out;

    ConsoleNotifier(ConsoleRenderer renderer, Localizer localizer, PrintStream out) {
        this.renderer = renderer;
        this.localizer = localizer;
        this.out = out;
    }

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public void deliver(
            String workspaceExternalId, DeliveryTarget target, BotReply reply, ReplyLocale reader, Delivery delivery) {
        String where = localizer.text(
                Message.of(
                        target.kind() == DeliveryTarget.Kind.CHANNEL
                                ? "console.notification.channel"
                                : "console.notification.member",
                        target.id()),
                reader);
        String text = renderer.render(reply, reader);
        // The session prints replies from the main thread; one notification is printed whole, not interleaved.
        synchronized (out) {
            out.println();
            out.println(where);
            out.println(text);
            out.flush();
        }
    }
}
