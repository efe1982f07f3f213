package io.salesbot.forecast;

/**
 * When an open deal goes stale, as SQL over a deal {@code o} and its stage {@code s}, so that the
 * pipeline's stale list and the stale-deal alerts judge it by one rule: in a stage with a
 * stuck-after limit ({@code /salesbot stages limit}) a deal idles from the moment it entered the
 * stage (its creation for a row written by hand without it) and may stay the limit; in any other
 * stage it idles from its last change and may stay {@code :days}.
 */
public final class Staleness {

    /** The moment the deal started to idle. */
    public static final String IDLE_SINCE =
            "CASE WHEN s.stuck_after_days IS NULL THEN o.updated_at ELSE COALESCE(o.stage_entered_at, o.created_at) END";

    /** How many days it may idle; the plain rule's days are the parameter {@code :days}. */
    public static final String ALLOWED_DAYS = "COALESCE(s.stuck_after_days, :days)";

    /** The moment it goes stale. */
    public static final String STALE_AT = "TIMESTAMPADD(DAY, " + ALLOWED_DAYS + ", " + IDLE_SINCE + ")";

    private Staleness() {}
}
