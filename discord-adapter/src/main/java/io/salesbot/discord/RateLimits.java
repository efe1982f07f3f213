package io.salesbot.discord;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.utils.data.DataObject;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Remembers until when Discord told us to stop calling a route (a 429), or to stop calling at all
 * (a global 429). JDA waits these out by itself but never says so; a notification that cannot wait
 * that long asks here, so the outbox can retry when Discord said, without using up an attempt.
 * Sits in JDA's HTTP client as an interceptor, so it sees every answer JDA gets.
 */
public final class RateLimits implements Interceptor {

    private static final String EVERY_ROUTE = "";
    private static final long LONGEST_BODY = 4096;

    private final String basePath;
    private final Clock clock;
    private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

    /** {@code apiUrl} is the REST base ({@code .../api/v10/}): routes are named relative to it. */
    public RateLimits(String apiUrl, Clock clock) {
        this.basePath = HttpUrl.get(apiUrl).encodedPath();
        this.clock = clock;
    }

    /**
     * How long Discord still wants us to keep away from {@code route} (as in {@code
     * channels/123/messages}), or empty when it has not asked or the wait is over.
     */
    public Optional<Duration> retryAfter(String route) {
        Instant now = clock.instant();
        Instant until = later(blockedUntil.get(route), blockedUntil.get(EVERY_ROUTE));
        return until == null || !until.isAfter(now) ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() == 429) {
            remember(response);
        }
        return response;
    }

    private void remember(Response response) throws IOException {
        Instant now = clock.instant();
        blockedUntil.values().removeIf(until -> !until.isAfter(now));
        blockedUntil.merge(scope(response), now.plus(wait(response)), RateLimits::later);
    }

    // JDA's reading: a 429 marked global, or one without Discord's Via header (Cloudflare's), holds every route.
    private String scope(Response response) {
        boolean everyRoute = response.header("X-RateLimit-Global") != null || response.header("Via") == null;
        return everyRoute ? EVERY_ROUTE : route(response.request().url());
    }

    private String route(HttpUrl url) {
        String path = url.encodedPath();
        return path.startsWith(basePath) ? path.substring(basePath.length()) : path;
    }

    // Discord says it twice, the header in whole seconds and the body to the millisecond; like JDA, take the longer.
    private static Duration wait(Response response) throws IOException {
        double seconds = Math.max(number(response.header("Retry-After")), bodyRetryAfter(response));
        return Duration.ofMillis((long) Math.ceil(seconds * 1000));
    }

    private static double bodyRetryAfter(Response response) throws IOException {
        String body = response.peekBody(LONGEST_BODY).string();
        try {
            return DataObject.fromJson(body).getDouble("retry_after", 0);
        } catch (RuntimeException notJson) {
            return 0;
        }
    }

    private static double number(String header) {
        try {
            return header == null ? 0 : Double.parseDouble(header);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
