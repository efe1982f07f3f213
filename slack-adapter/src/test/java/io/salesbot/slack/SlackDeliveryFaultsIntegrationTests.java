package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.IntegrationTestBase;
import io.salesbot.TestApplication;
import io.salesbot.notification.ChatNotifier;
import io.salesbot.notification.Delivery;
import io.salesbot.notification.DeliveryFailure;
import io.salesbot.notification.DeliveryTarget;
import io.salesbot.notification.OutboxWorker;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Platform;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Slack misbehaves the ways it does in production: a 429 with Retry-After, a 500, a call that is
 * never answered, and one that is never answered although Slack posted the message. Deals are won
 * through signed slash commands, the real outbox worker drains the notifications, and every one
 * arrives in the channel exactly once. This class has its own fake Slack, so the faults it
 * scripts reach no other test, and a short call timeout, so a silent Slack costs a second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = TestApplication.class)
class SlackDeliveryFaultsIntegrationTests extends IntegrationTestBase {

    static final String SECRET = "faults-signing-secret";
    static final FakeSlack SLACK = new FakeSlack();
    static final ReplyLocale ENGLISH = ReplyLocale.of("en", ZoneId.of("Asia/Bangkok"));

    @LocalServerPort
    int port;

    @Autowired
    OutboxWorker outbox;

    @Autowired
    List<ChatNotifier> notifiers;

    String team;
    String channel;
    String user;

    @DynamicPropertySource
    static void slackSettings(DynamicPropertyRegistry registry) {
        registry.add("salesbot.slack.bot-token", () -> "xoxb-faults-token");
        registry.add("salesbot.slack.signing-secret", () -> SECRET);
        registry.add("salesbot.slack.api-url", SLACK::url);
        registry.add("salesbot.slack.call-timeout", () -> "1s");
        registry.add("salesbot.outbox.enabled", () -> "false");
    }

    @BeforeEach
    void newTeamOnSlacksClock() {
        String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        team = "T" + id;
        channel = "C" + id;
        user = "U" + id;
        // Slack stamps messages with the time the app believes it is, as a real Slack would.
        SLACK.clock(clock::instant);
    }

    @AfterAll
    static void stopSlack() {
        SLACK.stop();
    }

    @Test
    void everyNotificationArrivesOnceThroughRateLimitsOutagesAndTimeouts() throws InterruptedException {
        SLACK.admin(user);
        command("/salesbot", "notify won");
        await(1, () -> subscriptions(team));
        long workspace = workspaceId();
        for (int deal = 1; deal <= 5; deal++) {
            command("/opp", "new \"Faulty " + deal + "\" amount:1m");
            await(deal, () -> count("opportunity", workspace));
            command("/opp", "won #" + deal);
            await(deal, () -> count("outbox", workspace));
        }
        assertThat(rows(workspace)).allMatch(row -> row.status().equals("PENDING"));
        // Rows are claimed oldest first, so each fault meets the next row in turn.
        SLACK.rateLimitNext("chat.postMessage", 30);
        SLACK.internalErrorNext("chat.postMessage");
        SLACK.timeOutNext("chat.postMessage");
        SLACK.timeOutAfterTakingNext("chat.postMessage");

        drain(workspace);

        List<OutboxRow> done = rows(workspace);
        assertThat(done).extracting(OutboxRow::status).containsOnly("SENT");
        assertThat(SLACK.messages(channel))
                .extracting(FakeChannels.Posted::key)
                .containsExactlyInAnyOrderElementsOf(
                        done.stream().map(OutboxRow::key).toList());
        assertThat(SLACK.messages(channel))
                .extracting(FakeChannels.Posted::text)
                .allMatch(text -> text.contains("Won:"))
                .doesNotHaveDuplicates();
        // 429 · 500 · silent · silent after posting · fine: the wait Slack asked for used no attempt,
        // and the post Slack took before going silent was found, not repeated.
        assertThat(done).extracting(OutboxRow::attempts).containsExactly(1, 2, 2, 2, 1);
        assertThat(done).extracting(row -> posts(row.key())).containsExactly(2, 2, 2, 1, 1);
    }

    @Test
    void aTimeoutIsATemporaryFailureThatSaysSo() {
        SLACK.timeOutNext("chat.postMessage");

        assertThatThrownBy(() -> notifier().deliver(team, DeliveryTarget.channel(channel), won(21), ENGLISH, first()))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                    assertThat(failure.permanent()).isFalse();
                    assertThat(failure.retryAfter()).isNull();
                    assertThat(failure.getMessage()).contains("chat.postMessage", "timed out");
                });
        assertThat(SLACK.messages(channel)).isEmpty();
    }

    @Test
    void aDirectMessageSlackTookBeforeGoingSilentIsNotSentAgain() {
        Delivery first = first();
        SLACK.timeOutAfterTakingNext("chat.postMessage");
        DeliveryTarget member = DeliveryTarget.member(user);

        assertThatThrownBy(() -> notifier().deliver(team, member, won(22), ENGLISH, first))
                .isInstanceOf(DeliveryFailure.class);
        clock.advance(Duration.ofMinutes(2));
        notifier().deliver(team, member, won(22), ENGLISH, retryOf(first));

        String dm = "D" + user;
        assertThat(SLACK.messages(dm)).extracting(FakeChannels.Posted::key).containsExactly(first.key());
        assertThat(SLACK.calls("conversations.history", call -> dm.equals(call.param("channel"))))
                .singleElement()
                .satisfies(look -> {
                    assertThat(look.param("include_all_metadata")).isIn("true", "1");
                    assertThat(Long.parseLong(look.param("oldest")))
                            .isLessThanOrEqualTo(first.queuedAt().getEpochSecond());
                });
    }

    @Test
    void aChartSharedBeforeSlackWentSilentIsNotUploadedAgain() {
        Delivery first = first();
        BotReply digest = new BotReply.Many(List.of(won(23), chart()), Visibility.CHANNEL);
        SLACK.timeOutAfterTakingNext("files.completeUploadExternal");

        assertThatThrownBy(() -> notifier().deliver(team, DeliveryTarget.channel(channel), digest, ENGLISH, first))
                .isInstanceOf(DeliveryFailure.class);
        notifier().deliver(team, DeliveryTarget.channel(channel), digest, ENGLISH, retryOf(first));

        List<FakeChannels.Posted> posted = SLACK.messages(channel);
        assertThat(posted).hasSize(2);
        assertThat(posted.get(0).key()).isEqualTo(first.key());
        assertThat(posted.get(1).fileNames()).containsExactly(first.key() + "-chart-1.png");
        assertThat(SLACK.calls("files.getUploadURLExternal").stream()
                        .filter(call -> call.param("filename").startsWith(first.key() + "-"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aPostFoundBeyondTheFirstPageOfHistoryIsNotRepeated() {
        Delivery first = first();
        SLACK.timeOutAfterTakingNext("chat.postMessage");
        assertThatThrownBy(() -> notifier().deliver(team, DeliveryTarget.channel(channel), won(24), ENGLISH, first))
                .isInstanceOf(DeliveryFailure.class);
        for (int chatter = 0; chatter < 150; chatter++) {
            SLACK.postAs(channel, "UPERSON", null, "busy channel " + chatter, null);
        }

        notifier().deliver(team, DeliveryTarget.channel(channel), won(24), ENGLISH, retryOf(first));

        assertThat(SLACK.messages(channel).stream().filter(m -> first.key().equals(m.key())))
                .hasSize(1);
        assertThat(SLACK.calls("conversations.history", call -> channel.equals(call.param("channel"))))
                .hasSize(2);
    }

    @Test
    void metadataFromAnotherAppDoesNotCountAsOurPost() {
        Delivery retry = retryOf(first());
        String lookalike =
                "{\"event_type\":\"salesbot_notification\",\"event_payload\":{\"id\":\"" + retry.key() + "\"}}";
        SLACK.postAs(channel, "UOTHER", "BOTHER", "not ours", lookalike);

        notifier().deliver(team, DeliveryTarget.channel(channel), won(25), ENGLISH, retry);

        assertThat(SLACK.messages(channel))
                .extracting(FakeChannels.Posted::user)
                .containsExactly("UOTHER", FakeChannels.BOT_USER);
    }

    @Test
    void historyWeMayNotReadStillLetsTheNotificationArrive() {
        SLACK.failNext("conversations.history", "missing_scope");

        notifier().deliver(team, DeliveryTarget.channel(channel), won(26), ENGLISH, retryOf(first()));

        assertThat(SLACK.messages(channel)).hasSize(1);
    }

    @Test
    void aRateLimitedLookWaitsAsAskedInsteadOfPosting() {
        SLACK.rateLimitNext("conversations.history", 9);

        assertThatThrownBy(() ->
                        notifier().deliver(team, DeliveryTarget.channel(channel), won(27), ENGLISH, retryOf(first())))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class,
                        failure -> assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(9)));
        assertThat(SLACK.messages(channel)).isEmpty();
    }

    /** An outbox row as the test reads it back, oldest first. */
    record OutboxRow(long id, String status, int attempts) {

        String key() {
            return "salesbot-" + id;
        }
    }

    private List<OutboxRow> rows(long workspace) {
        return jdbc.query(
                "SELECT id, status, attempts FROM outbox WHERE workspace_id = ? ORDER BY id",
                (rs, i) -> new OutboxRow(rs.getLong("id"), rs.getString("status"), rs.getInt("attempts")),
                workspace);
    }

    /** A command slower than Slack's ack budget finishes after its ack: wait for what it writes. */
    private static void await(long expected, LongSupplier actual) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (actual.getAsLong() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(actual.getAsLong()).isEqualTo(expected);
    }

    private long subscriptions(String team) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM channel_subscription s JOIN workspace w ON w.id = s.workspace_id"
                        + " WHERE w.external_id = ?",
                Long.class,
                team);
    }

    private long count(String table, long workspace) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE workspace_id = ?", Long.class, workspace);
    }

    /** Runs the worker the way its schedule would, moving the clock past every wait, until nothing is left. */
    private void drain(long workspace) {
        for (int round = 0;
                round < 20
                        && rows(workspace).stream().anyMatch(row -> row.status().equals("PENDING"));
                round++) {
            outbox.deliverDue();
            clock.advance(Duration.ofMinutes(1));
        }
    }

    private int posts(String key) {
        return SLACK.calls(
                        "chat.postMessage",
                        call -> call.param("metadata") != null
                                && call.param("metadata").contains("\"" + key + "\""))
                .size();
    }

    private long workspaceId() {
        return jdbc.queryForObject("SELECT id FROM workspace WHERE external_id = ?", Long.class, team);
    }

    private HttpResponse<String> command(String command, String text) {
        String trigger = "trig-" + UUID.randomUUID();
        HttpResponse<String> response = new SignedRequests(port, SECRET)
                .command(SlackTestBase.slashCommand(
                        team, channel, user, command, text, trigger, SLACK.responseUrl(trigger)));
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private ChatNotifier notifier() {
        return notifiers.stream()
                .filter(n -> n.platform() == Platform.SLACK)
                .findFirst()
                .orElseThrow();
    }

    /** A notification's first attempt, with an id no outbox row of this run uses. */
    private Delivery first() {
        long id = 1_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        return new Delivery(id, clock.instant(), false);
    }

    private static Delivery retryOf(Delivery first) {
        return new Delivery(first.notificationId(), first.queuedAt(), true);
    }

    private static BotReply won(int deal) {
        return new BotReply.Text(Message.of("reply.deal.won", deal), Visibility.CHANNEL);
    }

    private static BotReply.Chart chart() {
        return new BotReply.Chart(
                Message.of("reply.pipeline.title.team"),
                io.salesbot.chart.ChartKind.values()[0],
                List.of("Wait", "Won"),
                List.of(new BotReply.Chart.Series(
                        Message.of("reply.pipeline.title.team"), List.of(new BigDecimal("1200000"), BigDecimal.TEN))),
                "THB",
                Visibility.CHANNEL);
    }
}
