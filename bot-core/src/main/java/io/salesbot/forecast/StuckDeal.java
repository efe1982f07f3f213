package io.salesbot.forecast;

/** An open deal that has stayed in its stage longer than the stage's limit. */
public record StuckDeal(
        int number, String name, String ownerName, String stage, String thaiStage, long daysInStage, int limitDays) {}
