package io.salesbot.notification;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Member;
import io.salesbot.workspace.Members;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Workspace;
import io.salesbot.workspace.WorkspaceSettings;
import io.salesbot.workspace.Workspaces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox rows, one per transaction: claim it (others skip it), send it through the
 * workspace's platform, mark it sent, commit. A crash before the commit leaves the row pending for
 * the next worker; only a send that reached the platform just before a crash can be repeated (the
 * at-least-once edge every outbox has). Failures retry with backoff, honour a platform's
 * retry-after, and end as FAILED with the reason after {@code maxAttempts}.
 */
public class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    // Long enough that the next claim of this worker goes to other rows, short enough not to delay it.
    private static final Duration ELSEWHERE_DELAY = Duration.ofSeconds(2);

    private final Outbox outbox;
    private final Workspaces workspaces;
    private final Members members;
    private final NotificationComposer composer;
    private final Map<Platform, ChatNotifier> notifiers;
    private final TransactionTemplate transaction;
    private final OutboxSettings settings;
    private final Backoff backoff;
    private final NotificationMetrics metrics;
    private final Clock clock;
    private volatile boolean stopping;
    private final java.util.concurrent.atomic.AtomicInteger sendersRunning =
            new java.util.concurrent.atomic.AtomicInteger();

    /** How long a leased direct message is kept from other senders: far longer than any platform call takes. */
    static final Duration LEASE = Duration.ofMinutes(2);

    /** A worker that reads every DM in the workspace's language and zone (tests of delivery alone). */
    OutboxWorker(
            Outbox outbox,
            Workspaces workspaces,
            NotificationComposer composer,
            List<ChatNotifier> notifiers,
            PlatformTransactionManager transactions,
            OutboxSettings settings,
            NotificationMetrics metrics,
            Clock clock) {
        this(outbox, workspaces, null, composer, notifiers, transactions, settings, metrics, clock);
    }

    OutboxWorker(
            Outbox outbox,
            Workspaces workspaces,
            Members members,
            NotificationComposer composer,
            List<ChatNotifier> notifiers,
            PlatformTransactionManager transactions,
            OutboxSettings settings,
            NotificationMetrics metrics,
            Clock clock) {
        this.outbox = outbox;
        this.workspaces = workspaces;
        this.members = members;
        this.composer = composer;
        this.notifiers = notifiers.stream().collect(Collectors.toMap(ChatNotifier::platform, Function.identity()));
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.backoff = new Backoff(settings.firstRetry(), settings.longestRetry(), ThreadLocalRandom.current());
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Delivers every row due now; returns how many rows it handled (sent, retried or failed). Each
     * claim looks one row ahead, so the row that turns out to be the last ends the loop: it used to
     * take one more transaction per wake-up to find nothing due, as many as the notifications. A
     * row committed after the claim wakes the worker again.
     */
    public int deliverDue() {
        int handled = 0;
        while (!stopping) {
            Claim claim = transaction.execute(status -> deliverOne());
            if (claim == null || claim == Claim.NONE) {
                return handled;
            }
            handled++;
            if (claim == Claim.LAST) {
                return handled;
            }
        }
        return handled;
    }

    /**
     * {@link #deliverDue}, after starting a direct-message sender on {@code pool} if none runs.
     * Channel posts stay with the one loop that takes everything, as before; a DM concerns one
     * member, so many go out at once (a minute's reminders for a whole company): each sender that
     * finds a DM due calls one more in, up to {@code senders} at once, and each goes on until no DM
     * is due. With none due, a wake-up costs one look; it used to start every sender, each taking a
     * database connection to find nothing, on every change of every deal.
     */
    public int deliverDue(java.util.concurrent.ExecutorService pool, int senders) {
        addSender(pool, senders);
        return deliverDue();
    }

    /** Starts one more direct-message sender, unless {@code senders} already run. */
    private void addSender(java.util.concurrent.ExecutorService pool, int senders) {
        for (int running = sendersRunning.get(); running < senders && !stopping; running = sendersRunning.get()) {
            if (sendersRunning.compareAndSet(running, running + 1)) {
                pool.execute(() -> {
                    try {
                        deliverDueDirectMessages(() -> addSender(pool, senders));
                    } catch (RuntimeException unexpected) {
                        log.warn("A direct-message sender stopped", unexpected);
                    } finally {
                        sendersRunning.decrementAndGet();
                    }
                });
                return;
            }
        }
    }

    /**
     * Sends direct messages until none is due, holding no database connection while the platform
     * answers: a row is leased first (its next attempt moved {@link #LEASE} ahead and committed, so
     * nobody else takes it), then sent, then marked. A sender that dies mid-send leaves the lease to
     * run out and the row to be sent again: the at-least-once edge every outbox has, here after the
     * lease. {@code found} runs each time a DM is leased (more may be waiting: call in a sender).
     */
    int deliverDueDirectMessages(Runnable found) {
        int handled = 0;
        while (!stopping) {
            Instant now = clock.instant();
            java.util.Optional<OutboxRow> leased =
                    transaction.execute(status -> outbox.leaseNextDirectMessage(now, now.plus(LEASE)));
            if (leased == null || leased.isEmpty()) {
                return handled;
            }
            found.run();
            attempt(leased.get(), now);
            handled++;
        }
        return handled;
    }

    /** Stops between rows: the row in hand is finished, the rest wait for the next start. */
    public void stop() {
        stopping = true;
    }

    private Claim deliverOne() {
        Instant now = clock.instant();
        // Two rows locked, one sent: the second is only looked at (and skipped by other workers
        // until this commits), so a crash still repeats no more than the send in flight.
        List<OutboxRow> due = outbox.claimDue(now, 2);
        if (due.isEmpty()) {
            return Claim.NONE;
        }
        attempt(due.get(0), now);
        return due.size() > 1 ? Claim.MORE : Claim.LAST;
    }

    /** What one claim found: nothing due, the last row due, or a row with more behind it. */
    private enum Claim {
        NONE,
        LAST,
        MORE
    }

    private void attempt(OutboxRow row, Instant now) {
        int attempt = row.attempts() + 1;
        try {
            Workspace workspace = workspaces.findById(row.workspaceId()).orElseThrow();
            ChatNotifier notifier = notifiers.get(workspace.getPlatform());
            if (notifier == null) {
                throw DeliveryFailure.temporary(
                        "no notifier for " + workspace.getPlatform() + " on this instance", null);
            }
            WorkspaceSettings settings = WorkspaceSettings.of(workspace);
            BotReply reply = composer.compose(row, settings);
            if (reply == null) {
                // stale news (a held task reminder whose task is done): done with, nothing sent
                outbox.markSent(row.id(), attempt, clock.instant());
                return;
            }
            notifier.deliver(
                    workspace.getExternalId(), row.target(), reply, reader(workspace, settings, row), Delivery.of(row));
            outbox.markSent(row.id(), attempt, clock.instant());
            metrics.sent();
        } catch (DeliveryFailure failure) {
            fail(row, attempt, now, failure);
        } catch (RuntimeException unexpected) {
            // last_error is shown in chat by /salesbot outbox: it gets the incident id, the log the details.
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.warn("Incident {}: notification {} failed unexpectedly", incident, row.id(), unexpected);
            fail(row, attempt, now, DeliveryFailure.temporary("incident " + incident, unexpected));
        }
    }

    /**
     * A DM reads in its member's own language and zone (the workspace's when they have none, its
     * language when it forces one); a channel post in the workspace's.
     */
    private ReplyLocale reader(Workspace workspace, WorkspaceSettings settings, OutboxRow row) {
        if (members != null && row.target().kind() == DeliveryTarget.Kind.MEMBER) {
            Member member = members.findByWorkspaceIdAndPlatformUserId(
                            workspace.getId(), row.target().id())
                    .orElse(null);
            if (member != null) {
                WorkspaceSettings own = settings.forMember(member.zone(), member.getLanguage());
                return ReplyLocale.of(own.languageFor(null), own.readerZone());
            }
        }
        return ReplyLocale.of(settings.language(), settings.zone());
    }

    private void fail(OutboxRow row, int attempt, Instant now, DeliveryFailure failure) {
        if (failure.elsewhere()) {
            outbox.retryLater(row.id(), row.attempts(), now.plus(ELSEWHERE_DELAY), failure.getMessage());
        } else if (failure.retryAfter() != null) {
            // The platform said when; that wait is not our failure, so it does not use up an attempt.
            outbox.retryLater(row.id(), row.attempts(), now.plus(failure.retryAfter()), failure.getMessage());
            metrics.retried();
        } else if (failure.permanent() || attempt >= settings.maxAttempts()) {
            log.warn(
                    "Notification {} failed for good after {} attempt(s): {}", row.id(), attempt, failure.getMessage());
            outbox.markFailed(row.id(), attempt, failure.getMessage());
            metrics.failed();
        } else {
            Duration wait = backoff.after(attempt);
            outbox.retryLater(row.id(), attempt, now.plus(wait), failure.getMessage());
            metrics.retried();
        }
    }
}
