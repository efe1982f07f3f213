package io.salesbot.app.db;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded MariaDB as soon as the settings are known, beside Spring's own start instead
 * of after it: the server needs about a second to open its files, and the application context
 * needs longer than that to reach the pool that waits for it. Added by {@code main} only, so a test
 * that builds its own context starts its database when it needs one, as before.
 *
 * <p>The context takes the server from here ({@link #take}); a start that fails before it does
 * stops the server again.
 */
public final class EarlyDatabaseStart implements ApplicationListener<SpringApplicationEvent> {

    static final String BEAN = "earlyDatabaseStart";

    private static final Logger log = LoggerFactory.getLogger(EarlyDatabaseStart.class);

    private CompletableFuture<EmbeddedMariaDb> starting;
    private Path home;
    private boolean taken;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            begin(prepared.getEnvironment());
        } else if (event instanceof ApplicationPreparedEvent ready && starting != null) {
            ready.getApplicationContext().getBeanFactory().registerSingleton(BEAN, this);
        } else if (event instanceof ApplicationFailedEvent) {
            stopUnlessTaken();
        }
    }

    private void begin(ConfigurableEnvironment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.isBlank()) {
            return;
        }
        home = Binder.get(environment).bind("salesbot.home", Path.class).orElse(null);
        if (home == null) {
            return;
        }
        Path where = home;
        log.info("No SALESBOT_DB_URL set: starting the embedded MariaDB under {}", where);
        starting = CompletableFuture.supplyAsync(() -> EmbeddedMariaDb.start(where), runnable -> {
            Thread thread = new Thread(runnable, "embedded-mariadb-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * The server started for {@code wanted}, waiting for it if it is still starting; null when it
     * was started for another home (then the caller starts its own). A failed start throws what
     * {@link EmbeddedMariaDb#start} threw, so the failure reads the same either way.
     */
    synchronized EmbeddedMariaDb take(Path wanted) {
        if (starting == null || !wanted.equals(home)) {
            stopUnlessTaken();
            return null;
        }
        taken = true;
        try {
            return starting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The start under way or done; null when none was begun (a database URL is set). */
    CompletableFuture<EmbeddedMariaDb> starting() {
        return starting;
    }

    private synchronized void stopUnlessTaken() {
        if (starting != null && !taken) {
            taken = true;
            starting.thenAccept(EmbeddedMariaDb::stop);
        }
    }
}
