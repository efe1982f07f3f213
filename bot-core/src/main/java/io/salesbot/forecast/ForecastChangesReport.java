package io.salesbot.forecast;

import io.salesbot.chart.ChartKind;
import io.salesbot.forecast.ForecastChanges.Bar;
import io.salesbot.forecast.ForecastChanges.DealChange;
import io.salesbot.forecast.ForecastChanges.SlipRate;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Percent;
import io.salesbot.reply.Period;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Actor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /forecast changes} as people read it: a table from the figure then to the figure now,
 * one row per kind of move with its deals (largest first, the first few named), a waterfall
 * chart of the same bars, and the slip rate of the period's deals.
 */
@Component
public class ForecastChangesReport {

    /** How many deals each bar names; the rest are counted ("and 4 more"). */
    static final int NAMED_PER_BAR = 5;

    private final ForecastChangeService changes;

    ForecastChangesReport(ForecastChangeService changes) {
        this.changes = changes;
    }

    /** The waterfall; with {@code perRep}, the slip rate of each rep as a table of its own. */
    public BotReply.Many answer(Actor actor, ForecastQuery query, Instant since, ZoneId zone, boolean perRep) {
        ForecastChanges moved = changes.changes(actor, query, since);
        String currency = moved.currency();
        LocalDate sinceDay = LocalDate.ofInstant(moved.since(), zone);
        Message title = title(moved, sinceDay);
        List<BotReply> parts = new ArrayList<>();
        if (moved.isUnchanged()) {
            parts.add(new BotReply.Text(
                    Message.of("reply.changes.none", title, new Money(moved.end(), currency)), Visibility.CHANNEL));
        } else {
            parts.add(table(moved, title, sinceDay, currency));
            parts.add(chart(moved, title, currency));
        }
        if (perRep && !moved.slipRates().isEmpty()) {
            parts.add(slipTable(moved));
        }
        return new BotReply.Many(parts, Visibility.CHANNEL);
    }

    private static Message title(ForecastChanges moved, LocalDate sinceDay) {
        Period period = Period.ofLabel(moved.period());
        String owner = moved.filters().ownerName();
        return owner == null
                ? Message.of("reply.changes.title", period, sinceDay)
                : Message.of("reply.changes.title.of", period, sinceDay, owner);
    }

    private static BotReply.Table table(ForecastChanges moved, Message title, LocalDate sinceDay, String currency) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(Message.of("forecast.move.start", sinceDay), null, new Money(moved.start(), currency)));
        for (Bar bar : moved.bars()) {
            rows.add(Arrays.asList(
                    // The label says which way ("− Pushed out"); the amount is how much.
                    Message.of(bar.move().key()), (long) bar.deals().size(), new Money(bar.total(), currency)));
        }
        rows.add(Arrays.asList(Message.of("forecast.move.end"), null, new Money(moved.end(), currency)));
        List<Message> footer = new ArrayList<>();
        for (Bar bar : moved.bars()) {
            footer.add(dealsOf(bar, currency));
        }
        slipLine(moved).ifPresent(footer::add);
        return new BotReply.Table(
                title,
                List.of(Message.of("column.move"), Message.of("column.deals"), Message.of("column.amountChange")),
                rows,
                footer,
                Visibility.CHANNEL);
    }

    /** "Pushed out: #12 ERP Globex ฿960,000, #4 POS pilot ฿555,000 and 3 more". */
    private static Message dealsOf(Bar bar, String currency) {
        List<Object> named = new ArrayList<>();
        for (DealChange deal :
                bar.deals().subList(0, Math.min(NAMED_PER_BAR, bar.deals().size()))) {
            named.add(Message.of(
                    "reply.changes.deal", (long) deal.number(), deal.name(), new Money(deal.amount(), currency)));
        }
        Message list = Message.of("reply.changes.list." + named.size(), named.toArray());
        int more = bar.deals().size() - named.size();
        return more > 0
                ? Message.of("reply.changes.deals.more", Message.of(bar.move().key()), list, (long) more)
                : Message.of("reply.changes.deals", Message.of(bar.move().key()), list);
    }

    /** The share of the period's deals (of the team, or of the rep asked about) pushed out at least once. */
    private static java.util.Optional<Message> slipLine(ForecastChanges moved) {
        long deals = moved.slipRates().stream().mapToLong(SlipRate::deals).sum();
        long slipped = moved.slipRates().stream().mapToLong(SlipRate::slipped).sum();
        if (deals == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Message.of(
                "reply.changes.slipRate", Period.ofLabel(moved.period()), slipped, deals, percent(slipped, deals)));
    }

    private static BotReply.Table slipTable(ForecastChanges moved) {
        List<List<Object>> rows = moved.slipRates().stream()
                .map(rate -> Arrays.<Object>asList(
                        rate.ownerName(), rate.deals(), rate.slipped(), percent(rate.slipped(), rate.deals())))
                .toList();
        return new BotReply.Table(
                Message.of("reply.changes.slipRate.title", Period.ofLabel(moved.period())),
                List.of(
                        Message.of("column.rep"),
                        Message.of("column.deals"),
                        Message.of("column.slipped"),
                        Message.of("column.slipRate")),
                rows,
                List.of(),
                Visibility.CHANNEL);
    }

    private static Percent percent(long part, long whole) {
        return new Percent(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP));
    }

    /** The waterfall: the figure then, each move floating from where the one before left it, the figure now. */
    private static BotReply.Chart chart(ForecastChanges moved, Message title, String currency) {
        List<Object> categories = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        categories.add(Message.of("chart.move.start"));
        values.add(moved.start());
        for (Bar bar : moved.bars()) {
            categories.add(Message.of(bar.move().key()));
            values.add(bar.signed());
        }
        categories.add(Message.of("chart.move.end"));
        values.add(moved.end());
        return new BotReply.Chart(
                title,
                ChartKind.WATERFALL,
                categories,
                List.of(new BotReply.Chart.Series(Message.of("chart.series.openUnweighted"), values)),
                currency,
                Visibility.CHANNEL);
    }
}
