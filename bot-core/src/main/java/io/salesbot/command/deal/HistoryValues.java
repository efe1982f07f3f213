package io.salesbot.command.deal;

import io.salesbot.opportunity.ChangeField;
import io.salesbot.opportunity.ChangeView;
import io.salesbot.opportunity.ForecastCategory;
import io.salesbot.opportunity.StageView;
import io.salesbot.reply.Code;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a history entry as people read them. History stores plain text ({@code 1200000.00},
 * {@code existing_customer}, {@code 2026-12-31}, an English stage name) so it never depends on who
 * reads it; here each kind of change gets the value the {@code Localizer} writes for the reader
 * like anywhere else: money with its currency, a percentage, a date in the reader's calendar (the
 * Buddhist era for Thai), a type or source by its translated name, a stage by its name in the
 * reader's language. A value that does not read as its kind (written by an older version, say)
 * is shown as stored rather than hidden.
 */
final class HistoryValues {

    // As Opportunity writes a line's label: "1. ERP licence × 2 @ 600000.00".
    private static final Pattern LINE = Pattern.compile("^(\\d+)\\. (.*) × (\\S+) @ (\\S+)$");

    private final String currency;
    private final List<StageView> stages;

    HistoryValues(String currency, List<StageView> stages) {
        this.currency = currency;
        this.stages = stages;
    }

    /** What changed, from what to what, as one message of the reader's language. */
    Message describe(ChangeView change) {
        return Message.of(
                "change." + change.field().name().toLowerCase(Locale.ROOT),
                value(change.field(), change.from()),
                value(change.field(), change.to()));
    }

    Object value(ChangeField field, String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            return switch (field) {
                case AMOUNT -> Money.of(new BigDecimal(stored), currency);
                case PROBABILITY -> Percent.of(Integer.parseInt(stored));
                case CLOSE_DATE, CLOSED_ON, NEXT_STEP_DUE, SNOOZED -> LocalDate.parse(stored);
                case CATEGORY -> ForecastCategory.valueOf(stored);
                case TYPE -> new Code("type", stored);
                case LEAD_SOURCE -> new Code("source", stored);
                case CREATED, STAGE, REOPENED -> stage(stored);
                case LINE_ADDED, LINE_REMOVED -> line(stored);
                default -> stored;
            };
        } catch (RuntimeException notOfItsKind) {
            return stored;
        }
    }

    private Object stage(String name) {
        return stages.stream()
                .filter(stage -> stage.name().equalsIgnoreCase(name))
                .findFirst()
                .<Object>map(stage -> stage)
                .orElse(name);
    }

    private Object line(String label) {
        Matcher line = LINE.matcher(label);
        if (!line.matches()) {
            return label;
        }
        return Message.of(
                "change.line",
                Integer.parseInt(line.group(1)),
                line.group(2),
                new BigDecimal(line.group(3)),
                Money.of(new BigDecimal(line.group(4)), currency));
    }
}
