package io.salesbot.app.db;

import java.nio.file.Path;

/**
 * {@code SALESBOT_HOME} cannot hold the embedded database: a file, a folder nobody may write, a
 * temporary folder, a path with spaces, or one another running Salesbot holds. Reported at startup
 * as what is wrong and what to do, in a sentence each ({@link UnusableHomeAnalyzer}), not as a
 * stack trace.
 */
public final class UnusableHome extends IllegalStateException {

    private final String problem;
    private final String action;

    UnusableHome(String problem, String action, Throwable cause) {
        super(problem + " " + action, cause);
        this.problem = problem;
        this.action = action;
    }

    static UnusableHome of(String problem, Throwable cause) {
        return new UnusableHome(
                problem,
                "Set SALESBOT_HOME to a folder of yours that Salesbot may write to (the default is ~/.salesbot).",
                cause);
    }

    /** Why the home cannot be used, e.g. "SALESBOT_HOME /etc/hostname is a file, not a folder." */
    public String problem() {
        return problem;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }

    /** The first part of {@code path} that exists but is not a folder, if any. */
    static Path fileInTheWay(Path path) {
        for (Path part = path.toAbsolutePath(); part != null; part = part.getParent()) {
            if (java.nio.file.Files.exists(part)) {
                return java.nio.file.Files.isDirectory(part) ? null : part;
            }
        }
        return null;
    }
}
