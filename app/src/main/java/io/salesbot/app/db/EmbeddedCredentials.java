package io.salesbot.app.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one account the app uses on its embedded server: user {@value #USER}, with a random password
 * kept in {@code home/mariadb/password} (0600; the folder is 0700).
 *
 * <p>The password file is the source of truth. {@link #initSql()} is run by mariadbd itself at every
 * start ({@code --init-file}), before it accepts any connection, and makes the grant tables match it:
 * anonymous accounts removed, the app's account (re)created with this password and rights on the
 * {@value EmbeddedMariaDb#DATABASE} database only. So a home from a version that ran without grant
 * tables, a lost password file, or a data directory restored from a backup all come out the same,
 * with no window in which the server answers without a password.
 */
record EmbeddedCredentials(String password) {

    static final String USER = "salesbot";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCredentials.class);
    private static final int PASSWORD_BYTES = 24; // 192 bits, 32 characters in URL-safe Base64
    // What we generate; checked on read so a hand-edited file can never inject SQL into initSql().
    private static final Pattern SAFE_PASSWORD = Pattern.compile("[A-Za-z0-9_-]{20,100}");
    private static final SecureRandom RANDOM = new SecureRandom();
    // TCP clients come from 127.0.0.1 (the only address the server binds), which mariadbd calls
    // 'localhost' when it resolves host names and '127.0.0.1' when it cannot; the Unix socket (for a
    // person with the mariadb client) is 'localhost' too.
    private static final List<String> HOSTS = List.of("127.0.0.1", "localhost");

    EmbeddedCredentials {
        if (password == null || !SAFE_PASSWORD.matcher(password).matches()) {
            throw new IllegalArgumentException("not a password this class generates");
        }
    }

    /**
     * Reads the password file, or creates it with a new random password when it does not exist (a new
     * home, or one from a version without passwords). Narrows the file to its owner either way.
     */
    static EmbeddedCredentials loadOrCreate(MariaDbLayout layout) {
        Path file = layout.passwordFile();
        try {
            if (Files.exists(file)) {
                OwnerOnlyFiles.restrict(file);
                String password =
                        Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (!SAFE_PASSWORD.matcher(password).matches()) {
                    throw new IllegalStateException(file + " does not hold a password written by Salesbot;"
                            + " delete it and a new one is generated at the next start");
                }
                return new EmbeddedCredentials(password);
            }
            EmbeddedCredentials created = new EmbeddedCredentials(newPassword());
            OwnerOnlyFiles.writeSecret(file, created.password() + "\n");
            log.info("Generated the embedded database password for user '{}' in {}", USER, file);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the embedded database password " + file, e);
        }
    }

    static String newPassword() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The {@code --init-file} for mariadbd. mariadbd logs a failing statement there and starts anyway,
     * so all of them form one compound statement (on one line, as mariadbd reads that file) that stops
     * at its first error; the app's account comes last, and the app's login check at start then fails
     * unless everything before it ran. The password appears only as its mysql_native_password hash,
     * so this file never holds the secret itself.
     */
    String initSql() {
        List<String> statements = new ArrayList<>();
        // What mariadb-secure-installation does: no anonymous accounts, nobody's rights on test dbs.
        // mariadb-install-db creates ''@localhost and ''@<hostname>; DROP USER would need the names.
        statements.add("DELETE FROM mysql.global_priv WHERE User = ''");
        statements.add("DELETE FROM mysql.db WHERE User IN ('', 'PUBLIC') AND Db IN ('test', 'test\\\\_%')");
        statements.add("FLUSH PRIVILEGES");
        statements.add("CREATE DATABASE IF NOT EXISTS `" + EmbeddedMariaDb.DATABASE + "` CHARACTER SET "
                + EmbeddedMariaDb.CHARSET + " COLLATE " + EmbeddedMariaDb.COLLATION);
        String hash = nativePasswordHash(password);
        for (String host : HOSTS) {
            String account = "'" + USER + "'@'" + host + "'";
            // Not CREATE OR REPLACE: the account owns the triggers and procedures; keep it, reset its password.
            statements.add("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY PASSWORD '" + hash + "'");
            statements.add("ALTER USER " + account + " IDENTIFIED BY PASSWORD '" + hash + "' ACCOUNT UNLOCK");
            statements.add("GRANT ALL PRIVILEGES ON `" + EmbeddedMariaDb.DATABASE + "`.* TO " + account);
        }
        return "BEGIN NOT ATOMIC " + String.join("; ", statements) + "; END;\n";
    }

    /** MariaDB's PASSWORD(): {@code *} and the hex of SHA1(SHA1(password)). */
    static String nativePasswordHash(String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] once = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            return "*" + HexFormat.of().withUpperCase().formatHex(sha1.digest(once));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
    }

    /** Never the password itself in logs or exception messages. */
    @Override
    public String toString() {
        return "EmbeddedCredentials[user=" + USER + ", password=***]";
    }
}
