package io.salesbot.opportunity;

import java.time.LocalDate;

/**
 * Which deals to list. Null fields do not filter. {@code owner} is a platform user id or display
 * name; stage, type and campaign are names as people type them; the closing period is inclusive.
 */
public record DealFilter(
        String owner,
        String stage,
        String type,
        String campaign,
        LocalDate closingFrom,
        LocalDate closingTo,
        boolean openOnly) {

    public static DealFilter all() {
        return new DealFilter(null, null, null, null, null, null, false);
    }

    public DealFilter ownedBy(String member) {
        return new DealFilter(member, stage, type, campaign, closingFrom, closingTo, openOnly);
    }

    public DealFilter inStage(String stageName) {
        return new DealFilter(owner, stageName, type, campaign, closingFrom, closingTo, openOnly);
    }

    public DealFilter closingBetween(LocalDate from, LocalDate to) {
        return new DealFilter(owner, stage, type, campaign, from, to, openOnly);
    }

    public DealFilter onlyOpen() {
        return new DealFilter(owner, stage, type, campaign, closingFrom, closingTo, true);
    }
}
