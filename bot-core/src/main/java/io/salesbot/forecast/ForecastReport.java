package io.salesbot.forecast;

import io.salesbot.chart.ChartKind;
import io.salesbot.opportunity.ForecastCategory;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Code;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Percent;
import io.salesbot.reply.Period;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Actor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * A forecast as people read it: per period (and group), open unweighted and weighted and won,
 * with totals and a chart. Shared by {@code /forecast} and the digest.
 */
@Component
public class ForecastReport {

    private final ForecastService forecasts;

    ForecastReport(ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    public BotReply.Many answer(Actor actor, ForecastQuery query, String currency) {
        Forecast forecast = forecasts.forecast(actor, query);
        boolean grouped = query.groupBy() != GroupBy.NONE;
        Message title = title(forecast);
        if (forecast.rows().stream().allMatch(row -> row.openDeals() == 0 && row.wonDeals() == 0)) {
            // Nothing to tabulate or draw: say so, with the title saying what was asked.
            List<BotReply> parts = new ArrayList<>();
            parts.add(new BotReply.Text(Message.of("reply.forecast.empty", title), Visibility.CHANNEL));
            overdue(forecast, currency).ifPresent(note -> parts.add(new BotReply.Text(note, Visibility.CHANNEL)));
            undated(forecast, currency).ifPresent(note -> parts.add(new BotReply.Text(note, Visibility.CHANNEL)));
            return new BotReply.Many(parts, Visibility.CHANNEL);
        }
        if (query.groupBy() == GroupBy.CATEGORY) {
            return ForecastCategoryTable.answer(forecast, title, currency);
        }
        boolean withQuota = query.groupBy() == GroupBy.NONE || query.groupBy() == GroupBy.REP;
        List<List<Object>> rows = forecast.rows().stream()
                .map(row -> row(row, query.groupBy(), currency, withQuota))
                .toList();
        List<Message> headers = new ArrayList<>(List.of(Message.of("column.period")));
        if (grouped) {
            headers.add(Message.of("column.group." + query.groupBy().name().toLowerCase(Locale.ROOT)));
        }
        headers.addAll(List.of(
                Message.of("column.openUnweighted"),
                Message.of("column.openWeighted"),
                Message.of("column.won"),
                Message.of("column.commit"),
                Message.of("column.bestCase")));
        if (withQuota) {
            headers.addAll(List.of(
                    Message.of("column.quota"),
                    Message.of("column.attainment"),
                    Message.of("column.gap"),
                    Message.of("column.coverage")));
        }
        List<Message> footer = new ArrayList<>();
        footer.add(Message.of(
                "reply.forecast.total",
                new Money(forecast.totalUnweighted(), currency),
                new Money(forecast.totalWeighted(), currency),
                new Money(forecast.totalWon(), currency)));
        footer.add(Message.of("reply.forecast.categories"));
        if (withQuota && forecast.rows().stream().allMatch(row -> row.quota() == null)) {
            footer.add(Message.of("reply.forecast.noQuota"));
        }
        overdue(forecast, currency).ifPresent(footer::add);
        undated(forecast, currency).ifPresent(footer::add);
        BotReply.Table table = new BotReply.Table(title, headers, rows, footer, Visibility.CHANNEL);
        return new BotReply.Many(List.of(table, chart(forecast, title, query.groupBy(), currency)), Visibility.CHANNEL);
    }

    /** "Forecast 2026-Q4 – 2027-Q3" or "Forecast of Malee, 2026-12", then the filters in force. */
    private static Message title(Forecast forecast) {
        ForecastQuery query = forecast.query();
        Period first = Period.ofLabel(query.granularity().label(query.from()));
        Period last = Period.ofLabel(query.granularity().label(query.to()));
        String owner = forecast.filters().ownerName();
        Message base;
        if (first.equals(last)) {
            base = owner == null
                    ? Message.of("reply.forecast.title.period", first)
                    : Message.of("reply.forecast.title.period.of", first, owner);
        } else {
            base = owner == null
                    ? Message.of("reply.forecast.title", first, last)
                    : Message.of("reply.forecast.title.of", first, last, owner);
        }
        return ReportTitles.withFilters(base, forecast.filters(), query.groupBy());
    }

    /** Open deals without a close date, which no period counts, and how to give them one. */
    static Optional<Message> undated(Forecast forecast, String currency) {
        Forecast.Undated undated = forecast.undated();
        return undated.deals() == 0
                ? Optional.empty()
                : Optional.of(Message.of(
                        "reply.forecast.undated", undated.deals(), new Money(undated.unweighted(), currency), (long)
                                undated.example()));
    }

    /**
     * Where the open deals whose close date has passed are: counted in the current period when
     * the forecast shows it, otherwise said to be there, so no amount drops out silently.
     */
    static Optional<Message> overdue(Forecast forecast, String currency) {
        Forecast.Overdue overdue = forecast.overdue();
        if (overdue.deals() == 0 || forecast.rows().isEmpty()) {
            return Optional.empty();
        }
        if (forecast.showsCurrentPeriod()) {
            return Optional.of(Message.of(
                    "reply.forecast.overdue.included",
                    overdue.deals(),
                    new Money(overdue.unweighted(), currency),
                    Period.ofLabel(forecast.currentPeriod())));
        }
        String last = forecast.rows().get(forecast.rows().size() - 1).period();
        if (last.compareTo(forecast.currentPeriod()) < 0) {
            return Optional.of(Message.of(
                    "reply.forecast.overdue.elsewhere",
                    overdue.deals(),
                    new Money(overdue.unweighted(), currency),
                    Period.ofLabel(forecast.currentPeriod())));
        }
        return Optional.empty();
    }

    private static List<Object> row(ForecastRow row, GroupBy by, String currency, boolean withQuota) {
        List<Object> cells = new ArrayList<>(List.of(Period.ofLabel(row.period())));
        if (by != GroupBy.NONE) {
            cells.add(group(row, by));
        }
        cells.addAll(Arrays.asList(
                new Money(row.openUnweighted(), currency),
                new Money(row.openWeighted(), currency),
                new Money(row.closedWon(), currency),
                new Money(row.commit(), currency),
                new Money(row.bestCase(), currency)));
        if (withQuota) {
            cells.addAll(quotaCells(row.figures(), currency));
        }
        return cells;
    }

    /**
     * Quota, attainment, gap and coverage as people read them; without a quota the quota cell says
     * so and the others are a dash, never 0 %. A met quota has no coverage to speak of.
     */
    public static List<Object> quotaCells(PeriodForecast figures, String currency) {
        if (figures.quota().isEmpty()) {
            return Arrays.asList(Message.of("reply.forecast.quota.none"), null, null, null);
        }
        return Arrays.asList(
                new Money(figures.quota().get(), currency),
                figures.attainment().map(ForecastReport::percent).orElse(null),
                new Money(figures.gap().orElseThrow(), currency),
                figures.coverage()
                        .<Object>map(
                                ratio -> Message.of("reply.forecast.coverage", ratio.setScale(1, RoundingMode.HALF_UP)))
                        .orElse(Message.of("reply.forecast.quota.met")));
    }

    /** 0.7512 as 75.1 %. */
    static Percent percent(BigDecimal fraction) {
        return new Percent(
                fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    /** A row's group as people read it: a type by its name in their language. */
    private static Object group(ForecastRow row, GroupBy by) {
        if (row.group() == null) {
            return Message.of("reply.forecast.noGroup");
        }
        return switch (by) {
            case TYPE -> new Code("type", row.group());
            case CATEGORY -> ForecastCategory.valueOf(row.group());
            default -> row.group();
        };
    }

    /**
     * Per period; broken down, per group over all the periods (a bar group per rep, type or
     * campaign, whose names then fit flat), since the table beside it has each period's split.
     */
    private static BotReply.Chart chart(Forecast forecast, Message title, GroupBy by, String currency) {
        List<ForecastRow> rows = by == GroupBy.NONE ? forecast.rows() : perGroup(forecast.rows());
        List<Object> categories = rows.stream()
                .<Object>map(row -> by == GroupBy.NONE ? Period.ofLabel(row.period()) : group(row, by))
                .toList();
        return new BotReply.Chart(
                title,
                ChartKind.GROUPED_BAR,
                categories,
                List.of(
                        new BotReply.Chart.Series(
                                Message.of("chart.series.openUnweighted"),
                                rows.stream().map(ForecastRow::openUnweighted).toList()),
                        new BotReply.Chart.Series(
                                Message.of("chart.series.openWeighted"),
                                rows.stream().map(ForecastRow::openWeighted).toList()),
                        new BotReply.Chart.Series(
                                Message.of("chart.series.won"),
                                rows.stream().map(ForecastRow::closedWon).toList())),
                currency,
                Visibility.CHANNEL);
    }

    /** One row per group with its sums over every period, groups by name and "(none)" last. */
    private static List<ForecastRow> perGroup(List<ForecastRow> rows) {
        Map<String, ForecastRow> sums = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (ForecastRow row : rows) {
            sums.merge(row.group(), row, ForecastRow::plus);
        }
        return new ArrayList<>(sums.values());
    }
}
