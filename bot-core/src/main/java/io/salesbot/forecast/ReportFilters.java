package io.salesbot.forecast;

/**
 * The filters of a report as resolved once: ids for the SQL, names for the title that says which
 * filters are in force. Every part of a report (rows, totals, lists, chart) reads the same ones.
 */
public record ReportFilters(
        Long ownerId, String ownerName, Long typeId, String typeCode, Long campaignId, String campaignName) {

    public static final ReportFilters NONE = new ReportFilters(null, null, null, null, null, null);

    public boolean isTeam() {
        return ownerId == null;
    }

    /** The conditions on {@code o} (an opportunity) these filters add, each starting with AND. */
    String sql() {
        StringBuilder where = new StringBuilder();
        if (ownerId != null) {
            where.append(" AND o.owner_id = :owner");
        }
        if (typeId != null) {
            where.append(" AND o.deal_type_id = :type");
        }
        if (campaignId != null) {
            where.append(" AND o.campaign_id = :campaign");
        }
        return where.toString();
    }

    void bind(org.springframework.jdbc.core.namedparam.MapSqlParameterSource params) {
        params.addValue("owner", ownerId).addValue("type", typeId).addValue("campaign", campaignId);
    }
}
