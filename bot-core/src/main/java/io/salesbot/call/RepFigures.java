package io.salesbot.call;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each rep's won and open amounts for a period, read from the monthly roll-up (V5) exactly as
 * {@code /forecast} counts them: won by close date in the period; open when due in it, and while
 * the period is under way every overdue deal too (it is still to be closed), none once it is over.
 */
@Component
class RepFigures {

    // MariaDB's earliest DATE: "from the beginning" for an inclusive range.
    private static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);

    private static final String SQL = """
            SELECT t.owner_id,
                   SUM(IF(t.stage_kind = 'WON' AND t.close_month BETWEEN :from AND :to, t.estimated, 0)) AS won,
                   SUM(IF(t.stage_kind = 'OPEN' AND t.close_month BETWEEN :openFrom AND :openTo, t.estimated, 0)) AS open
            FROM monthly_deal_total t
            WHERE t.workspace_id = :ws AND t.stage_kind IN ('WON', 'OPEN')%s
            GROUP BY t.owner_id""";

    private final NamedParameterJdbcTemplate jdbc;

    RepFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rep with deals counted in the period, by member id; {@code memberId} null for all. */
    Map<Long, DealFigures> of(long workspaceId, CallPeriod period, Long memberId, LocalDate today) {
        LocalDate thisMonth = today.withDayOfMonth(1);
        MapSqlParameterSource params = new MapSqlParameterSource("ws", workspaceId)
                .addValue("from", Date.valueOf(period.start()))
                .addValue("to", Date.valueOf(period.end()))
                .addValue("openFrom", Date.valueOf(thisMonth.isBefore(period.start()) ? period.start() : EARLIEST))
                .addValue(
                        "openTo", Date.valueOf(thisMonth.isAfter(period.end()) ? EARLIEST.minusDays(1) : period.end()));
        if (memberId != null) {
            params.addValue("member", memberId);
        }
        Map<Long, DealFigures> figures = new HashMap<>();
        jdbc.query(SQL.formatted(memberId == null ? "" : " AND t.owner_id = :member"), params, rs -> {
            figures.put(
                    rs.getLong(1),
                    new DealFigures(money(rs.getBigDecimal(2)), money(rs.getBigDecimal(3)), null, null, null));
        });
        return figures;
    }

    DealFigures of(long workspaceId, CallPeriod period, long memberId, LocalDate today) {
        return of(workspaceId, period, Long.valueOf(memberId), today).getOrDefault(memberId, DealFigures.NONE);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2);
    }
}
