package io.salesbot.bench.load;

import java.util.concurrent.CompletableFuture;

/** What answers the commands under load: the app over HTTP, the ack-only endpoint, or plain JDBC. */
interface CommandTarget {

    /** An answer: whether it is a real one, and if not, why (a short label that is counted). */
    record Outcome(boolean ok, String problem) {

        static final Outcome OK = new Outcome(true, null);

        static Outcome failed(String problem) {
            return new Outcome(false, problem);
        }
    }

    String name();

    /** Sends the command; the future completes when its answer is there. Must not block long. */
    CompletableFuture<Outcome> send(CommandMix.Command command);
}
