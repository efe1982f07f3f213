package io.salesbot.call;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One submitted call: who, for which period, the commit and best case they called, their note,
 * when, and what their deals said at that moment.
 */
public record ForecastCall(
        long memberId,
        String userId,
        String name,
        CallPeriod period,
        BigDecimal commit,
        BigDecimal best,
        String note,
        Instant submittedAt,
        DealFigures dealsThen) {}
