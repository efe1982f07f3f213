package io.salesbot.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a deal list. {@code currency} is the workspace's, so the amount reads as money; null
 * where it is not known, and the amount then reads as a number. {@code nextStep} is null when none
 * is planned.
 */
public record DealSummary(
        int number,
        String name,
        String customer,
        StageView stage,
        BigDecimal estimatedRevenue,
        int probability,
        LocalDate closeDate,
        String ownerName,
        String currency,
        NextStep nextStep) {

    public DealSummary(
            int number,
            String name,
            String customer,
            StageView stage,
            BigDecimal estimatedRevenue,
            int probability,
            LocalDate closeDate,
            String ownerName,
            String currency) {
        this(number, name, customer, stage, estimatedRevenue, probability, closeDate, ownerName, currency, null);
    }

    public DealSummary(
            int number,
            String name,
            String customer,
            StageView stage,
            BigDecimal estimatedRevenue,
            int probability,
            LocalDate closeDate,
            String ownerName) {
        this(number, name, customer, stage, estimatedRevenue, probability, closeDate, ownerName, null);
    }
}
