package io.salesbot.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a notification says, captured when it is caused and worded when it is sent. One record per
 * {@link NotificationKind}; stored as JSON in {@code outbox.payload} by {@link NoticeJson}, while
 * the row's {@code kind} column says which record the JSON is. Deal events carry the facts as they
 * were at the change (a later rename does not rewrite a sent notification); digests and reminders
 * carry only what tells the composer which data to read when they go out.
 */
public sealed interface Notice {

    NotificationKind kind();

    /** A deal was created. */
    record DealCreated(int number, String name, String customer, BigDecimal amount, String owner) implements Notice {
        @Override
        public NotificationKind kind() {
            return NotificationKind.NEW;
        }
    }

    /** A deal moved between open stages; {@code note} is what the mover said, if anything. */
    record StageChanged(int number, String name, StageName from, StageName to, String by, String note)
            implements Notice {
        @Override
        public NotificationKind kind() {
            return NotificationKind.STAGE;
        }
    }

    /**
     * A deal was won. {@code ownerUserId} is the owner's platform user id, for a mention; {@code
     * daysOpen} the whole days from its creation to its close. Both are null in notices written
     * before they were captured.
     */
    record DealWon(
            int number,
            String name,
            String customer,
            BigDecimal amount,
            String owner,
            String ownerUserId,
            Integer daysOpen)
            implements Notice {

        public DealWon(int number, String name, String customer, BigDecimal amount, String owner) {
            this(number, name, customer, amount, owner, null, null);
        }

        @Override
        public NotificationKind kind() {
            return NotificationKind.WON;
        }
    }

    /** A deal was lost, and why; the owner's user id and the days it was open as for {@link DealWon}. */
    record DealLost(
            int number,
            String name,
            String customer,
            BigDecimal amount,
            String owner,
            String lostReason,
            String ownerUserId,
            Integer daysOpen)
            implements Notice {

        public DealLost(int number, String name, String customer, BigDecimal amount, String owner, String lostReason) {
            this(number, name, customer, amount, owner, lostReason, null, null);
        }

        @Override
        public NotificationKind kind() {
            return NotificationKind.LOST;
        }
    }

    /** A channel's weekly digest of what closed since {@code since}, and of the pipeline as it is when sent. */
    record Digest(Instant since) implements Notice {
        @Override
        public NotificationKind kind() {
            return NotificationKind.DIGEST;
        }
    }

    /** A deal owner's reminder of their deals past the expected close date, due {@code on} that day. */
    record Reminder(LocalDate on) implements Notice {
        @Override
        public NotificationKind kind() {
            return NotificationKind.REMINDER;
        }
    }

    /**
     * The weekly forecast call for the period of {@code granularity} starting {@code periodStart},
     * held at {@code at} (workspace time): to a rep who has not called, a nudge ({@code nudge});
     * to the channel, the roll-up as it is when sent.
     */
    record ForecastCall(boolean nudge, String granularity, LocalDate periodStart, java.time.LocalDateTime at)
            implements Notice {
        @Override
        public NotificationKind kind() {
            return NotificationKind.CALL;
        }
    }

    /**
     * A member's task fell due: its number, text and due moment ({@code timed} when it was given a
     * time of day, else only its day counts), and its deal if it has one, as they were when queued.
     */
    record TaskDue(int number, String text, Instant dueAt, boolean timed, Integer dealNumber, String dealName)
            implements Notice {
        @Override
        public NotificationKind kind() {
            return NotificationKind.TASK;
        }
    }

    /**
     * A member's morning "my day" for their local day {@code on} in {@code zone}: their tasks due by
     * its end, their deals closing that week, without a next step, or gone stale, as they are when sent.
     */
    record MyDay(LocalDate on, long memberId, String zone) implements Notice {
        @Override
        public NotificationKind kind() {
            return NotificationKind.MYDAY;
        }
    }

    /**
     * A deal idle since {@code idleSince} (its last change, or its stage's entry when the stage has
     * a limit), as it was when queued. To its owner ({@code escalated} false): update or snooze it.
     * To a manager ({@code escalated}): it is still idle; or, when {@code snoozedUntil} is set, the
     * owner's reason for holding it instead.
     */
    record StaleDeal(
            int number,
            String name,
            String ownerName,
            String ownerUserId,
            Instant idleSince,
            boolean escalated,
            LocalDate snoozedUntil,
            String snoozeReason)
            implements Notice {
        @Override
        public NotificationKind kind() {
            return NotificationKind.STALE;
        }
    }

    /** A stage's names at the time of the change; {@code thai} is null when the stage has none. */
    record StageName(String name, String thai) {}
}
