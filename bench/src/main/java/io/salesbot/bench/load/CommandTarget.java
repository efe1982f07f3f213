package io.salesbot.bench.load;

import java.util.concurrent.CompletableFuture;

/** What answers the commands under load: the app over HTTP, the ack-only endpoint, or plain JDBC. */
interface CommandTarget {

    /**
     * An answer: whether it is a real one, and if not, why (a short label that is counted); when
     * the HTTP ack came ({@link System#nanoTime}, 0 when the ack is the answer) and whether the
     * answer itself came later, on the response URL.
     */
    record Outcome(boolean ok, String problem, long ackedAt, boolean later) {

        static final Outcome OK = new Outcome(true, null, 0, false);

        static Outcome failed(String problem) {
            return new Outcome(false, problem, 0, false);
        }

        Outcome ackedAt(long nanoTime, boolean answeredLater) {
            return new Outcome(ok, problem, nanoTime, answeredLater);
        }
    }

    String name();

    /** Sends the command; the future completes when its answer is there. Must not block long. */
    CompletableFuture<Outcome> send(CommandMix.Command command);
}
