package io.salesbot.command;

import io.salesbot.opportunity.DealView;
import io.salesbot.reply.Message;
import java.time.LocalDate;

/**
 * The warning a reply carries when a close date typed for an open deal (new, edited, converted from
 * a lead, given back by a reopening) has already passed: accepted, since people record deals late,
 * but said, since the deal counts as slipping from that moment. It names the command that moves it.
 */
public final class CloseDateNotice {

    private CloseDateNotice() {}

    /** {@code headline}, followed by the warning when the deal is open and its close date is before today. */
    public static Message warnIfPast(CommandContext context, Message headline, DealView deal) {
        LocalDate close = deal.progress().closeDate();
        if (deal.isClosed()
                || close == null
                || !close.isBefore(context.calendar().today())) {
            return headline;
        }
        return Message.of(
                "reply.deal.withNotice", headline, Message.of("reply.deal.closeDatePast", deal.number(), close));
    }
}
