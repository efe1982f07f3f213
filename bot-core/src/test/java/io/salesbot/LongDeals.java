package io.salesbot;

import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.LineView;
import io.salesbot.opportunity.StageKind;
import io.salesbot.opportunity.StageView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a deal's product lines and history straight into the tables, the way data from before a
 * limit (or another tool) would sit there: adapter tests use it to show what a deal with more
 * lines or changes than anyone would type still looks like on each platform.
 */
public final class LongDeals {

    private LongDeals() {}

    /** Adds {@code count} lines after the deal's last one, each with a name and a note of the given lengths. */
    public static void addLines(JdbcTemplate jdbc, long dealId, int count, int nameLength, int noteLength) {
        long workspace = workspaceOf(jdbc, dealId);
        Integer last = jdbc.queryForObject(
                "SELECT COALESCE(MAX(line_number), 0) FROM opportunity_line WHERE opportunity_id = ?",
                Integer.class,
                dealId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int number = last + i;
            rows.add(new Object[] {
                workspace, dealId, number, text("Product " + number + " ", nameLength), text("note ", noteLength)
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO opportunity_line (workspace_id, opportunity_id, line_number, product_name, quantity,"
                        + " unit_price, discount_percent, add_on, description) VALUES (?, ?, ?, ?, 3, 1234.5, 10,"
                        + " FALSE, ?)",
                rows);
    }

    /** Adds {@code count} note changes by the deal's owner, each note of the given length. */
    public static void addChanges(JdbcTemplate jdbc, long dealId, int count, int noteLength) {
        long workspace = workspaceOf(jdbc, dealId);
        long owner = jdbc.queryForObject("SELECT owner_id FROM opportunity WHERE id = ?", Long.class, dealId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(new Object[] {
                workspace, dealId, "Stage " + i, "Stage " + (i + 1), owner, i, text("change ", noteLength)
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO opportunity_change (workspace_id, opportunity_id, field, from_value, to_value, member_id,"
                        + " platform, changed_at, note) VALUES (?, ?, 'STAGE', ?, ?, ?, 'SLACK',"
                        + " TIMESTAMPADD(SECOND, ?, '2026-01-01 00:00:00'), ?)",
                rows);
    }

    /** The id of the deal with this number in the workspace of this platform id. */
    public static long dealId(JdbcTemplate jdbc, String workspaceExternalId, int number) {
        return jdbc.queryForObject(
                "SELECT o.id FROM opportunity o JOIN workspace w ON w.id = o.workspace_id"
                        + " WHERE w.external_id = ? AND o.number = ?",
                Long.class,
                workspaceExternalId,
                number);
    }

    /** Thai and Latin text of exactly {@code length} characters, starting with {@code start}. */
    public static String text(String start, int length) {
        StringBuilder text = new StringBuilder(start);
        String filler = "สินค้าคุณภาพ & <tag> *bold* ";
        while (text.length() < length) {
            text.append(filler);
        }
        return text.substring(0, length);
    }

    /** An open stage named in English and Thai. */
    public static StageView stage() {
        return new StageView(1, "In progress", "กำลังดำเนินการ", 1, StageKind.OPEN, 50);
    }

    /** A card of a deal with {@code count} lines whose names and notes have the given lengths, and five buttons. */
    public static BotReply.DealCard card(int count, int nameLength, int noteLength, String description) {
        List<LineView> lines = IntStream.rangeClosed(1, count)
                .mapToObj(i -> new LineView(
                        i,
                        text("Product " + i + " ", nameLength),
                        new BigDecimal("3"),
                        new BigDecimal("1234.50"),
                        BigDecimal.TEN,
                        i % 2 == 0,
                        noteLength == 0 ? null : text("note ", noteLength),
                        new BigDecimal("3333.15")))
                .toList();
        DealView deal = new DealView(
                42,
                7,
                text("Deal ", 200),
                text("Customer ", 200),
                3,
                new DealView.Progress(stage(), null, 50, false, LocalDate.of(2026, 12, 31), null, java.util.List.of()),
                new DealView.Revenue(new BigDecimal("666630"), false, new BigDecimal("333315"), "THB"),
                new DealView.Owner(1, text("Owner ", 80)),
                new DealView.Origin("new_customer", text("Campaign ", 200), 12, "referral"),
                description,
                lines);
        List<CardAction> actions = List.of(
                new CardAction(
                        CardAction.Kind.NEXT_STAGE,
                        Message.of("action.nextStage", "Proposal"),
                        "/opp stage #7 next version:3"),
                new CardAction(CardAction.Kind.WON, Message.of("action.won"), "/opp won #7 version:3"),
                new CardAction(CardAction.Kind.LOST, Message.of("action.lost"), "/opp lost #7 version:3"),
                new CardAction(CardAction.Kind.ADD_PRODUCT, Message.of("action.addProduct"), "/opp product #7"),
                new CardAction(CardAction.Kind.HISTORY, Message.of("action.history"), "/opp history #7"));
        return new BotReply.DealCard(Message.of("reply.deal.created", 7), deal, actions, Visibility.CHANNEL);
    }

    private static long workspaceOf(JdbcTemplate jdbc, long dealId) {
        return jdbc.queryForObject("SELECT workspace_id FROM opportunity WHERE id = ?", Long.class, dealId);
    }
}
