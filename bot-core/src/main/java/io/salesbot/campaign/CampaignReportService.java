package io.salesbot.campaign;

import io.salesbot.workspace.Actor;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** The campaign report: what each campaign brought, as one aggregate per workspace. */
@Service
public class CampaignReportService {

    // Deals are aggregated per campaign id on the covering index first; campaigns are joined after.
    // Counts and sums per campaign and stage kind are kept on write in campaign_deal_total
    // (V5__deal_totals.sql): the report reads a handful of rows per campaign, not its deals.
    private static final String REPORT = """
            SELECT c.name, c.cost, COALESCE(a.deals, 0), COALESCE(a.won, 0), COALESCE(a.lost, 0),
                   COALESCE(a.won_revenue, 0), COALESCE(a.open_pipeline, 0)
            FROM campaign c
            LEFT JOIN (SELECT t.campaign_id, SUM(t.deals) AS deals,
                              SUM(IF(t.stage_kind = 'WON', t.deals, 0)) AS won,
                              SUM(IF(t.stage_kind = 'LOST', t.deals, 0)) AS lost,
                              SUM(IF(t.stage_kind = 'WON', t.estimated, 0)) AS won_revenue,
                              SUM(IF(t.stage_kind = 'OPEN', t.estimated, 0)) AS open_pipeline
                       FROM campaign_deal_total t
                       WHERE t.workspace_id = :ws
                       GROUP BY t.campaign_id) a ON a.campaign_id = c.id
            WHERE c.workspace_id = :ws %s
            ORDER BY c.name""";

    private final NamedParameterJdbcTemplate jdbc;
    private final CampaignService campaigns;

    CampaignReportService(NamedParameterJdbcTemplate jdbc, CampaignService campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    /**
     * Every campaign of the workspace, or only the one named (which must exist). One statement: no
     * transaction of its own (see ForecastService.pipeline).
     */
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
