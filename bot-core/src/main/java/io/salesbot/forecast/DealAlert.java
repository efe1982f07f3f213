package io.salesbot.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An open deal that needs attention: its close date has passed, or nobody touched it for long. */
public record DealAlert(
        int number,
        String name,
        String ownerName,
        String ownerUserId,
        String stage,
        BigDecimal estimated,
        LocalDate closeDate,
        Instant lastActivity) {}
