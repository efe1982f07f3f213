package io.salesbot.opportunity;

import java.time.LocalDate;

/** An open deal's stale alerts held until {@code until}, and why ({@code /opp snooze}). */
public record AlertSnooze(LocalDate until, String reason) {

    /** The deal's snooze as read on {@code today}: null when it has none, it has ended, or the deal is closed. */
    static AlertSnooze of(Opportunity deal, LocalDate today) {
        if (deal.getSnoozedUntil() == null
                || !deal.getSnoozedUntil().isAfter(today)
                || deal.getStage().getKind().isClosed()) {
            return null;
        }
        return new AlertSnooze(deal.getSnoozedUntil(), deal.getSnoozeReason());
    }
}
