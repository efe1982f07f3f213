package io.salesbot.forecast;

import io.salesbot.chart.ChartKind;
import io.salesbot.opportunity.ForecastCategory;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Period;
import io.salesbot.reply.Visibility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /forecast by:category}: per period, each category's deals on their own (Closed, Commit,
 * Best case, Pipeline, and the Omitted ones the forecast leaves out), so a manager sees what makes
 * up the cumulative columns of the plain forecast; a chart with a bar per category and period.
 */
final class ForecastCategoryTable {

    /** The categories the chart draws: those the forecast counts. */
    private static final List<ForecastCategory> COUNTED = List.of(
            ForecastCategory.CLOSED, ForecastCategory.COMMIT, ForecastCategory.BEST_CASE, ForecastCategory.PIPELINE);

    private ForecastCategoryTable() {}

    static BotReply.Many answer(Forecast forecast, Message title, String currency) {
        List<List<Object>> rows = new ArrayList<>();
        BigDecimal counted = BigDecimal.ZERO.setScale(2);
        BigDecimal omitted = BigDecimal.ZERO.setScale(2);
        for (ForecastRow row : forecast.rows()) {
            ForecastCategory category = ForecastCategory.valueOf(row.group());
            BigDecimal amount = amount(row);
            rows.add(Arrays.asList(
                    Period.ofLabel(row.period()),
                    category,
                    row.openDeals() + row.wonDeals(),
                    new Money(amount, currency),
                    new Money(category == ForecastCategory.CLOSED ? amount : row.openWeighted(), currency)));
            if (category == ForecastCategory.OMITTED) {
                omitted = omitted.add(amount);
            } else {
                counted = counted.add(amount);
            }
        }
        List<Message> footer = new ArrayList<>();
        footer.add(
                Message.of("reply.forecast.categoryTotal", new Money(counted, currency), new Money(omitted, currency)));
        ForecastReport.overdue(forecast, currency).ifPresent(footer::add);
        ForecastReport.undated(forecast, currency).ifPresent(footer::add);
        BotReply.Table table = new BotReply.Table(
                title,
                List.of(
                        Message.of("column.period"),
                        Message.of("column.group.category"),
                        Message.of("column.deals"),
                        Message.of("column.amount"),
                        Message.of("column.openWeighted")),
                rows,
                footer,
                Visibility.CHANNEL);
        return new BotReply.Many(List.of(table, chart(forecast, title, currency)), Visibility.CHANNEL);
    }

    private static BigDecimal amount(ForecastRow row) {
        return row.openUnweighted().add(row.closedWon());
    }

    private static BotReply.Chart chart(Forecast forecast, Message title, String currency) {
        Set<String> periods = new LinkedHashSet<>();
        forecast.rows().forEach(row -> periods.add(row.period()));
        List<BotReply.Chart.Series> series = new ArrayList<>();
        for (ForecastCategory category : COUNTED) {
            List<BigDecimal> values = periods.stream()
                    .map(period -> forecast.rows().stream()
                            .filter(row -> row.period().equals(period)
                                    && category.name().equals(row.group()))
                            .map(ForecastCategoryTable::amount)
                            .findFirst()
                            .orElse(BigDecimal.ZERO.setScale(2)))
                    .toList();
            series.add(new BotReply.Chart.Series(Message.of(category.messageKey()), values));
        }
        return new BotReply.Chart(
                title,
                ChartKind.GROUPED_BAR,
                periods.stream().<Object>map(Period::ofLabel).toList(),
                series,
                currency,
                Visibility.CHANNEL);
    }
}
