package io.salesbot.app.db;

import java.nio.file.Path;

/** The folders and files under {@code home/mariadb} (a folder only its owner may enter). */
record MariaDbLayout(Path root) {

    static MariaDbLayout of(Path home) {
        return new MariaDbLayout(home.toAbsolutePath().normalize().resolve("mariadb"));
    }

    Path base() {
        return root.resolve("base");
    }

    Path data() {
        return root.resolve("data");
    }

    Path staging() {
        return root.resolve("data.installing");
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    Path pidFile() {
        return root.resolve("mariadbd.pid");
    }

    Path lockFile() {
        return root.resolve("instance.lock");
    }

    /** The password of the app's database user (0600). */
    Path passwordFile() {
        return root.resolve("password");
    }

    /** SQL mariadbd runs at start to set up accounts; present only while the server starts. */
    Path initFile() {
        return root.resolve("init.sql");
    }

    /** A Unix socket path must fit in sockaddr_un.sun_path (108 bytes including the final NUL). */
    private static final int MAX_SOCKET_PATH = 100;

    /** In the home when the path is short enough for a Unix socket, else in /tmp. */
    Path socket(int port) {
        Path inHome = root.resolve("mariadbd.sock");
        return inHome.toString().length() <= MAX_SOCKET_PATH
                ? inHome
                : Path.of("/tmp", "salesbot-mariadb-" + port + ".sock");
    }
}
