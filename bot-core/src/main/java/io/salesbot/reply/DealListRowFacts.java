package io.salesbot.reply;

import io.salesbot.opportunity.DealSummary;
import io.salesbot.opportunity.NextStep;
import java.util.List;

/**
 * What a row of a deal list shows on every platform: the deal's number and name, then its {@link
 * Fact}s in the order of {@link #labels()}.
 */
public record DealListRowFacts(int number, String name, List<Fact> facts) {

    private static final List<Message> LABELS = List.of(
            Message.of("card.customer"),
            Message.of("card.stage"),
            Message.of("card.amount"),
            Message.of("card.probability"),
            Message.of("card.close"),
            Message.of("card.owner"),
            Message.of("card.nextStep"));

    public static DealListRowFacts of(DealSummary deal) {
        return new DealListRowFacts(
                deal.number(),
                deal.name(),
                List.of(
                        Fact.of("card.customer", deal.customer()),
                        Fact.of("card.stage", deal.stage()),
                        Fact.of("card.amount", amount(deal)),
                        Fact.of("card.probability", Percent.of(deal.probability())),
                        Fact.of("card.close", deal.closeDate()),
                        Fact.of("card.owner", deal.ownerName()),
                        Fact.of("card.nextStep", nextStep(deal.nextStep()), "card.nextStep.inline")));
    }

    /** The amount as money in the workspace's currency; a number where the summary has no currency. */
    private static Object amount(DealSummary deal) {
        if (deal.estimatedRevenue() == null || deal.currency() == null) {
            return deal.estimatedRevenue();
        }
        return Money.of(deal.estimatedRevenue(), deal.currency());
    }

    /** The next step with its day, as one value; null when none is planned. */
    private static Object nextStep(NextStep next) {
        if (next == null) {
            return null;
        }
        Message due = DealCardField.nextStepDue(next);
        return due == null ? next.text() : Message.of("card.nextStep.withDue", next.text(), due);
    }

    /** The labels of every row's facts, in order: the headers of a table of rows. */
    public static List<Message> labels() {
        return LABELS;
    }
}
