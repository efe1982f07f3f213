package io.salesbot.forecast;

import io.salesbot.opportunity.StageKind;
import java.math.BigDecimal;

/** A deal that closed, won or lost, for the digest's "since last time". */
public record ClosedDeal(
        int number, String name, StageKind kind, BigDecimal amount, String ownerName, String lostReason) {}
