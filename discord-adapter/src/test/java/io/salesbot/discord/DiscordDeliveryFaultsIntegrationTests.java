package io.salesbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.discord.fake.FakeGuild;
import io.salesbot.discord.fake.Fault;
import io.salesbot.discord.fake.RecordedCall;
import io.salesbot.notification.NotificationKind;
import io.salesbot.notification.OutboxWorker;
import io.salesbot.notification.SubscriptionService;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Won deals go through the real outbox worker and the real JDA to a fake Discord that misbehaves
 * as the real one does: 429s (per route and global), server errors, and answers that never come,
 * before or after the message was made. Whatever happens, each notification arrives exactly once,
 * and a rate limit never uses up an attempt. Timeouts are short by the base's settings.
 */
class DiscordDeliveryFaultsIntegrationTests extends DiscordIntegrationTestBase {

    // Longer than the REST timeout, so the client gives up first.
    private static final Duration SILENCE = REST_TIMEOUT.multipliedBy(2);
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

    @Autowired
    OpportunityService deals;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    OutboxWorker worker;

    private final FakeGuild beta = DISCORD.beta();
    private Actor admin;

    @BeforeEach
    void aChannelHearsWonDeals() {
        admin = workspaces.enter(
                new Visitor(Platform.DISCORD, beta.id(), beta.name(), DISCORD.newUserId(), "Fault tester", Role.ADMIN));
        subscriptions.subscribe(admin, beta.channelId(), Set.of(NotificationKind.WON), BigDecimal.ZERO);
    }

    @Test
    void aRouteRateLimitIsWaitedOutWithoutUsingAnAttempt() {
        String deal = uniqueName("route 429");
        DISCORD.rest().failNext(postOf(deal), Fault.rateLimited(Duration.ofSeconds(1)));

        long row = win(deal);
        drain(row);

        assertThat(messagesNamed(deal)).hasSize(1);
        assertThat(posts(deal)).hasSize(2);
        assertThat(status(row)).isEqualTo(Map.of("status", "SENT", "attempts", 1));
    }

    @Test
    void aRateLimitLongerThanANotificationMayWaitGoesBackToTheOutboxUnsent() {
        // given a 429 asking for longer than a notification may wait
        String deal = uniqueName("long 429");
        DISCORD.rest().failNext(postOf(deal), Fault.rateLimited(NOTIFICATION_TIMEOUT.plusSeconds(1)));
        long row = win(deal);

        // when the worker gets to it, the row goes back with Discord's wait and no attempt used
        worker.deliverDue();
        assertThat(status(row)).isEqualTo(Map.of("status", "PENDING", "attempts", 0));
        assertThat(lastError(row)).startsWith("rate limited");

        // then it arrives once, and the request given up on was never sent behind the outbox's back
        drain(row);
        assertThat(messagesNamed(deal)).hasSize(1);
        assertThat(posts(deal)).hasSize(2);
        assertThat(status(row)).isEqualTo(Map.of("status", "SENT", "attempts", 1));
    }

    @Test
    void aGlobalRateLimitIsWaitedOutWithoutUsingAnAttempt() {
        String deal = uniqueName("global 429");
        DISCORD.rest().failNext(postOf(deal), Fault.globallyRateLimited(Duration.ofSeconds(1)));

        long row = win(deal);
        drain(row);

        assertThat(messagesNamed(deal)).hasSize(1);
        assertThat(status(row)).isEqualTo(Map.of("status", "SENT", "attempts", 1));
        assertThat(ERRORS.drain()).singleElement().asString().contains("global rate limit");
    }

    @Test
    void aServerErrorIsTriedAgainByTheOutbox() {
        String deal = uniqueName("500");
        DISCORD.rest().failNext(postOf(deal), Fault.status(500));
        long row = win(deal);

        worker.deliverDue();
        assertThat(status(row)).isEqualTo(Map.of("status", "PENDING", "attempts", 1));
        assertThat(lastError(row)).contains("500");

        drain(row);
        assertThat(messagesNamed(deal)).hasSize(1);
        assertThat(status(row)).isEqualTo(Map.of("status", "SENT", "attempts", 2));
    }

    @Test
    void anUnavailableDiscordIsTriedAgainByJdaItself() {
        String deal = uniqueName("503");
        DISCORD.rest().failNext(postOf(deal), Fault.status(503));

        long row = win(deal);
        drain(row);

        assertThat(messagesNamed(deal)).hasSize(1);
        assertThat(posts(deal)).hasSize(2);
        assertThat(status(row)).isEqualTo(Map.of("status", "SENT", "attempts", 1));
    }

    @Test
    void aPostLostBeforeDiscordTookItIsSentAgain() {
        // given Discord is silent twice, JDA's own retry included, and makes nothing
        String deal = uniqueName("lost post");
        DISCORD.rest().failNext(postOf(deal), Fault.silenceBeforeCreating(SILENCE));
        DISCORD.rest().failNext(postOf(deal), Fault.silenceBeforeCreating(SILENCE));

        long row = win(deal);
        drain(row);

        assertThat(messagesNamed(deal)).hasSize(1);
        assertThat(status(row)).isEqualTo(Map.of("status", "SENT", "attempts", 2));
        assertThat(ERRORS.drain()).singleElement().asString().contains("I/O error");
    }

    @Test
    void aMessageDiscordMadeButNeverConfirmedIsNotPostedAgain() {
        // given Discord makes the message but its answers never arrive, JDA's own retry included
        String deal = uniqueName("lost answer");
        DISCORD.rest().failNext(postOf(deal), Fault.silenceAfterCreating(SILENCE));
        DISCORD.rest().failNext(postOf(deal), Fault.silenceAfterCreating(SILENCE));

        // when the outbox tries again
        long row = win(deal);
        drain(row);

        // then the channel holds it once: every post carried the notification's enforced nonce
        assertThat(messagesNamed(deal)).hasSize(1);
        assertThat(status(row)).isEqualTo(Map.of("status", "SENT", "attempts", 2));
        assertThat(posts(deal)).hasSize(3).allSatisfy(post -> {
            assertThat(post.json().getString("nonce")).isEqualTo("salesbot-" + row);
            assertThat(post.json().getBoolean("enforce_nonce")).isTrue();
        });
        assertThat(ERRORS.drain()).singleElement().asString().contains("I/O error");
    }

    @Test
    void everyNotificationArrivesOnceWhateverDiscordDoes() {
        // given a run of won deals, each meeting a different fault, some twice
        Map<String, List<Fault>> faults = Map.of(
                uniqueName("mix 429"), List.of(Fault.rateLimited(Duration.ofSeconds(1))),
                uniqueName("mix global"), List.of(Fault.globallyRateLimited(Duration.ofSeconds(1))),
                uniqueName("mix 500"), List.of(Fault.status(500), Fault.status(500)),
                uniqueName("mix 503"), List.of(Fault.status(503)),
                uniqueName("mix lost post"), List.of(Fault.silenceBeforeCreating(SILENCE)),
                uniqueName("mix lost answer"), List.of(Fault.silenceAfterCreating(SILENCE)),
                uniqueName("mix calm"), List.of());
        faults.forEach((deal, its) -> its.forEach(fault -> DISCORD.rest().failNext(postOf(deal), fault)));

        // when they are won and the worker drains the outbox
        long[] rows = faults.keySet().stream().mapToLong(this::win).toArray();
        drain(rows);

        // then each is in the channel once, and none failed
        faults.keySet().forEach(deal -> assertThat(messagesNamed(deal)).as(deal).hasSize(1));
        for (long row : rows) {
            assertThat(status(row).get("status")).isEqualTo("SENT");
        }
        assertThat(ERRORS.drain()).allSatisfy(line -> assertThat(line).contains("global rate limit"));
    }

    private static String uniqueName(String fault) {
        return "Fault " + fault + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Wins a new deal named {@code name}; returns the id of the outbox row for the channel. */
    private long win(String name) {
        DealView deal = deals.create(admin, NewDeal.named(name).withAmount(new BigDecimal("250000")));
        deals.win(admin, "#" + deal.number(), null, null);
        return jdbc.queryForObject(
                "SELECT id FROM outbox WHERE kind = 'WON' AND dedupe_key LIKE ?",
                Long.class,
                "deal:" + deal.id() + ":%");
    }

    /** Runs the worker until the rows are sent or failed, moving the clock past every backoff. */
    private void drain(long... rows) {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (!done(rows)) {
            assertThat(System.nanoTime()).as("outbox rows still pending").isLessThan(deadline);
            worker.deliverDue();
            clock.advance(Duration.ofMinutes(1));
        }
    }

    private boolean done(long... rows) {
        for (long row : rows) {
            if ("PENDING".equals(status(row).get("status"))) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Object> status(long row) {
        return jdbc.queryForMap("SELECT status, attempts FROM outbox WHERE id = ?", row);
    }

    private String lastError(long row) {
        return jdbc.queryForObject("SELECT last_error FROM outbox WHERE id = ?", String.class, row);
    }

    private Predicate<RecordedCall> postOf(String deal) {
        return call -> call.is("POST", "channels/" + beta.channelId() + "/messages")
                && call.text().contains(deal);
    }

    private List<RecordedCall> posts(String deal) {
        return DISCORD.rest().matching(postOf(deal));
    }

    /** The channel's messages that carry the deal's news: posted with the nonce of a post naming it. */
    private List<DataObject> messagesNamed(String deal) {
        java.util.Set<String> nonces = posts(deal).stream()
                .map(call -> String.valueOf(call.json().get("nonce")))
                .collect(java.util.stream.Collectors.toSet());
        return DISCORD.rest().messagesIn(beta.channelId()).stream()
                .filter(message -> nonces.contains(String.valueOf(message.get("nonce"))))
                .toList();
    }
}
