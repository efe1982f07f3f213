package io.salesbot.discord.fake;

import java.util.concurrent.atomic.AtomicLong;

/** Real snowflakes of the current time: JDA reads an interaction's age from its id. */
public final class Snowflakes {

    private static final long DISCORD_EPOCH = 1420070400000L;
    private final AtomicLong counter = new AtomicLong();

    public String next() {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH;
        return Long.toString((millis << 22) | (counter.incrementAndGet() & 0x3FFFFF));
    }
}
