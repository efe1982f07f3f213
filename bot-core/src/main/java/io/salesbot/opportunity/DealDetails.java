package io.salesbot.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fields a new deal starts with, already resolved to ids. Null means "not given": the amount
 * then follows the line items and the probability follows the stage.
 */
record DealDetails(
        String name,
        String customer,
        BigDecimal amount,
        Integer probability,
        LocalDate closeDate,
        Long campaignId,
        Long leadId,
        Long leadSourceId,
        String lostReason,
        String description) {}
