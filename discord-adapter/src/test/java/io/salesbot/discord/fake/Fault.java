package io.salesbot.discord.fake;

import java.time.Duration;

/** A way the fake Discord answers one call badly, as the real one sometimes does. */
public sealed interface Fault {

    /** 429 for the call's route, with Discord's rate-limit headers and body; nothing is created. */
    static Fault rateLimited(Duration retryAfter) {
        return new RateLimited(retryAfter, false);
    }

    /** 429 that holds every route of the bot (Discord's global limit); nothing is created. */
    static Fault globallyRateLimited(Duration retryAfter) {
        return new RateLimited(retryAfter, true);
    }

    /** An error status, such as 500 or 503, with Discord's error body; nothing is created. */
    static Fault status(int status) {
        return new ErrorStatus(status);
    }

    /** Silence for {@code silence}, longer than the client waits, and nothing is created. */
    static Fault silenceBeforeCreating(Duration silence) {
        return new Silence(silence, false);
    }

    /** The message is created, but the answer is held back until the client has given up. */
    static Fault silenceAfterCreating(Duration silence) {
        return new Silence(silence, true);
    }

    record RateLimited(Duration retryAfter, boolean global) implements Fault {}

    record ErrorStatus(int status) implements Fault {}

    record Silence(Duration silence, boolean afterCreating) implements Fault {}
}
