package io.salesbot.call;

import io.salesbot.forecast.ForecastService;
import io.salesbot.forecast.PeriodForecast;
import io.salesbot.workspace.Actor;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Each rep's figures for a period from the forecast ({@link ForecastService#periodForecast}), so a
 * call is set beside exactly what {@code /forecast} shows: won, Commit, Best case, Pipeline and quota.
 */
@Component
class RepFigures {

    /** A rep's deals for the period and their quota (null when they have none). */
    record RepForecast(DealFigures deals, BigDecimal quota) {

        static final RepForecast NONE = new RepForecast(DealFigures.NONE, null);
    }

    private final ForecastService forecasts;

    RepFigures(ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    DealFigures of(Actor actor, CallPeriod period, long memberId) {
        return DealFigures.of(forecasts.periodForecast(actor, memberId, period.shown()));
    }

    /** Every rep with deals counted in the period or a quota for it, by member id. */
    Map<Long, RepForecast> perRep(Actor actor, CallPeriod period) {
        Map<Long, RepForecast> found = new HashMap<>();
        for (Map.Entry<Long, PeriodForecast> rep :
                forecasts.periodForecastPerRep(actor, period.shown()).entrySet()) {
            found.put(
                    rep.getKey(),
                    new RepForecast(
                            DealFigures.of(rep.getValue()),
                            rep.getValue().quota().orElse(null)));
        }
        return found;
    }
}
