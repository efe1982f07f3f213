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
 * every member at once, so each one says where it would have gone. While a session runs they go
 * through it (above the prompt); otherwise to standard output.
 */
class ConsoleNotifier implements ChatNotifier {

    private final ConsoleRenderer renderer;
    private final Localizer localizer;
    private final PrintStream out;
    private volatile ConsoleIO session;

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
        ConsoleIO current = session;
        int width = current == null ? ConsoleRenderer.DEFAULT_WIDTH : current.width();
        String text = where + System.lineSeparator() + renderer.render(reply, reader, width);
        if (current != null) {
            current.printAbove(text);
            return;
        }
        synchronized (out) {
            out.println();
            out.println(text);
            out.flush();
        }
    }

    /** Notifications go through {@code io} until {@link #detach}. */
    void attach(ConsoleIO io) {
        session = io;
    }

    void detach() {
        session = null;
    }
}
