package io.salesbot.forecast;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roll-ups the manager questions read (open_deal_total, monthly_deal_total,
 * campaign_deal_total, kept by triggers, see V5__deal_totals.sql; forecast_deal_total, see
 * V8__forecast_categories_and_quotas.sql; deal_stage_time, see V16__deal_stage_time.sql, against
 * the deals' history) checked against the plain
 * aggregate of the deals they summarise. Each check adds the roll-up and subtracts the aggregate
 * per key; any key that does not come to zero is a difference.
 */
@Component
public class DealTotals {

    private static final String OPEN = """
            SELECT CONCAT('open stage ', stage_id, ' owner ', owner_id), SUM(deals), SUM(estimated), SUM(expected)
            FROM (SELECT stage_id, owner_id, deals, estimated, expected
                  FROM open_deal_total WHERE workspace_id = :ws
                  UNION ALL
                  SELECT stage_id, owner_id, -COUNT(*), -SUM(estimated_revenue),
                         -SUM(ROUND(estimated_revenue * probability / 100, 2))
                  FROM opportunity WHERE workspace_id = :ws AND stage_kind = 'OPEN'
                  GROUP BY stage_id, owner_id) d
            GROUP BY stage_id, owner_id
            HAVING SUM(deals) <> 0 OR SUM(estimated) <> 0 OR SUM(expected) <> 0""";

    private static final String MONTHLY = """
            SELECT CONCAT('month ', close_month, ' ', stage_kind, ' owner ', owner_id),
                   SUM(deals), SUM(estimated), SUM(expected)
            FROM (SELECT close_month, stage_kind, owner_id, deals, estimated, expected
                  FROM monthly_deal_total WHERE workspace_id = :ws
                  UNION ALL
                  SELECT expected_close_date - INTERVAL (DAYOFMONTH(expected_close_date) - 1) DAY, stage_kind, owner_id,
                         -COUNT(*), -SUM(estimated_revenue), -SUM(ROUND(estimated_revenue * probability / 100, 2))
                  FROM opportunity WHERE workspace_id = :ws AND expected_close_date IS NOT NULL
                  GROUP BY 1, stage_kind, owner_id) d
            GROUP BY close_month, stage_kind, owner_id
            HAVING SUM(deals) <> 0 OR SUM(estimated) <> 0 OR SUM(expected) <> 0""";

    private static final String FORECAST = """
            SELECT CONCAT('forecast ', close_month, ' ', category, ' owner ', owner_id),
                   SUM(deals), SUM(estimated), SUM(expected)
            FROM (SELECT close_month, category, owner_id, deals, estimated, expected
                  FROM forecast_deal_total WHERE workspace_id = :ws
                  UNION ALL
                  SELECT expected_close_date - INTERVAL (DAYOFMONTH(expected_close_date) - 1) DAY,
                         IF(stage_kind = 'WON', 'CLOSED', forecast_category), owner_id,
                         -COUNT(*), -SUM(estimated_revenue), -SUM(ROUND(estimated_revenue * probability / 100, 2))
                  FROM opportunity WHERE workspace_id = :ws AND expected_close_date IS NOT NULL AND stage_kind <> 'LOST'
                  GROUP BY 1, 2, owner_id) d
            GROUP BY close_month, category, owner_id
            HAVING SUM(deals) <> 0 OR SUM(estimated) <> 0 OR SUM(expected) <> 0""";

    private static final String CAMPAIGN = """
            SELECT CONCAT('campaign ', campaign_id, ' ', stage_kind), SUM(deals), SUM(estimated), 0
            FROM (SELECT campaign_id, stage_kind, deals, estimated
                  FROM campaign_deal_total WHERE workspace_id = :ws
                  UNION ALL
                  SELECT campaign_id, stage_kind, -COUNT(*), -SUM(estimated_revenue)
                  FROM opportunity WHERE workspace_id = :ws AND campaign_id IS NOT NULL
                  GROUP BY campaign_id, stage_kind) d
            GROUP BY campaign_id, stage_kind
            HAVING SUM(deals) <> 0 OR SUM(estimated) <> 0""";

    // deal_stage_time (V16__deal_stage_time.sql) against the deals' history: each stage event's
    // stay ends at the deal's next one. Reported as stays, seconds and (1 or 0) a running stay.
    private static final String STAGE_TIME = """
            SELECT CONCAT('stage time deal ', opportunity_id, ' stage ', stage_id), SUM(stays), SUM(seconds), SUM(running)
            FROM (SELECT t.opportunity_id, t.stage_id, t.stays, t.seconds, t.entered_at IS NOT NULL AS running
                  FROM deal_stage_time t JOIN opportunity o ON o.id = t.opportunity_id WHERE o.workspace_id = :ws
                  UNION ALL
                  SELECT e.opportunity_id, s.id, -COUNT(e.left_at),
                         -COALESCE(SUM(TIMESTAMPDIFF(SECOND, e.entered, e.left_at)), 0), -SUM(e.left_at IS NULL)
                  FROM (SELECT c.opportunity_id, c.to_value, c.changed_at AS entered,
                               LEAD(c.changed_at) OVER (PARTITION BY c.opportunity_id ORDER BY c.changed_at, c.id)
                                   AS left_at
                        FROM opportunity_change c
                        WHERE c.workspace_id = :ws AND c.field IN ('CREATED', 'STAGE', 'REOPENED')) e
                  JOIN stage s ON s.workspace_id = :ws AND s.name = e.to_value
                  GROUP BY e.opportunity_id, s.id) d
            GROUP BY opportunity_id, stage_id
            HAVING SUM(stays) <> 0 OR SUM(seconds) <> 0 OR SUM(running) <> 0""";

    // ...and what each of its rows repeats of its deal, for the funnel's range scans.
    private static final String STAGE_TIME_DEAL = """
            SELECT CONCAT('stage time deal ', t.opportunity_id, ' stage ', t.stage_id,
                          ': owner, creation or close is not the deal''s')
            FROM deal_stage_time t JOIN opportunity o ON o.id = t.opportunity_id
            WHERE o.workspace_id = :ws
              AND NOT (t.workspace_id <=> o.workspace_id AND t.owner_id <=> o.owner_id
                       AND t.created_at <=> o.created_at AND t.closed_at <=> o.closed_at)""";

    private final NamedParameterJdbcTemplate jdbc;

    DealTotals(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every key where a roll-up and the deals disagree, as "key: deals ±n, estimated ±x, expected
     * ±y" (roll-up minus deals); empty when they agree.
     */
    @Transactional(readOnly = true)
    public List<String> differences(long workspaceId) {
        MapSqlParameterSource params = new MapSqlParameterSource("ws", workspaceId);
        List<String> differences = new ArrayList<>();
        for (String check : List.of(OPEN, MONTHLY, FORECAST, CAMPAIGN)) {
            differences.addAll(jdbc.query(
                    check,
                    params,
                    (rs, i) -> "%s: deals %+d, estimated %+.2f, expected %+.2f"
                            .formatted(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4))));
        }
        differences.addAll(jdbc.query(
                STAGE_TIME,
                params,
                (rs, i) -> "%s: stays %+d, seconds %+d, running %+d"
                        .formatted(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))));
        differences.addAll(jdbc.queryForList(STAGE_TIME_DEAL, params, String.class));
        return differences;
    }
}
