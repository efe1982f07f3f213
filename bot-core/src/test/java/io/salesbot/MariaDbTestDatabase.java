package io.salesbot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh database on the real MariaDB for this test run (127.0.0.1:3306 unless
 * SALESBOT_TEST_DB_URL says otherwise), created on first use and dropped when the JVM exits.
 */
public final class MariaDbTestDatabase {

    public static final String SERVER_URL = envOr("SALESBOT_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
    public static final String USER = envOr("SALESBOT_TEST_DB_USER", "root");
    public static final String PASSWORD = envOr("SALESBOT_TEST_DB_PASSWORD", "");
    public static final String NAME = "salesbot_test_"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
            + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

    private static volatile boolean created;

    private MariaDbTestDatabase() {}

    public static synchronized String url() {
        if (!created) {
            execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + NAME)));
            created = true;
        }
        return SERVER_URL + NAME;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "MariaDB at " + SERVER_URL + " is needed for integration tests: " + e.getMessage(), e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
