package io.salesbot.campaign;

import io.salesbot.workspace.Actor;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The campaign report: what each campaign brought, as one aggregate per workspace. */
@Service
public class CampaignReportService {

    // Deals are aggregated per campaign id on the covering index first; campaigns are joined after.
    private static final String REPORT = """
            SELECT c.name, c.cost, COALESCE(a.deals, 0), COALESCE(a.won, 0), COALESCE(a.lost, 0),
                   COALESCE(a.won_revenue, 0), COALESCE(a.open_pipeline, 0)
            FROM campaign c
            LEFT JOIN (SELECT o.campaign_id, COUNT(*) AS deals, SUM(o.stage_kind = 'WON') AS won,
                              SUM(o.stage_kind = 'LOST') AS lost,
                              SUM(CASE WHEN o.stage_kind = 'WON' THEN o.estimated_revenue ELSE 0 END) AS won_revenue,
                              SUM(CASE WHEN o.stage_kind = 'OPEN' THEN o.estimated_revenue ELSE 0 END) AS open_pipeline
                       FROM opportunity o
                       WHERE o.workspace_id = :ws AND o.campaign_id IS NOT NULL
                       GROUP BY o.campaign_id) a ON a.campaign_id = c.id
            WHERE c.workspace_id = :ws %s
            ORDER BY c.name""";

    private final NamedParameterJdbcTemplate jdbc;
    private final CampaignService campaigns;

    CampaignReportService(NamedParameterJdbcTemplate jdbc, CampaignService campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    /** Every campaign of the workspace, or only the one named (which must exist). */
    @Transactional(readOnly = true)
    public List<CampaignResult> report(Actor actor, String campaign) {
        MapSqlParameterSource params = new MapSqlParameterSource("ws", actor.workspaceId());
        String filter = "";
        if (campaign != null) {
            params.addValue("id", campaigns.find(actor, campaign).id());
            filter = "AND c.id = :id";
        }
        return jdbc.query(
                REPORT.formatted(filter),
                params,
                (rs, i) -> new CampaignResult(
                        rs.getString(1),
                        rs.getBigDecimal(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getBigDecimal(6).setScale(2),
                        rs.getBigDecimal(7).setScale(2)));
    }
}
