package io.salesbot.call;

import io.salesbot.forecast.PeriodForecast;
import java.math.BigDecimal;

/**
 * What a rep's deals say for a period, as {@code /forecast} counts them: won (Closed), Commit,
 * Best case (Commit included) and Pipeline (every open deal in the forecast, Best case included).
 */
public record DealFigures(BigDecimal won, BigDecimal commit, BigDecimal best, BigDecimal pipeline) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    public static final DealFigures NONE = new DealFigures(ZERO, ZERO, ZERO, ZERO);

    static DealFigures of(PeriodForecast forecast) {
        return new DealFigures(
                forecast.closedWon().setScale(2),
                forecast.commit().setScale(2),
                forecast.bestCase().setScale(2),
                forecast.pipeline().setScale(2));
    }
}
