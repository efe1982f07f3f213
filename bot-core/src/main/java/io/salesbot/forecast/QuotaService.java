package io.salesbot.forecast;

import io.salesbot.common.MoneyRules;
import io.salesbot.reply.Period;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.MemberView;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceService;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotas: what a rep, or the whole team, should win in a month, quarter or year. Managers and
 * admins set them; every member may read them (the looking rule: every member reads every report
 * of their workspace). {@link QuotaBook} holds the rule for a period without its own.
 */
@Service
public class QuotaService {

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkspaceService workspaces;
    private final Clock clock;

    QuotaService(NamedParameterJdbcTemplate jdbc, WorkspaceService workspaces, Clock clock) {
        this.jdbc = jdbc;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /**
     * Sets the quota of {@code member} (a mention or name; null for the team) for {@code period},
     * replacing the one it had. Managers and admins only.
     */
    @Transactional
    public QuotaView set(Actor actor, String member, Period period, BigDecimal amount) {
        actor.require(Role.MANAGER);
        MemberView target = member == null ? null : workspaces.member(actor, member);
        BigDecimal checked = MoneyRules.amount("amount", amount);
        jdbc.update(
                """
                INSERT INTO quota (workspace_id, member_id, period, amount, set_by, set_at)
                VALUES (:ws, :member, :period, :amount, :by, :at)
                ON DUPLICATE KEY UPDATE amount = VALUES(amount), set_by = VALUES(set_by), set_at = VALUES(set_at)""",
                new MapSqlParameterSource("ws", actor.workspaceId())
                        .addValue("member", target == null ? null : target.id())
                        .addValue("period", period.label())
                        .addValue("amount", checked)
                        .addValue("by", actor.memberId())
                        .addValue("at", Timestamp.from(clock.instant())));
        return list(actor, period).stream()
                .filter(quota -> target == null
                        ? quota.isTeam()
                        : Long.valueOf(target.id()).equals(quota.memberId()))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The quotas set for {@code period} (null: every period), the team's first and then the reps'
     * by name, each period in order. Only what was set: the rule for a period without its own is
     * {@link #book}'s.
     */
    @Transactional(readOnly = true)
    public List<QuotaView> list(Actor actor, Period period) {
        MapSqlParameterSource params = new MapSqlParameterSource("ws", actor.workspaceId());
        String where = "";
        if (period != null) {
            where = " AND q.period = :period";
            params.addValue("period", period.label());
        }
        return jdbc.query(
                """
                SELECT q.member_id, m.display_name, q.period, q.amount, b.display_name, q.set_at
                FROM quota q
                LEFT JOIN member m ON m.id = q.member_id
                JOIN member b ON b.id = q.set_by
                WHERE q.workspace_id = :ws%s
                ORDER BY q.period, q.member_id IS NOT NULL, m.display_name""".formatted(where),
                params,
                (rs, i) -> new QuotaView(
                        rs.getObject(1) == null ? null : rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4).setScale(2),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()));
    }

    /** Every quota of the workspace set in one of {@code years}, read once, to answer by the rule. */
    @Transactional(readOnly = true)
    public QuotaBook book(Actor actor, Collection<Integer> years) {
        QuotaBook book = new QuotaBook();
        if (years.isEmpty()) {
            return book;
        }
        jdbc.query(
                "SELECT target_key, period, amount FROM quota WHERE workspace_id = :ws AND LEFT(period, 4) IN (:years)",
                new MapSqlParameterSource("ws", actor.workspaceId())
                        .addValue("years", years.stream().map(String::valueOf).toList()),
                rs -> {
                    book.put(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3).setScale(2));
                });
        return book;
    }
}
