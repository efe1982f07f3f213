package io.salesbot.app.console;

import io.salesbot.app.db.HomeSettings;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.Localizer;
import java.io.Console;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs a console session once the app is up, when no chat platform is configured (see {@link
 * ConsoleSettings}), then shuts the app down with the session's exit code. The exit is explicit:
 * the embedded database may leave threads that would keep the JVM alive.
 */
@Component
class ConsoleAdapter {

    private static final Logger log = LoggerFactory.getLogger(ConsoleAdapter.class);

    private final ConsoleSettings settings;
    private final HomeSettings home;
    private final CommandGateway gateway;
    private final ConsoleRenderer renderer;
    private final Localizer localizer;
    private final ConfigurableApplicationContext context;
    private final ConsoleNotifier notifier;

    ConsoleAdapter(
            ConsoleSettings settings,
            HomeSettings home,
            CommandGateway gateway,
            ConsoleRenderer renderer,
            Localizer localizer,
            ConfigurableApplicationContext context,
            ConsoleNotifier notifier) {
        this.settings = settings;
        this.home = home;
        this.gateway = gateway;
        this.renderer = renderer;
        this.localizer = localizer;
        this.context = context;
        this.notifier = notifier;
    }

    // Last of the ready listeners: the session holds the main thread until the person leaves.
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void start() {
        if (!settings.runs()) {
            return;
        }
        int code = runSession();
        // Listeners send what the session caused before the app goes away (see PendingNotifications).
        context.publishEvent(new ConsoleSessionEnded(code));
        System.exit(SpringApplication.exit(context, () -> code));
    }

    private int runSession() {
        String user = GatewayCommands.userName(System.getProperty("user.name"));
        ConsoleCommands commands = new GatewayCommands(gateway, user);
        try (ConsoleIO io = open()) {
            notifier.attach(io);
            try {
                return new ConsoleSession(commands, renderer, localizer, io).run();
            } finally {
                notifier.detach();
            }
        }
    }

    private ConsoleIO open() {
        if (!stdinIsTerminal()) {
            return new StreamIO(System.in, System.out, false);
        }
        try {
            return TerminalIO.open(home.home().resolve("history"));
        } catch (IOException | RuntimeException noTerminal) {
            log.warn("No line editing on this terminal: {}", noTerminal.toString());
            return new StreamIO(System.in, System.out, true);
        }
    }

    /** Java 17 has no console when stdin or stdout is redirected; Java 22+ has one and says if it is a terminal. */
    static boolean stdinIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJava) {
            return true;
        }
    }
}
