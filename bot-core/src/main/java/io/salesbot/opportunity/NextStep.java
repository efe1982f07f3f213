package io.salesbot.opportunity;

import java.time.LocalDate;

/**
 * What is to be done next on an open deal, by which day ({@code due}, null for no day), and
 * whether that day has passed in the workspace's time zone when it was read ({@code overdue}).
 */
public record NextStep(String text, LocalDate due, boolean overdue) {

    /** The next step of a deal as read on {@code today}; null when the deal has none. */
    static NextStep of(Opportunity deal, LocalDate today) {
        if (deal.getNextStep() == null) {
            return null;
        }
        LocalDate due = deal.getNextStepDue();
        return new NextStep(deal.getNextStep(), due, due != null && due.isBefore(today));
    }
}
