package io.salesbot.forecast;

/**
 * Why a deal's contribution to a period's open forecast changed between two moments: each
 * changed deal is in exactly one, decided by its state at the two moments. In both: its amount
 * went up or down. In at the end only: new (created since), reassigned to the rep (a rep's
 * forecast, owner changed), put back into the forecast (out of the Omitted category), or pulled in
 * (its date moved into the period, or it was reopened), at its amount then. In at the start only:
 * won, lost, reassigned away, left out (put in the Omitted category) or pushed out (its date moved
 * out of the period), at its amount before.
 */
public enum ForecastMove {
    NEW(1),
    PULLED_IN(1),
    REASSIGNED_IN(1),
    INCLUDED(1),
    AMOUNT_UP(1),
    AMOUNT_DOWN(-1),
    PUSHED_OUT(-1),
    REASSIGNED_OUT(-1),
    OMITTED(-1),
    LOST(-1),
    WON(-1);

    private final int sign;

    ForecastMove(int sign) {
        this.sign = sign;
    }

    /** +1 for the moves that add to the forecast, -1 for the ones that take from it. */
    public int sign() {
        return sign;
    }

    /** The key of its label in the bundles: {@code forecast.move.pulled-in}. */
    public String key() {
        return "forecast.move." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The move of a deal in ({@code inBefore}, {@code inAfter}) the forecast; null when it did not move it. */
    static ForecastMove classify(
            boolean inBefore,
            boolean inAfter,
            DealMoment before,
            DealMoment after,
            boolean createdSince,
            boolean byOwner) {
        if (inBefore && inAfter) {
            int compared = after.amount().compareTo(before.amount());
            return compared > 0 ? AMOUNT_UP : compared < 0 ? AMOUNT_DOWN : null;
        }
        if (inAfter) {
            if (createdSince) {
                return NEW;
            }
            if (before.omitted() && isOpenAndSame(before, after)) {
                return INCLUDED;
            }
            return byOwner && before.ownerId() != after.ownerId() && isOpenAndSame(before, after)
                    ? REASSIGNED_IN
                    : PULLED_IN;
        }
        if (inBefore) {
            return switch (after.kind()) {
                case WON -> WON;
                case LOST -> LOST;
                case OPEN ->
                    after.omitted() && isOpenAndSame(before, after)
                            ? OMITTED
                            : byOwner && before.ownerId() != after.ownerId() && isOpenAndSame(before, after)
                                    ? REASSIGNED_OUT
                                    : PUSHED_OUT;
            };
        }
        return null;
    }

    // Reassigned means the owner is all that changed of what the forecast reads (else the date did it).
    private static boolean isOpenAndSame(DealMoment before, DealMoment after) {
        return before.kind() == after.kind() && java.util.Objects.equals(before.closeDate(), after.closeDate());
    }
}
