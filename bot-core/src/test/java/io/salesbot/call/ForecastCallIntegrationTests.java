package io.salesbot.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Percent;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The forecast call as typed: submitting (kept, latest counts, validated), the managers' roll-up,
 * and accuracy against figures computed by hand, with the clock moved through two quarters.
 */
class ForecastCallIntegrationTests extends IntegrationTestBase {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final ReplyLocale ENGLISH = ReplyLocale.of("en", BANGKOK);
    static final ReplyLocale THAI = ReplyLocale.of("th", BANGKOK);

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    @Autowired
    io.salesbot.forecast.QuotaService quotas;

    Caller ann; // manager
    Caller bob; // rep
    Caller cara; // rep
    String team;

    @BeforeEach
    void team() {
        team = "T-" + UUID.randomUUID();
        ann = new Caller(new Visitor(Platform.SLACK, team, "Team", "U1", "Ann", Role.MANAGER), null, "C1");
        bob = new Caller(new Visitor(Platform.SLACK, team, "Team", "U2", "Bob", Role.REP), null, "C1");
        cara = new Caller(new Visitor(Platform.SLACK, team, "Team", "U3", "Cara", Role.REP), null, "C1");
        run(ann, "/salesbot members");
        run(bob, "/opp help");
        run(cara, "/opp help");
    }

    @Test
    void aCallIsKeptWithWhatTheRepsDealsSaidAndResubmittingKeepsTheOlderOne() {
        run(bob, "/opp new Alpha amount:400k close:2026-12-15");
        run(bob, "/opp new Beta amount:50k close:2026-12-20");
        run(bob, "/opp won beta");
        run(bob, "/opp new Gamma amount:100k close:2026-12-20");
        commit("Alpha");
        // by hand, Bob's Q4: won 50,000; Commit 400,000 (Alpha); Best case 400,000 (Commit included);
        // Pipeline 500,000 (Alpha and Gamma, every open deal in the forecast)

        BotReply first = run(bob, "/forecast submit commit:300k best:500k Alpha signs in December");
        clock.advance(java.time.Duration.ofHours(1));
        run(bob, "/forecast submit quarter commit:350k best:450k");

        assertThat(words(first, ENGLISH))
                .contains("Your call for 2026-Q4: commit ฿300,000, best case ฿500,000.")
                .contains("Your deals for the period now: Commit ฿400,000, Best case ฿400,000, Pipeline ฿500,000,"
                        + " won ฿50,000.");
        assertThat(words(first, THAI)).contains("มั่นใจ 400,000 บาท กรณีดีที่สุด 400,000 บาท ไปป์ไลน์ 500,000 บาท");
        List<java.util.Map<String, Object>> ours = jdbc.queryForList(
                "SELECT granularity, period_start, commit_amount, best_amount, note, deals_won, deals_commit,"
                        + " deals_best, deals_pipeline FROM forecast_call c JOIN workspace w ON w.id = c.workspace_id"
                        + " WHERE w.external_id = ? ORDER BY c.submitted_at",
                team);
        assertThat(ours).hasSize(2);
        assertThat(ours.get(0))
                .containsEntry("granularity", "QUARTER")
                .containsEntry("period_start", java.sql.Date.valueOf("2026-10-01"))
                .containsEntry("commit_amount", new BigDecimal("300000.00"))
                .containsEntry("best_amount", new BigDecimal("500000.00"))
                .containsEntry("note", "Alpha signs in December")
                .containsEntry("deals_won", new BigDecimal("50000.00"))
                .containsEntry("deals_commit", new BigDecimal("400000.00"))
                .containsEntry("deals_best", new BigDecimal("400000.00"))
                .containsEntry("deals_pipeline", new BigDecimal("500000.00"));
        assertThat(ours.get(1)).containsEntry("commit_amount", new BigDecimal("350000.00"));

        // the roll-up shows the latest call only, beside the deals now
        BotReply.Table table = table(run(ann, "/forecast calls share"));
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0))
                .startsWith("Bob", money("350000"), money("450000"))
                .endsWith(money("400000"), money("400000"), money("50000"), null);
    }

    @Test
    void theRollUpNamesWhoHasNotCalledAndTotalsTheTeamInBothLanguages() {
        run(bob, "/opp new Alpha amount:400k close:2026-12-15");
        run(bob, "/opp new Delta amount:150k close:2026-11-30");
        commit("Alpha");
        run(cara, "/opp new Gamma amount:100k close:2027-02-01"); // next quarter: not in Q4's figures
        run(bob, "/forecast submit 2026-Q4 commit:300k best:500k");
        quotas.set(
                workspaces.enter(ann.visitor()),
                "U2",
                io.salesbot.reply.Period.ofLabel("2026-Q4"),
                new BigDecimal("1000000"));

        BotReply reply = run(ann, "/forecast calls 2026-Q4 share");
        BotReply.Table table = table(reply);

        assertThat(table.rows()).hasSize(2); // the reps; the manager has not called
        assertThat(table.rows().get(0))
                .startsWith("Bob", money("300000"), money("500000"))
                .endsWith(money("400000"), money("400000"), money("0"), money("1000000"));
        assertThat(table.rows().get(1))
                .containsExactly(
                        "Cara", null, null, Message.of("reply.calls.notYet"), money("0"), money("0"), money("0"), null);
        assertThat(words(reply, ENGLISH))
                .contains("Forecast call 2026-Q4")
                .contains("Team: commit ฿300,000, best case ฿500,000 called; their deals now: Commit ฿400,000,"
                        + " Best case ฿400,000, won ฿0.")
                .contains("Not called yet (1): Cara");
        assertThat(words(reply, THAI))
                .contains("การประชุมคาดการณ์ ไตรมาส 4/2569")
                .contains("ยังไม่ส่งคาดการณ์ (1 คน): Cara");
    }

    @Test
    void aRepWithoutDealsInThePeriodHasTheQuotaTheirMonthsMakeUp() {
        for (String month : java.util.List.of("2026-10", "2026-11", "2026-12")) {
            quotas.set(
                    workspaces.enter(ann.visitor()),
                    "U3",
                    io.salesbot.reply.Period.ofLabel(month),
                    new BigDecimal("100000"));
        }

        BotReply.Table table = table(run(ann, "/forecast calls 2026-Q4 share"));

        assertThat(table.rows())
                .filteredOn(row -> "Cara".equals(row.get(0)))
                .singleElement()
                .satisfies(row -> assertThat(row).endsWith(money("300000")));
    }

    @Test
    void callsAreValidatedWithClearErrorsAndNothingIsKept() {
        assertThat(error(run(bob, "/forecast submit commit:500k best:300k")))
                .isEqualTo("Best case ฿300,000 is below commit ฿500,000. Best case is the most you could reach,"
                        + " so it is at least the commit.");
        assertThat(run(bob, "/forecast submit commit:-5 best:300k")).isInstanceOf(BotReply.Error.class);
        assertThat(run(bob, "/forecast submit 2026-Q9 commit:1 best:2")).isInstanceOf(BotReply.Error.class);
        assertThat(run(bob, "/forecast submit commit:100k")).isInstanceOf(BotReply.Error.class);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM forecast_call c JOIN workspace w ON w.id = c.workspace_id"
                                + " WHERE w.external_id = ?",
                        Long.class,
                        team))
                .isZero();
        // managers only
        assertThat(run(bob, "/forecast calls")).isInstanceOf(BotReply.Error.class);
    }

    @Test
    void withoutAmountsAFormOpensForThePeriodPrefilledFromTheRepsDeals() {
        run(bob, "/opp new Epsilon amount:120k close:2027-02-10");
        run(bob, "/opp new Zeta amount:80k close:2027-03-10");
        commit("Epsilon");

        BotReply form = run(bob, "/forecast submit 2027-Q1");

        assertThat(form).isInstanceOf(BotReply.Form.class);
        BotReply.Form opened = (BotReply.Form) form;
        assertThat(opened.command()).isEqualTo("/forecast submit");
        assertThat(opened.fixed()).containsEntry("period", "2027-Q1");
        assertThat(opened.fields()).extracting(f -> f.option()).containsExactly("commit", "best", "note");
        // Commit: Epsilon; Best case: Commit included, Zeta is Pipeline
        assertThat(opened.fields()).extracting(f -> f.initial()).containsExactly("120000", "120000", null);

        BotReply submitted = gateway.submit(
                        bob,
                        "/forecast submit",
                        java.util.Map.of("period", "2027-Q1", "commit", "100k", "best", "200k"))
                .reply();
        assertThat(words(submitted, ENGLISH)).contains("Your call for 2027-Q1: commit ฿100,000, best case ฿200,000.");
    }

    /** Puts a deal of this workspace in Commit, as its owner's category choice would. */
    private void commit(String deal) {
        jdbc.update(
                "UPDATE opportunity o JOIN workspace w ON w.id = o.workspace_id SET o.forecast_category = 'COMMIT',"
                        + " o.category_explicit = TRUE WHERE w.external_id = ? AND o.name = ?",
                team,
                deal);
    }

    /**
     * By hand, Bob, with the call that counts being the latest one at least 2 weeks before the end
     * (Q3 ends 2026-10-01 00:00 Bangkok, so the cut-off is 2026-09-17 00:00 Bangkok):
     * Q2: called 100,000, won 80,000 → accuracy 1 − 20/80 = 75%, bias +20/80 = +25% (optimistic).
     * Q3: called 120,000 (the 200,000 of 2026-09-20 is too late), won 150,000 → 1 − 30/150 = 80%,
     * bias −30/150 = −20% (sandbagging). Both: 1 − 50/230 = 78.26%, bias −10/230 = −4.35%.
     * Cara called Q3 and won nothing: neither figure is defined.
     */
    @Test
    void accuracyComparesTheCallThatCountedWithWhatWasWon() {
        at("2026-05-01T03:00:00Z");
        run(bob, "/forecast submit commit:100k best:120k");
        at("2026-06-01T03:00:00Z");
        run(bob, "/opp new Q2deal amount:80k");
        run(bob, "/opp won q2deal");
        at("2026-08-01T03:00:00Z");
        run(bob, "/forecast submit commit:100k best:150k");
        at("2026-08-15T03:00:00Z");
        run(cara, "/forecast submit commit:50k best:80k");
        at("2026-09-05T03:00:00Z");
        run(bob, "/opp new Q3deal amount:150k");
        run(bob, "/opp won q3deal");
        at("2026-09-10T03:00:00Z");
        run(bob, "/forecast submit commit:120k best:160k");
        at("2026-09-16T16:59:00Z"); // one minute before the cut-off: counts
        run(bob, "/forecast submit 2026-Q4 commit:1 best:1"); // another quarter's call: not Q3's
        at("2026-09-20T03:00:00Z");
        run(bob, "/forecast submit commit:200k best:250k");
        // Dan called Q3 only after its cut-off: he is listed, with no call that counts
        Caller dan = new Caller(new Visitor(Platform.SLACK, team, "Team", "U4", "Dan", Role.REP), null, "C1");
        at("2026-09-25T03:00:00Z");
        run(dan, "/forecast submit commit:70k best:90k");
        clock.reset(); // 2026-11-27: Q2 and Q3 are closed

        BotReply team = run(ann, "/forecast accuracy periods:2 share");
        BotReply.Table table = table(team);
        assertThat(table.rows())
                .containsExactly(
                        row(
                                "Bob",
                                period("2026-Q2"),
                                money("100000"),
                                money("80000"),
                                percent("75.00"),
                                optimistic("25.00")),
                        row(
                                "Bob",
                                period("2026-Q3"),
                                money("120000"),
                                money("150000"),
                                percent("80.00"),
                                sandbagging("20.00")),
                        row(
                                "Bob",
                                Message.of("reply.accuracy.overall"),
                                money("220000"),
                                money("230000"),
                                percent("78.26"),
                                sandbagging("4.35")),
                        row("Cara", period("2026-Q2"), Message.of("reply.accuracy.noCall"), money("0"), null, null),
                        row("Cara", period("2026-Q3"), money("50000"), money("0"), null, null),
                        row("Cara", Message.of("reply.accuracy.overall"), money("50000"), money("0"), null, null),
                        row("Dan", period("2026-Q2"), Message.of("reply.accuracy.noCall"), money("0"), null, null),
                        row("Dan", period("2026-Q3"), Message.of("reply.accuracy.noCall"), money("0"), null, null),
                        row("Dan", Message.of("reply.accuracy.overall"), money("0"), money("0"), null, null));
        assertThat(words(team, ENGLISH))
                .contains("Forecast accuracy 2026-Q2 – 2026-Q3")
                .contains("the latest one submitted at least 2 weeks before the quarter ended")
                .contains("75%", "+25% optimistic", "−20% sandbagging", "78.26%");
        assertThat(words(team, THAI))
                .contains("ความแม่นยำของคาดการณ์ ไตรมาส 2/2569 – ไตรมาส 3/2569", "+25% มองในแง่ดีเกินไป");

        // weeks:0 takes the last call before the end: 200,000 against 150,000 → 1 − 50/150, +50/150
        BotReply.Table late = table(run(bob, "/forecast accuracy periods:1 weeks:0"));
        assertThat(late.rows().get(0))
                .containsExactly(
                        "Bob",
                        period("2026-Q3"),
                        money("200000"),
                        money("150000"),
                        percent("66.67"),
                        optimistic("33.33"));
    }

    @Test
    void aRepSeesTheirOwnAccuracyAndAnothersIsForManagers() {
        assertThat(error(run(bob, "/forecast accuracy @U3")))
                .isEqualTo("Another rep's calls are for managers. `/forecast accuracy` shows yours.");
        assertThat(run(bob, "/forecast accuracy @U2")).isNotInstanceOf(BotReply.Error.class);
        assertThat(run(ann, "/forecast accuracy @U3")).isNotInstanceOf(BotReply.Error.class);
        assertThat(run(bob, "/forecast accuracy periods:13")).isInstanceOf(BotReply.Error.class);
        // one rep's numbers: to the asker alone unless shared
        assertThat(run(bob, "/forecast accuracy").visibility()).isEqualTo(io.salesbot.reply.Visibility.PRIVATE);
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    private BotReply run(Caller caller, String line) {
        return gateway.handle(caller, line).reply();
    }

    private String error(BotReply reply) {
        assertThat(reply).isInstanceOf(BotReply.Error.class);
        return localizer.text(((BotReply.Error) reply).message(), ENGLISH);
    }

    private static BotReply.Table table(BotReply reply) {
        return parts(reply).stream()
                .filter(BotReply.Table.class::isInstance)
                .map(BotReply.Table.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table in " + reply));
    }

    private static List<BotReply> parts(BotReply reply) {
        List<BotReply> all = new ArrayList<>();
        all.add(reply);
        if (reply instanceof BotReply.Many many) {
            many.parts().forEach(part -> all.addAll(parts(part)));
        }
        return all;
    }

    /** Every sentence of the reply in the reader's words: texts, titles, cells and footers. */
    private String words(BotReply reply, ReplyLocale reader) {
        StringBuilder all = new StringBuilder();
        for (BotReply part : parts(reply)) {
            if (part instanceof BotReply.Text text) {
                all.append(localizer.text(text.message(), reader)).append('\n');
            } else if (part instanceof BotReply.Table table) {
                all.append(localizer.text(table.title(), reader)).append('\n');
                table.rows()
                        .forEach(row -> row.forEach(cell ->
                                all.append(localizer.format(cell, reader)).append(' ')));
                table.footer()
                        .forEach(
                                line -> all.append(localizer.text(line, reader)).append('\n'));
            }
        }
        return all.toString();
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static Money money(String amount) {
        return new Money(new BigDecimal(amount).setScale(2), "THB");
    }

    private static Percent percent(String value) {
        return new Percent(new BigDecimal(value));
    }

    private static io.salesbot.reply.Period period(String label) {
        return io.salesbot.reply.Period.ofLabel(label);
    }

    private static Message optimistic(String value) {
        return Message.of("reply.accuracy.optimistic", percent(value));
    }

    private static Message sandbagging(String value) {
        return Message.of("reply.accuracy.sandbagging", percent(value));
    }
}
