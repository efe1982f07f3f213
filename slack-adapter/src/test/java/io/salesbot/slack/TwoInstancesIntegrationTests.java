package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.MariaDbTestDatabase;
import io.salesbot.TestApplication;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the bot on one database, as behind a load balancer: signed Slack commands go to
 * either at random, and both outbox workers drain notifications at once. Every command is applied
 * once and every notification is posted once.
 */
class TwoInstancesIntegrationTests {

    static final String SECRET = "two-instances-secret";
    static final int DEALS = 30;
    static final FakeSlack SLACK = new FakeSlack();
    static final List<ConfigurableApplicationContext> INSTANCES = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() {
        for (int i = 0; i < 2; i++) {
            // Command-line arguments: they outrank the test application.properties (which turns the outbox off).
            INSTANCES.add(new SpringApplicationBuilder(TestApplication.class)
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + MariaDbTestDatabase.url(),
                            "--spring.datasource.username=" + MariaDbTestDatabase.USER,
                            "--spring.datasource.password=" + MariaDbTestDatabase.PASSWORD,
                            "--salesbot.slack.bot-token=xoxb-two-instances",
                            "--salesbot.slack.signing-secret=" + SECRET,
                            "--salesbot.slack.api-url=" + SLACK.url(),
                            "--salesbot.outbox.enabled=true",
                            "--salesbot.outbox.poll=100ms"));
        }
    }

    @AfterAll
    static void stopInstances() {
        INSTANCES.forEach(ConfigurableApplicationContext::close);
        SLACK.stop();
    }

    @Test
    void everyCommandIsAppliedOnceAndEveryNotificationSentOnce() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String team = "T" + id;
        String channel = "C" + id;
        String admin = "U" + id;
        SLACK.admin(admin);
        assertThat(command(0, team, channel, admin, "/salesbot", "notify won").statusCode())
                .isEqualTo(200);

        List<HttpResponse<String>> created =
                concurrently(i -> command(i % 2, team, channel, admin, "/opp", "new \"Deal " + i + "\" amount:1m"));
        List<HttpResponse<String>> won =
                concurrently(i -> command((i + 1) % 2, team, channel, admin, "/opp", "won #" + (i + 1)));

        assertThat(created).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(won).extracting(HttpResponse::statusCode).containsOnly(200);
        JdbcTemplate jdbc = INSTANCES.get(0).getBean(JdbcTemplate.class);
        long workspace = jdbc.queryForObject("SELECT id FROM workspace WHERE external_id = ?", Long.class, team);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT number) FROM opportunity WHERE workspace_id = ?",
                        Integer.class,
                        workspace))
                .isEqualTo(DEALS);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM opportunity WHERE workspace_id = ? AND stage_kind = 'WON'",
                        Integer.class,
                        workspace))
                .isEqualTo(DEALS);

        List<FakeSlack.Call> posts =
                SLACK.await("chat.postMessage", call -> channel.equals(call.param("channel")), DEALS);
        Thread.sleep(Duration.ofSeconds(1).toMillis()); // both workers keep polling: a second post would show now
        posts = SLACK.calls("chat.postMessage", call -> channel.equals(call.param("channel")));
        assertThat(posts).hasSize(DEALS);
        assertThat(posts.stream().map(TwoInstancesIntegrationTests::dealNumber).distinct())
                .hasSize(DEALS);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM outbox WHERE workspace_id = ? AND status = 'SENT'",
                        Integer.class,
                        workspace))
                .isEqualTo(DEALS);
    }

    private static String dealNumber(FakeSlack.Call post) {
        Matcher number = Pattern.compile("#(\\d+)").matcher(post.body() + " " + post.param("text"));
        return number.find() ? number.group(1) : post.body();
    }

    private static List<HttpResponse<String>> concurrently(Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> tasks = new ArrayList<>();
            for (int i = 0; i < DEALS; i++) {
                int index = i;
                tasks.add(() -> step.send(index));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> response : pool.invokeAll(tasks)) {
                responses.add(response.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }

    private static HttpResponse<String> command(
            int instance, String team, String channel, String user, String command, String text) {
        int port = ((WebServerApplicationContext) INSTANCES.get(instance))
                .getWebServer()
                .getPort();
        String trigger = "trig-" + UUID.randomUUID();
        return new SignedRequests(port, SECRET)
                .command(SlackTestBase.slashCommand(
                        team, channel, user, command, text, trigger, SLACK.responseUrl(trigger)));
    }

    @FunctionalInterface
    private interface Step {
        HttpResponse<String> send(int index) throws Exception;
    }
}
