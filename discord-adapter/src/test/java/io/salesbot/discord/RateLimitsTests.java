package io.salesbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.salesbot.TestClock;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the rate limits learn from Discord's 429s, read through a real OkHttp client. */
class RateLimitsTests {

    private static final String HELD = "channels/1/messages";
    private static final String OTHER = "channels/2/messages";

    private final TestClock clock = new TestClock();
    private HttpServer discord;
    private RateLimits limits;
    private OkHttpClient client;
    private volatile Map<String, String> headers = Map.of();
    private volatile int status = 429;
    private volatile String body = "{}";

    @BeforeEach
    void start() throws IOException {
        discord = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        discord.createContext("/", exchange -> {
            headers.forEach(exchange.getResponseHeaders()::set);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        discord.start();
        String apiUrl = "http://127.0.0.1:" + discord.getAddress().getPort() + "/api/v10/";
        limits = new RateLimits(apiUrl, clock);
        client = new OkHttpClient.Builder().addInterceptor(limits).build();
    }

    @AfterEach
    void stop() {
        discord.stop(0);
    }

    @Test
    void aRouteLimitHoldsThatRouteOnly() throws IOException {
        answer(429, Map.of("Retry-After", "2", "Via", "1.1 google"), "{\"retry_after\":1.5,\"global\":false}");

        call(HELD);

        assertThat(limits.retryAfter(HELD)).contains(Duration.ofSeconds(2));
        assertThat(limits.retryAfter(OTHER)).isEmpty();
    }

    @Test
    void theBodysFinerWaitCountsWhenItIsLonger() throws IOException {
        answer(429, Map.of("Retry-After", "1", "Via", "1.1 google"), "{\"retry_after\":1.25,\"global\":false}");

        call(HELD);

        assertThat(limits.retryAfter(HELD)).contains(Duration.ofMillis(1250));
    }

    @Test
    void aGlobalLimitHoldsEveryRoute() throws IOException {
        answer(429, Map.of("Retry-After", "3", "Via", "1.1 google", "X-RateLimit-Global", "true"), "{}");

        call(HELD);

        assertThat(limits.retryAfter(OTHER)).contains(Duration.ofSeconds(3));
    }

    @Test
    void aLimitWithoutDiscordsViaHeaderIsCloudflaresAndHoldsEveryRoute() throws IOException {
        answer(429, Map.of("Retry-After", "4"), "<html>Too many requests</html>");

        call(HELD);

        assertThat(limits.retryAfter(OTHER)).contains(Duration.ofSeconds(4));
    }

    @Test
    void aWaitThatHasPassedHoldsNothing() throws IOException {
        answer(429, Map.of("Retry-After", "2", "Via", "1.1 google"), "{}");
        call(HELD);

        clock.advance(Duration.ofMillis(1500));
        assertThat(limits.retryAfter(HELD)).contains(Duration.ofMillis(500));
        clock.advance(Duration.ofMillis(500));
        assertThat(limits.retryAfter(HELD)).isEmpty();
    }

    @Test
    void answersOtherThan429HoldNothing() throws IOException {
        answer(200, Map.of("Retry-After", "2"), "{}");

        call(HELD);

        assertThat(limits.retryAfter(HELD)).isEmpty();
    }

    private void answer(int status, Map<String, String> headers, String body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    private void call(String route) throws IOException {
        String url = "http://127.0.0.1:" + discord.getAddress().getPort() + "/api/v10/" + route;
        try (Response response =
                client.newCall(new Request.Builder().url(url).build()).execute()) {
            assertThat(response.code()).isEqualTo(status);
        }
    }
}
