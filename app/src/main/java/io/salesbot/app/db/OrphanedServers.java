package io.salesbot.app.db;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds and stops a mariadbd that a killed earlier run left behind on our data directory. */
final class OrphanedServers {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServers.class);
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(60);

    private OrphanedServers() {}

    /**
     * A JVM that was killed (kill -9) leaves its mariadbd running, still holding the port and the
     * InnoDB locks on the data directory. We hold the instance lock, so no live JVM owns that server
     * any more: shut it down with SIGTERM (clean InnoDB shutdown), SIGKILL only if it hangs.
     */
    static void stop(MariaDbLayout layout) {
        String dataDir = MariaDbFiles.canonical(layout.data());
        List<ProcessHandle> orphans;
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            orphans = all.filter(p -> isServerFor(p, dataDir)).toList();
        }
        for (ProcessHandle orphan : orphans) {
            log.warn(
                    "mariadbd pid {} on {} was left running by a previous run that did not stop (killed?);"
                            + " shutting it down before starting a new server",
                    orphan.pid(),
                    dataDir);
            orphan.destroy();
            if (!waitForExit(orphan, ORPHAN_STOP_TIMEOUT)) {
                log.warn("mariadbd pid {} did not stop in {}; killing it", orphan.pid(), ORPHAN_STOP_TIMEOUT);
                orphan.destroyForcibly();
                if (!waitForExit(orphan, Duration.ofSeconds(10))) {
                    throw new IllegalStateException("Cannot stop orphaned mariadbd pid " + orphan.pid());
                }
            }
        }
    }

    private static boolean isServerFor(ProcessHandle process, String dataDir) {
        ProcessHandle.Info info = process.info();
        Optional<String> command = info.command();
        if (command.isEmpty() || !command.get().endsWith("/mariadbd")) {
            return false;
        }
        String[] args = info.arguments().orElse(new String[0]);
        for (String arg : args) {
            if (arg.equals("--datadir=" + dataDir)) {
                return true;
            }
        }
        return false;
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for mariadbd to stop", e);
        }
    }
}
