package io.salesbot.command.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Answer;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /opp note}: dated, signed activities of a deal, interleaved with its changes in {@code
 * /opp history}, newest first.
 */
class NoteIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    String team;
    Caller manager;
    Caller rep;

    @BeforeEach
    void team() {
        team = "T-" + UUID.randomUUID();
        manager = caller("U-m", "Malee", Role.ADMIN);
        rep = caller("U-r", "Somchai", Role.REP);
    }

    Caller caller(String id, String name, Role role) {
        return new Caller(new Visitor(Platform.SLACK, team, "Team", id, name, role), null);
    }

    BotReply run(Caller who, String line) {
        return gateway.handle(who, line).reply();
    }

    ReplyLocale reader(Caller who) {
        return gateway.handle(who, "/opp help").reader();
    }

    /** Each row of the timeline as "who | what | said". */
    List<String> timeline(Caller who, String deal) {
        BotReply.Table table = (BotReply.Table) run(who, "/opp history " + deal);
        ReplyLocale reader = reader(who);
        return table.rows().stream()
                .map(row -> localizer.format(row.get(1), reader) + " | " + localizer.format(row.get(2), reader) + " | "
                        + localizer.format(row.get(3), reader))
                .toList();
    }

    @Test
    void notesAndChangesInterleaveInTheOrderTheyHappenedNewestFirst() {
        run(rep, "/opp new Acme ERP");
        clock.advance(Duration.ofMinutes(1));
        BotReply added = run(rep, "/opp note acme erp the CFO wants a three-year price type:call");
        clock.advance(Duration.ofMinutes(1));
        run(rep, "/opp stage #1 in progress");
        clock.advance(Duration.ofMinutes(1));
        run(rep, "/opp note #1 sent the revised quote type:email");
        clock.advance(Duration.ofMinutes(1));
        run(manager, "/opp note #1 looks good");

        assertThat(localizer.text(((BotReply.Text) added).message(), reader(rep)))
                .isEqualTo("Kept as a call of #1 Acme ERP. `/opp history #1` shows the timeline.");
        assertThat(timeline(rep, "#1"))
                .containsExactly(
                        "Malee on Slack | note | looks good",
                        "Somchai on Slack | e-mail | sent the revised quote",
                        "Somchai on Slack | probability: 10% → 50% | –",
                        "Somchai on Slack | Wait → In progress | –",
                        "Somchai on Slack | call | the CFO wants a three-year price",
                        "Somchai on Slack | created in Wait | –");
    }

    @Test
    void aLoggedChatMessageKeepsItsAuthorAndLink() {
        run(rep, "/opp new Acme ERP");

        gateway.submit(
                rep,
                "/opp note",
                Map.of("deal", "#1", "text", "Can you do 10% off?", "author", "Khun Anan", "link", "https://x/p1"));

        assertThat(timeline(rep, "#1").get(0))
                .isEqualTo("Somchai on Slack | chat message | Can you do 10% off? (Khun Anan, https://x/p1)");
    }

    @Test
    void aLoggedMessagesLinkIsAWebAddressOrNothingIsKept() {
        run(rep, "/opp new Acme ERP");

        Answer refused = gateway.submit(
                rep,
                "/opp note",
                Map.of("deal", "#1", "text", "click", "author", "Khun Anan", "link", "javascript:alert(1)"));

        assertThat(((BotReply.Error) refused.reply()).message().key()).isEqualTo("error.activity.link");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM deal_activity WHERE workspace_id ="
                                + " (SELECT id FROM workspace WHERE external_id = ?)",
                        Integer.class,
                        team))
                .isZero();
    }

    @Test
    void onlyTheOwnerOrAManagerNotesADealAndEmptyOrUnknownIsSaid() {
        run(manager, "/opp new Managers deal");
        run(rep, "/opp new Reps deal");

        assertThat(key(run(rep, "/opp note #1 I was here"))).isEqualTo("error.permission.notOwner");
        assertThat(key(run(rep, "/opp note #2"))).isEqualTo("error.option.missing");
        assertThat(key(run(rep, "/opp note #2 hello type:fax"))).isEqualTo("error.option.choice");
        assertThat(key(run(rep, "/opp note #9 hello"))).isEqualTo("error.deal.unknown");
        Caller stranger = new Caller(
                new Visitor(Platform.SLACK, "T-" + UUID.randomUUID(), "Other", "U-x", "Xavier", Role.ADMIN), null);
        assertThat(key(run(stranger, "/opp note #2 sneaky"))).isEqualTo("error.deal.unknown");
        assertThat(count("deal_activity", workspaces.enter(rep.visitor()))).isZero();
    }

    @Test
    void thaiReadersReadTheTimelineInThaiAndTypeKindsInThai() {
        run(manager, "/salesbot language th");
        run(rep, "/opp new Acme ERP");

        BotReply added = run(rep, "/opp note #1 ลูกค้าขอส่วนลด type:โทร");

        assertThat(localizer.text(((BotReply.Text) added).message(), reader(rep)))
                .isEqualTo("บันทึกเป็นการโทรของ #1 Acme ERP แล้ว ดูลำดับเหตุการณ์ได้ด้วย `/opp history #1`");
        assertThat(timeline(rep, "#1").get(0)).isEqualTo("Somchai ผ่าน Slack | การโทร | ลูกค้าขอส่วนลด");
    }

    private static String key(BotReply reply) {
        assertThat(reply).isInstanceOf(BotReply.Error.class);
        return ((BotReply.Error) reply).message().key();
    }
}
