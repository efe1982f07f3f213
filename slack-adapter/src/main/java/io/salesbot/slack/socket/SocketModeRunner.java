package io.salesbot.slack.socket;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.SlackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Connects the same Bolt app over Socket Mode when an app-level token is set: no public URL is
 * needed, the easiest install for a small company. It starts after every handler is registered
 * (a lifecycle bean starts once the context is ready) and disconnects on shutdown.
 */
@Component
@ConditionalOnSlack(ConditionalOnSlack.Mode.SOCKET)
class SocketModeRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SocketModeRunner.class);

    private final App app;
    private final SlackSettings settings;
    private volatile SocketModeApp socket;

    SocketModeRunner(App app, SlackSettings settings) {
        this.app = app;
        this.settings = settings;
    }

    @Override
    public void start() {
        try {
            socket = new SocketModeApp(settings.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
            socket.startAsync();
            log.info("Slack Socket Mode connected");
        } catch (Exception e) {
            // The rest of the app (console, Discord, HTTP mode) keeps running; say why Slack does not.
            log.error("Slack Socket Mode could not connect: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        SocketModeApp running = socket;
        socket = null;
        if (running != null) {
            try {
                running.close();
            } catch (Exception e) {
                log.warn("Slack Socket Mode did not close cleanly: {}", e.getMessage());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return socket != null;
    }
}
