package io.salesbot.opportunity;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes new deals of a {@link DealBatch}, and their history, with JDBC batches in the caller's
 * transaction. The entity manager would write them one statement at a time (identity keys turn
 * off Hibernate's batching) and dirty-check every deal it manages at each flush, so a batch would
 * slow down as it grows. The deals were built, and checked, by the entity as any other deal is;
 * this only copies their fields to the columns JPA would write (DealCsvIntegrationTests compares
 * an imported deal with one made by {@code /opp new}, column by column).
 */
@Component
class DealRows {

    static final int CHUNK = 1_000;
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final JdbcTemplate jdbc;

    DealRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(List<Opportunity> deals) {
        for (int from = 0; from < deals.size(); from += CHUNK) {
            List<Opportunity> chunk = deals.subList(from, Math.min(deals.size(), from + CHUNK));
            insertDeals(chunk);
            insertHistory(chunk, ids(chunk));
        }
    }

    private void insertDeals(List<Opportunity> deals) {
        jdbc.batchUpdate("""
                INSERT INTO opportunity (workspace_id, number, name, customer, deal_type_id, stage_id, stage_kind,
                    probability, probability_explicit, estimated_revenue, amount_explicit, expected_close_date,
                    campaign_id, lead_id, lead_source_id, owner_id, lost_reason, description, version,
                    created_at, updated_at, closed_at, stage_entered_at, forecast_category, category_explicit)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", deals, deals.size(), (statement, deal) -> {
            if (!deal.getLines().isEmpty()) {
                throw new IllegalStateException("a batch writes deals without line items");
            }
            int i = 0;
            statement.setLong(++i, deal.getWorkspaceId());
            statement.setInt(++i, deal.getNumber());
            statement.setString(++i, deal.getName());
            statement.setString(++i, deal.getCustomer());
            statement.setLong(++i, deal.getType().getId());
            statement.setLong(++i, deal.getStage().getId());
            statement.setString(++i, deal.getStageKind().name());
            statement.setInt(++i, deal.getProbability());
            statement.setBoolean(++i, deal.isProbabilityExplicit());
            statement.setBigDecimal(++i, deal.getEstimatedRevenue());
            statement.setBoolean(++i, deal.isAmountExplicit());
            statement.setObject(
                    ++i, deal.getExpectedCloseDate() == null ? null : Date.valueOf(deal.getExpectedCloseDate()));
            statement.setObject(++i, deal.getCampaignId());
            statement.setObject(++i, deal.getLeadId());
            statement.setObject(++i, deal.getLeadSourceId());
            statement.setLong(++i, deal.getOwnerId());
            statement.setString(++i, deal.getLostReason());
            statement.setString(++i, deal.getDescription());
            statement.setInt(++i, deal.getVersion());
            setInstant(statement, ++i, deal.getCreatedAt());
            setInstant(statement, ++i, deal.getUpdatedAt());
            setInstant(statement, ++i, deal.getClosedAt());
            setInstant(statement, ++i, deal.getStageEnteredAt());
            statement.setString(++i, deal.getForecastCategory().name());
            statement.setBoolean(++i, deal.isCategoryExplicit());
        });
    }

    /** The ids the database gave the chunk's deals, by number (a batch's numbers are its own). */
    private Map<Integer, Long> ids(List<Opportunity> deals) {
        Map<Integer, Long> ids = new HashMap<>();
        jdbc.query(
                "SELECT number, id FROM opportunity WHERE workspace_id = ? AND number BETWEEN ? AND ?",
                rs -> {
                    ids.put(rs.getInt(1), rs.getLong(2));
                },
                deals.get(0).getWorkspaceId(),
                deals.get(0).getNumber(),
                deals.get(deals.size() - 1).getNumber());
        if (ids.size() != deals.size()) {
            throw new IllegalStateException("wrote " + deals.size() + " deals, found " + ids.size());
        }
        return ids;
    }

    private void insertHistory(List<Opportunity> deals, Map<Integer, Long> ids) {
        List<OpportunityChange> changes =
                deals.stream().flatMap(deal -> deal.getHistory().stream()).toList();
        jdbc.batchUpdate("""
                INSERT INTO opportunity_change (workspace_id, opportunity_id, field, from_value, to_value, member_id,
                    platform, changed_at, note, from_ref, to_ref)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", changes, changes.size(), (statement, change) -> {
            Opportunity deal = change.getOpportunity();
            int i = 0;
            statement.setLong(++i, deal.getWorkspaceId());
            statement.setLong(++i, ids.get(deal.getNumber()));
            statement.setString(++i, change.getField().name());
            statement.setString(++i, change.getFromValue());
            statement.setString(++i, change.getToValue());
            statement.setLong(++i, change.getMemberId());
            statement.setString(++i, change.getPlatform().name());
            setInstant(statement, ++i, change.getChangedAt());
            statement.setString(++i, change.getNote());
            statement.setObject(++i, change.getFromRef());
            statement.setObject(++i, change.getToRef());
        });
    }

    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            // The driver formats a null with a calendar as a date and fails: say NULL plainly.
            statement.setNull(index, Types.TIMESTAMP);
            return;
        }
        // As Hibernate writes an Instant (TIMESTAMP_UTC): the column holds UTC whatever the JVM's zone.
        statement.setTimestamp(index, Timestamp.from(instant), Calendar.getInstance(UTC));
    }
}
