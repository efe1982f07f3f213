package io.salesbot.forecast;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A quota as set: for a rep ({@code memberId}, {@code memberName}) or for the team (both null),
 * for a period ({@code 2026-Q4}), and who set it last and when.
 */
public record QuotaView(
        Long memberId, String memberName, String period, BigDecimal amount, String setBy, Instant setAt) {

    public boolean isTeam() {
        return memberId == null;
    }
}
