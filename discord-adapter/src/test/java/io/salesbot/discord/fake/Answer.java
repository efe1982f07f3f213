package io.salesbot.discord.fake;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataObject;

/** What the fake Discord answers a call: status, JSON body (or none) and extra headers. */
record Answer(int status, String json, Map<String, String> headers) {

    static Answer json(int status, Object body) {
        return new Answer(status, body.toString(), Map.of());
    }

    static Answer empty(int status) {
        return new Answer(status, null, Map.of());
    }

    /** Discord's error body, as for a 404 or a 500. */
    static Answer error(int status, String message) {
        return json(status, DataObject.empty().put("code", 0).put("message", message));
    }

    /**
     * A 429 as Discord sends it: the wait in the body to the millisecond and in {@code Retry-After}
     * in whole seconds; the route's bucket headers, or the global flag; and the {@code Via} header,
     * without which JDA takes it for Cloudflare's limit.
     */
    static Answer rateLimited(Fault.RateLimited limit) {
        double seconds = limit.retryAfter().toMillis() / 1000.0;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Long.toString((long) Math.ceil(seconds)));
        headers.put("Via", "1.1 google");
        if (limit.global()) {
            headers.put("X-RateLimit-Global", "true");
            headers.put("X-RateLimit-Scope", "global");
        } else {
            double reset = Instant.now().toEpochMilli() / 1000.0 + seconds;
            headers.put("X-RateLimit-Limit", "5");
            headers.put("X-RateLimit-Remaining", "0");
            headers.put("X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", reset));
            headers.put("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", seconds));
            headers.put("X-RateLimit-Bucket", "fake-channel-messages");
            headers.put("X-RateLimit-Scope", "user");
        }
        DataObject body = DataObject.empty()
                .put("message", "You are being rate limited.")
                .put("retry_after", seconds)
                .put("global", limit.global());
        return new Answer(429, body.toString(), headers);
    }
}
