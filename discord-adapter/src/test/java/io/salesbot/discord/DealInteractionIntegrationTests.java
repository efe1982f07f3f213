package io.salesbot.discord;

import static io.salesbot.discord.fake.FakeDiscord.option;
import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.discord.fake.FakeDiscord.Sent;
import io.salesbot.discord.fake.FakeGuild;
import io.salesbot.discord.fake.RecordedCall;
import io.salesbot.notification.DeliveryTarget;
import io.salesbot.notification.Notice;
import io.salesbot.notification.Outbox;
import io.salesbot.notification.OutboxWorker;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DealInteractionIntegrationTests extends DiscordIntegrationTestBase {

    private static final ReplyLocale THAI = ReplyLocale.of("th", ZoneOffset.UTC);

    @Autowired
    Localizer localizer;

    @Autowired
    OutboxWorker outbox;

    @Autowired
    Outbox reminders;

    @Autowired
    CommandGateway gateway;

    @Test
    void aDueTasksDirectMessageHasButtonsThatWorkFromTheDirectMessageEvenAfterARestart() {
        FakeGuild acme = DISCORD.acme();
        String user = DISCORD.newUserId();
        DISCORD.callback(DISCORD.slash(
                acme, user, "en-US", "task", "new", option("text", "call Anna"), option("due", "2026-12-04 14:00")));
        long workspace = jdbc.queryForObject(
                "SELECT id FROM workspace WHERE platform = 'DISCORD' AND external_id = ?", Long.class, acme.id());
        int number =
                jdbc.queryForObject("SELECT MAX(number) FROM task WHERE workspace_id = ?", Integer.class, workspace);
        String label = "T-" + number;
        java.time.Instant dueAt = jdbc.queryForObject(
                        "SELECT due_at FROM task WHERE workspace_id = ? AND number = ?",
                        java.sql.Timestamp.class,
                        workspace,
                        number)
                .toInstant();
        reminders.enqueue(
                workspace,
                DeliveryTarget.member(user),
                "task-" + UUID.randomUUID(),
                new Notice.TaskDue(number, "call Anna", dueAt, true, null, null),
                clock.instant());

        outbox.deliverDue();

        // the DM says what is due, with Done (green) and the three ways to put it off
        String dm = Long.toString(Long.parseLong(user) + 1);
        DataObject sent = DISCORD.rest()
                .await(
                        c -> c.is("POST", "channels/" + dm + "/messages")
                                && c.text().contains(label),
                        NOTIFICATION_TIMEOUT)
                .json();
        assertThat(sent.getString("content")).contains("Task " + label + " is due", "call Anna");
        assertThat(customIds(sent))
                .containsExactly(
                        "show:/task done " + label,
                        "show:/task snooze " + label + " 1d",
                        "show:/task snooze " + label + " 7d",
                        "show:/task snooze " + label);
        DataObject done =
                sent.getArray("components").getObject(0).getArray("components").getObject(0);
        assertThat(done.getInt("style")).isEqualTo(3);
        assertThat(done.getString("label")).isEqualTo("Done");

        // pressed in the DM, Done acts in the guild and answers there, leaving the reminder as it is
        RecordedCall pressed = DISCORD.callback(DISCORD.button(null, user, "en-US", "show:/task done " + label));
        assertThat(pressed.json().getInt("type")).isEqualTo(4);
        assertThat(data(pressed).getString("content")).contains(label, "done");
        assertThat(jdbc.queryForObject(
                        "SELECT done_at IS NOT NULL FROM task WHERE workspace_id = ? AND number = ?",
                        Boolean.class,
                        workspace,
                        number))
                .isTrue();

        // a member this instance has not seen since it started (as after a restart) is found by
        // their one guild, so their reminder's buttons still work
        String member = DISCORD.newUserId();
        gateway.handle(
                new Caller(new Visitor(Platform.DISCORD, acme.id(), "Acme", member, "Mali", Role.REP), "en"),
                "/task new send the quote");
        RecordedCall fresh = DISCORD.callback(DISCORD.button(null, member, "en-US", "show:/task list"));
        assertThat(data(fresh).toString()).contains("send the quote").doesNotContain("server");
    }

    @Test
    void createsDealFromTypedOptionsAndShowsTheCardInThai() {
        // given the guild owner writing in Thai
        FakeGuild acme = DISCORD.acme();
        String name = "ระบบ ERP โรงงาน " + UUID.randomUUID().toString().substring(0, 6);

        // when they create a deal with typed options
        Sent sent = DISCORD.slash(
                acme,
                acme.ownerId(),
                "th",
                "opp",
                "new",
                option("name", name),
                option("amount", "1.2m"),
                option("close", "31/12/2569"));

        // then the callback is a reply with the deal card as an embed, in Thai
        RecordedCall callback = DISCORD.callback(sent);
        assertThat(callback.json().getInt("type")).isEqualTo(4);
        DataObject card = firstEmbed(data(callback));
        assertThat(card.getString("title")).contains(name);
        String fields = card.getArray("fields").toString();
        assertThat(fields)
                .contains(localizer.text(Message.of("card.amount"), THAI))
                .contains("1,200,000 บาท");
        assertThat(fields).contains("2569");
        // buttons for the card's actions and a menu to move the stage
        List<String> ids = customIds(data(callback));
        assertThat(ids).anyMatch(id -> id.startsWith("run:/opp won #"));
        assertThat(ids).anyMatch(id -> id.startsWith("stage:"));
    }

    @Test
    void wonButtonUpdatesTheCardInPlaceAndTheChannelIsTold() {
        // given a channel subscribed to won deals, and a deal
        FakeGuild acme = DISCORD.acme();
        RecordedCall subscribed = DISCORD.callback(
                DISCORD.slash(acme, acme.ownerId(), "en-US", "salesbot", "notify", option("events", "won")));
        assertThat(data(subscribed).getString("content")).doesNotStartWith("⚠️");
        String name = "Won deal " + UUID.randomUUID().toString().substring(0, 6);
        DataObject created = newDeal(acme, acme.ownerId(), name);
        String won = customIds(created).stream()
                .filter(id -> id.startsWith("run:/opp won"))
                .findFirst()
                .orElseThrow();

        // when the won button is pressed
        RecordedCall callback = DISCORD.callback(DISCORD.button(acme, acme.ownerId(), "en-US", won));

        // then the message is updated in place with the closed card
        assertThat(callback.json().getInt("type")).isEqualTo(7);
        DataObject card = firstEmbed(data(callback));
        assertThat(card.getString("title")).contains(name);
        assertThat(card.getArray("fields").toString()).contains("Closed Won");
        assertThat(customIds(data(callback))).noneMatch(id -> id.startsWith("run:/opp won") || id.startsWith("stage:"));

        // and the outbox posts the news to the subscribed channel
        outbox.deliverDue();
        RecordedCall posted = DISCORD.rest()
                .await(
                        c -> c.is("POST", "channels/" + acme.channelId() + "/messages")
                                && c.text().contains(name),
                        java.time.Duration.ofSeconds(10));
        assertThat(posted.json().toString()).contains(name);

        // as news to celebrate: the owner mentioned and, alone, allowed to be pinged; the facts; a button
        DataObject news = posted.json();
        assertThat(news.getString("content")).isEqualTo("<@" + acme.ownerId() + ">");
        assertThat(news.getObject("allowed_mentions").getArray("users").toList())
                .containsExactly(acme.ownerId());
        assertThat(news.getObject("allowed_mentions").getArray("parse").length())
                .isZero();
        DataObject embed = firstEmbed(news);
        assertThat(embed.getString("title")).contains("Won:", name);
        assertThat(embed.getArray("fields").toString())
                .contains("Owner", "<@" + acme.ownerId() + ">", "Amount", "Time to close", "the same day");
        String open = customIds(news).stream()
                .filter(id -> id.startsWith("show:/opp show #"))
                .findFirst()
                .orElseThrow();

        // and its button shows the deal to whoever pressed it, leaving the news in place
        RecordedCall opened = DISCORD.callback(DISCORD.button(acme, acme.ownerId(), "en-US", open));
        assertThat(opened.json().getInt("type")).isEqualTo(4);
        assertThat(data(opened).getInt("flags") & 64).isEqualTo(64);
        assertThat(firstEmbed(data(opened)).getString("title")).contains(name);
    }

    @Test
    void stageMenuMovesTheDealAndUpdatesTheCard() {
        FakeGuild acme = DISCORD.acme();
        DataObject created = newDeal(
                acme,
                acme.ownerId(),
                "Menu deal " + UUID.randomUUID().toString().substring(0, 6));
        String menu = customIds(created).stream()
                .filter(id -> id.startsWith("stage:"))
                .findFirst()
                .orElseThrow();

        RecordedCall callback = DISCORD.callback(DISCORD.select(acme, acme.ownerId(), "en-US", menu, "In progress"));

        assertThat(callback.json().getInt("type")).isEqualTo(7);
        assertThat(firstEmbed(data(callback)).getArray("fields").toString()).contains("In progress");
    }

    @Test
    void categoryMenuPutsTheDealInCommitAndTheCardSaysItWasSet() {
        FakeGuild acme = DISCORD.acme();
        DataObject created = newDeal(
                acme,
                acme.ownerId(),
                "Category deal " + UUID.randomUUID().toString().substring(0, 6));
        String menu = customIds(created).stream()
                .filter(id -> id.startsWith("menu:"))
                .findFirst()
                .orElseThrow();
        String number = menu.substring("menu:".length(), menu.lastIndexOf(':'));
        assertThat(created.toString()).contains("/opp edit #" + number + " category:commit version:0");

        RecordedCall callback = DISCORD.callback(DISCORD.select(
                acme, acme.ownerId(), "en-US", menu, "/opp edit #" + number + " category:commit version:0"));

        assertThat(callback.json().getInt("type")).isEqualTo(7);
        assertThat(firstEmbed(data(callback)).getArray("fields").toString())
                .contains("Forecast category", "Commit", "set on the deal");
    }

    @Test
    void newDealWithoutOptionsOpensAModalWhoseSubmitCreatesTheDeal() {
        FakeGuild acme = DISCORD.acme();

        // when /opp new comes without options
        RecordedCall opened = DISCORD.callback(DISCORD.slash(acme, acme.ownerId(), "en-US", "opp", "new"));

        // then a modal of at most 5 labelled text inputs opens
        assertThat(opened.json().getInt("type")).isEqualTo(9);
        DataObject modal = data(opened);
        DataArray components = modal.getArray("components");
        assertThat(components.length()).isBetween(1, 5);
        assertThat(components.getObject(0).getInt("type")).isEqualTo(18);
        assertThat(components.getObject(0).getObject("component").getString("custom_id"))
                .isEqualTo("name");

        // when it is submitted
        String name = "Modal deal " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("amount", "500k");
        RecordedCall submitted = DISCORD.callback(
                DISCORD.modalSubmit(acme, acme.ownerId(), "en-US", modal.getString("custom_id"), values));

        // then the new deal's card is the answer
        assertThat(submitted.json().getInt("type")).isEqualTo(4);
        DataObject card = firstEmbed(data(submitted));
        assertThat(card.getString("title")).contains(name);
        assertThat(card.getArray("fields").toString()).contains("500,000");
    }

    @Test
    void aWrongValueInTheModalIsAPrivateErrorThatReopensTheFormAsTyped() {
        // given the new deal modal
        FakeGuild acme = DISCORD.acme();
        RecordedCall opened = DISCORD.callback(DISCORD.slash(acme, acme.ownerId(), "th", "opp", "new"));
        String modalId = data(opened).getString("custom_id");

        // when it is submitted with an amount that is not one
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", "ดีลทดสอบ");
        values.put("amount", "lots");
        RecordedCall refused = DISCORD.callback(DISCORD.modalSubmit(acme, acme.ownerId(), "th", modalId, values));

        // then a private error explains it, with a button that opens the form again as typed
        assertThat(refused.json().getInt("type")).isEqualTo(4);
        assertThat(data(refused).getInt("flags") & 64).isEqualTo(64);
        assertThat(data(refused).getString("content")).startsWith("⚠️").contains("lots");
        String retry = customIds(data(refused)).get(0);
        assertThat(retry).startsWith("retry:");
        RecordedCall reopened = DISCORD.callback(DISCORD.button(acme, acme.ownerId(), "th", retry));
        assertThat(reopened.json().getInt("type")).isEqualTo(9);
        String modal = data(reopened).getArray("components").toString();
        assertThat(modal).contains("ดีลทดสอบ").contains("lots");
    }

    @Test
    void addProductButtonOpensTheProductForm() {
        FakeGuild acme = DISCORD.acme();
        DataObject created = newDeal(
                acme,
                acme.ownerId(),
                "Button form " + UUID.randomUUID().toString().substring(0, 6));
        String product = customIds(created).stream()
                .filter(id -> id.startsWith("run:/opp product "))
                .findFirst()
                .orElseThrow();

        RecordedCall callback = DISCORD.callback(DISCORD.button(acme, acme.ownerId(), "en-US", product));

        assertThat(callback.json().getInt("type")).isEqualTo(9);
        assertThat(data(callback).getArray("components").length()).isBetween(1, 5);
    }

    @Test
    void stageAutocompleteOffersTheWorkspacesStages() {
        FakeGuild acme = DISCORD.acme();

        RecordedCall callback =
                DISCORD.callback(DISCORD.autocomplete(acme, acme.ownerId(), "opp", "stage", "stage", "prog"));

        assertThat(callback.json().getInt("type")).isEqualTo(8);
        assertThat(data(callback).getArray("choices").toString()).contains("In progress");
    }

    @Test
    void unknownDealIsAPrivateError() {
        FakeGuild acme = DISCORD.acme();

        RecordedCall callback = DISCORD.callback(
                DISCORD.slash(acme, acme.ownerId(), "en-US", "opp", "show", option("deal", "#987654")));

        assertThat(callback.json().getInt("type")).isEqualTo(4);
        assertThat(data(callback).getInt("flags") & 64).isEqualTo(64);
        assertThat(data(callback).getString("content")).startsWith("⚠️");
    }

    @Test
    void memberWithoutRightsCannotChangeTheSetup() {
        // given a member who is not the owner and has no Manage Server permission
        FakeGuild acme = DISCORD.acme();
        String rep = DISCORD.newUserId();

        RecordedCall callback = DISCORD.callback(DISCORD.slash(
                acme, rep, "en-US", "salesbot", "types", option("action", "add"), option("type", "partner")));

        assertThat(data(callback).getInt("flags") & 64).isEqualTo(64);
        assertThat(data(callback).getString("content")).startsWith("⚠️").contains("admin");
    }

    @Test
    void memberWithManageServerStartsAsAdmin() {
        // given a member (not the owner) holding a role with Manage Server
        FakeGuild acme = DISCORD.acme();
        String type = "partner_" + UUID.randomUUID().toString().substring(0, 4);

        RecordedCall callback = DISCORD.callback(DISCORD.slash(
                acme, acme.managerId(), "en-US", "salesbot", "types", option("action", "add"), option("type", type)));

        assertThat(data(callback).getString("content")).doesNotStartWith("⚠️");
        assertThat(data(callback).toString()).containsIgnoringCase(type.replace('_', ' '));
    }

    @Test
    void typedOptionsReachTheCoreAsTypedNotRewrittenAsALine() {
        // given a deal whose name has quotes and a colon, which a command line would have to escape
        FakeGuild acme = DISCORD.acme();
        String name = "Acme \"ERP\" phase:" + UUID.randomUUID().toString().substring(0, 6);
        newDeal(acme, acme.ownerId(), name);

        // when it is closed as lost by its exact name, the reason left out
        RecordedCall callback =
                DISCORD.callback(DISCORD.slash(acme, acme.ownerId(), "en-US", "opp", "lost", option("deal", name)));

        // then the deal is found as named and the lost form opens
        assertThat(callback.json().getInt("type")).isEqualTo(9);
    }

    private DataObject newDeal(FakeGuild guild, String user, String name) {
        RecordedCall callback =
                DISCORD.callback(DISCORD.slash(guild, user, "en-US", "opp", "new", option("name", name)));
        assertThat(callback.json().getInt("type")).isEqualTo(4);
        return data(callback);
    }
}
