package io.salesbot.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a deal list. */
public record DealSummary(
        int number,
        String name,
        String customer,
        StageView stage,
        BigDecimal estimatedRevenue,
        int probability,
        LocalDate closeDate,
        String ownerName) {}
