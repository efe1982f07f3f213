package io.salesbot.discord;

import static io.salesbot.discord.fake.FakeDiscord.option;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.discord.fake.FakeDiscord;
import io.salesbot.discord.fake.FakeGuild;
import io.salesbot.discord.fake.RecordedCall;
import io.salesbot.discord.notify.DiscordNotifier;
import io.salesbot.notification.DeliveryFailure;
import io.salesbot.notification.DeliveryTarget;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkspaceAndReportIntegrationTests extends DiscordIntegrationTestBase {

    @Autowired
    DiscordNotifier notifier;

    @Autowired
    DiscordHealthIndicator health;

    @Test
    void healthIsUpWhileEveryShardIsConnected() {
        var report = health.health();

        assertThat(report.getStatus().getCode()).isEqualTo("UP");
        assertThat(report.getDetails()).containsEntry("shards", java.util.Map.of("0", "connected"));
    }

    @Test
    void aDealNamedAtEveryonePingsNobody() {
        FakeGuild acme = DISCORD.acme();
        var created = DISCORD.slash(acme, acme.ownerId(), "en-US", "opp", "new", option("name", "@everyone free ERP"));

        var reply = DISCORD.callback(created).json();

        // shown as typed: the escape keeps Discord from drawing it as a mention, allowed_mentions from pinging
        assertThat(reply.toString()).contains("\\\\@everyone free ERP");
        assertThat(reply.getObject("data")
                        .getObject("allowed_mentions")
                        .getArray("parse")
                        .length())
                .isZero();
    }

    @Test
    void aGuildOnAnotherInstancesShardIsLeftForThatInstance() {
        assertThatThrownBy(() -> notifier.deliver(
                        "123456789012345678",
                        DeliveryTarget.channel("223456789012345678"),
                        new BotReply.Text(Message.of("notify.won.title", "1", "Acme ERP"), Visibility.CHANNEL),
                        ReplyLocale.of("en", ZoneOffset.UTC)))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class,
                        failure -> assertThat(failure.elsewhere()).isTrue());
    }

    @Test
    void pipelineIsDeferredAndFollowedUpWithTheChartAsPng() {
        // given a deal in the workspace
        FakeGuild acme = DISCORD.acme();
        DISCORD.callback(DISCORD.slash(
                acme, acme.ownerId(), "en-US", "opp", "new", option("name", "Chart deal"), option("amount", "2m")));

        // when the pipeline is asked for
        var sent = DISCORD.slash(acme, acme.ownerId(), "en-US", "pipeline", null);

        // then the reply is deferred and followed up with the chart attached as a PNG
        assertThat(DISCORD.callback(sent).json().getInt("type")).isEqualTo(5);
        RecordedCall followUp = DISCORD.followUp(sent);
        assertThat(followUp.multipart()).isTrue();
        byte[] png = followUp.partBytes("files[0]");
        assertThat(new String(png, 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
        assertThat(followUp.json().toString()).contains("attachment://chart.png");
    }

    @Test
    void theFunnelIsAFlagOfPipelineAndComesWithItsChartAsPng() {
        FakeGuild acme = DISCORD.acme();
        DISCORD.callback(DISCORD.slash(
                acme, acme.ownerId(), "en-US", "opp", "new", option("name", "Funnel deal"), option("amount", "2m")));

        var sent = DISCORD.slash(acme, acme.ownerId(), "en-US", "pipeline", null, FakeDiscord.flag("funnel", true));

        assertThat(DISCORD.callback(sent).json().getInt("type")).isEqualTo(5);
        RecordedCall followUp = DISCORD.followUp(sent);
        assertThat(followUp.json().toString()).contains("Funnel ", "Reached");
        byte[] png = followUp.partBytes("files[0]");
        assertThat(new String(png, 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
    }

    @Test
    void howTheForecastMovedIsAWaterfallWithItsChartInThai() {
        // given a deal closing this quarter, made today
        FakeGuild acme = DISCORD.acme();
        DISCORD.callback(DISCORD.slash(
                acme,
                acme.ownerId(),
                "en-US",
                "opp",
                "new",
                option("name", "Moving deal"),
                option("amount", "2m"),
                option("close", "end-of-quarter")));

        // when a Thai reader asks how the forecast moved since last week
        var sent = DISCORD.slash(acme, acme.ownerId(), "th", "forecast", "changes", option("since", "last-week"));

        // then the answer is deferred, names the new deal in Thai, and carries the waterfall as a PNG
        assertThat(DISCORD.callback(sent).json().getInt("type")).isEqualTo(5);
        RecordedCall followUp = DISCORD.followUp(sent);
        assertThat(followUp.multipart()).isTrue();
        assertThat(followUp.json().toString()).contains("โอกาสการขายใหม่").contains("Moving deal");
        byte[] png = followUp.partBytes("files[0]");
        assertThat(new String(png, 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
    }

    @Test
    void aPerRepReportReplacesThePublicThinkingMessageWithAPrivateOneUnlessShared() {
        FakeGuild acme = DISCORD.acme();
        DISCORD.callback(DISCORD.slash(
                acme, acme.ownerId(), "en-US", "opp", "new", option("name", "Rep deal"), option("amount", "2m")));

        // one rep's numbers: deferred like any report, then the thinking message goes and the
        // answer comes to the asker alone
        var sent = DISCORD.slash(acme, acme.ownerId(), "en-US", "forecast", "show", option("by", "rep"));
        assertThat(DISCORD.callback(sent).json().getInt("type")).isEqualTo(5);
        DISCORD.rest()
                .await(
                        c -> c.is("DELETE", "webhooks/\\d+/" + sent.token() + "/messages/@original"),
                        java.time.Duration.ofSeconds(10));
        RecordedCall followUp = DISCORD.followUp(sent);
        assertThat(followUp.json().getInt("flags") & 64).isEqualTo(64);
        assertThat(followUp.json().toString()).contains("Only you see this");

        // shared: in the channel, as a team report is
        var shared = DISCORD.slash(
                acme,
                acme.ownerId(),
                "en-US",
                "forecast",
                "show",
                option("by", "rep"),
                FakeDiscord.flag("share", true));
        DISCORD.callback(shared);
        RecordedCall sharedFollowUp = DISCORD.followUp(shared);
        assertThat(sharedFollowUp.json().getInt("flags", 0) & 64).isZero();
        assertThat(DISCORD.rest().calls())
                .noneMatch(c -> c.is("DELETE", "webhooks/\\d+/" + shared.token() + "/messages/@original"));
    }

    @Test
    void anExportArrivesAsACsvFileWithThaiIntact() {
        // given a Thai deal
        FakeGuild acme = DISCORD.acme();
        DISCORD.callback(DISCORD.slash(acme, acme.ownerId(), "th", "opp", "new", option("name", "ระบบ ERP สยาม")));

        // when an admin exports the deals
        RecordedCall reply = DISCORD.callback(
                DISCORD.slash(acme, acme.ownerId(), "en-US", "salesbot", "export", option("what", "deals")));

        // then the reply carries the CSV, byte-order mark first so Excel reads Thai
        assertThat(reply.multipart()).isTrue();
        String csv = new String(reply.partBytes("files[0]"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFnumber,name").contains("ระบบ ERP สยาม");
    }

    @Test
    void anAttachedCsvIsCheckedThenImported() {
        // given a spreadsheet saved as CSV, one good row and one bad
        FakeGuild acme = DISCORD.acme();
        byte[] bad = "name,amount\nImported ERP,1.2m\nBroken,lots\n".getBytes(StandardCharsets.UTF_8);
        byte[] good = "\uFEFFname,amount,close\nระบบ ERP นำเข้า,1.2 ล้าน,31/12/2569\n".getBytes(StandardCharsets.UTF_8);

        // when it is attached to /salesbot import
        var first = DISCORD.slashWithFile(acme, acme.ownerId(), "salesbot", "import", "file", "deals.csv", bad);
        var second = DISCORD.slashWithFile(acme, acme.ownerId(), "salesbot", "import", "file", "deals.csv", good);

        // then the bad file is refused row by row, and the clean one imported
        assertThat(DISCORD.callback(first).json().getInt("type")).isEqualTo(5);
        assertThat(DISCORD.followUp(first).text()).contains("Nothing imported", "lots");
        assertThat(DISCORD.followUp(second).text()).contains("Imported 1 deal");
        assertThat(DISCORD.callback(
                                DISCORD.slash(acme, acme.ownerId(), "en-US", "opp", "show", option("deal", "นำเข้า")))
                        .text())
                .contains("ระบบ ERP นำเข้า", "1,200,000");
    }

    @Test
    void aRepsImportIsRefusedBeforeTheFileIsDownloaded() {
        // given a rep of the guild (not its owner)
        FakeGuild acme = DISCORD.acme();
        String rep = DISCORD.newUserId();
        String fileName = "rep-" + rep + ".csv";

        // when they attach a CSV to /salesbot import
        var sent = DISCORD.slashWithFile(
                acme,
                rep,
                "salesbot",
                "import",
                "file",
                fileName,
                "name\nSneaky deal\n".getBytes(StandardCharsets.UTF_8));

        // then they hear the role it needs, and the bot never fetched their file
        assertThat(DISCORD.followUp(sent).text())
                .contains("needs the admin role")
                .doesNotContain("Imported");
        assertThat(DISCORD.rest().downloads()).noneMatch(path -> path.endsWith(fileName));
    }

    @Test
    void aFileThatCannotBeDownloadedIsReportedAsSuch() {
        // given an attachment whose download fails
        FakeGuild acme = DISCORD.acme();
        DISCORD.rest().loseNextDownload();

        // when it is attached to /salesbot import
        var sent = DISCORD.slashWithFile(
                acme,
                acme.ownerId(),
                "salesbot",
                "import",
                "file",
                "deals.csv",
                "name\nX\n".getBytes(StandardCharsets.UTF_8));

        // then the person hears the file never arrived, not that it lacks a column
        assertThat(DISCORD.followUp(sent).text())
                .contains("Could not download the file")
                .doesNotContain("`name`");
    }

    @Test
    void aFileOverTheImportLimitIsRefusedByNameWithoutImportingAnything() {
        // given a CSV of 11 MB
        FakeGuild acme = DISCORD.acme();
        byte[] huge = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');

        // when it is attached to /salesbot import
        var sent = DISCORD.slashWithFile(acme, acme.ownerId(), "salesbot", "import", "file", "huge.csv", huge);

        // then the person hears the limit, for that file
        assertThat(DISCORD.followUp(sent).text()).contains("huge.csv", "10 MB").doesNotContain("Imported");
    }

    @Test
    void anotherGuildSeesNoneOfTheFirstGuildsDeals() {
        // given a deal in the first guild
        FakeGuild acme = DISCORD.acme();
        FakeGuild beta = DISCORD.beta();
        String name = "Secret " + UUID.randomUUID().toString().substring(0, 8);
        DISCORD.callback(DISCORD.slash(acme, acme.ownerId(), "en-US", "opp", "new", option("name", name)));

        // then autocomplete offers it in its own guild only
        RecordedCall own =
                DISCORD.callback(DISCORD.autocomplete(acme, acme.ownerId(), "opp", "show", "deal", "secret"));
        assertThat(own.json().getInt("type")).isEqualTo(8);
        assertThat(data(own).getArray("choices").toString()).contains(name);
        RecordedCall other =
                DISCORD.callback(DISCORD.autocomplete(beta, beta.ownerId(), "opp", "show", "deal", "secret"));
        assertThat(data(other).getArray("choices").length()).isZero();

        // and the other guild cannot open it by name
        RecordedCall shown =
                DISCORD.callback(DISCORD.slash(beta, beta.ownerId(), "en-US", "opp", "show", option("deal", name)));
        assertThat(data(shown).getInt("flags") & 64).isEqualTo(64);
        assertThat(data(shown).getString("content")).startsWith("⚠️").doesNotContain(acme.name());
    }

    @Test
    void directMessageActsInTheGuildLastUsed() {
        // given a member who used the first guild
        FakeGuild acme = DISCORD.acme();
        String user = DISCORD.newUserId();
        String name = "DM deal " + UUID.randomUUID().toString().substring(0, 6);
        DISCORD.callback(DISCORD.slash(acme, user, "en-US", "opp", "new", option("name", name)));

        // when they list their deals in a DM
        RecordedCall listed = DISCORD.callback(DISCORD.slash(null, user, "en-US", "opp", "list"));

        // then they see that guild's deals
        assertThat(listed.json().getInt("type")).isEqualTo(4);
        assertThat(data(listed).toString()).contains(name);

        // while a stranger is asked to use a server first, in Thai when they write Thai
        RecordedCall stranger = DISCORD.callback(DISCORD.slash(null, DISCORD.newUserId(), "th", "opp", "list"));
        assertThat(data(stranger).getInt("flags") & 64).isEqualTo(64);
        assertThat(data(stranger).getString("content")).contains("เซิร์ฟเวอร์");
    }

    @Test
    void notifierSendsDirectMessagesAndReportsUnknownChannelsAsPermanent() {
        FakeGuild acme = DISCORD.acme();
        String user = DISCORD.newUserId();
        BotReply reminder = new BotReply.Text(Message.of("discord.list.more"), Visibility.CHANNEL);
        ReplyLocale reader = ReplyLocale.of("en", ZoneOffset.UTC);

        notifier.deliver(acme.id(), DeliveryTarget.member(user), reminder, reader);

        RecordedCall opened = DISCORD.rest()
                .await(c -> c.is("POST", "users/@me/channels") && c.text().contains(user), Duration.ofSeconds(5));
        assertThat(opened.json().getString("recipient_id")).isEqualTo(user);
        String dm = Long.toString(Long.parseLong(user) + 1);
        RecordedCall sent =
                DISCORD.rest().await(c -> c.is("POST", "channels/" + dm + "/messages"), Duration.ofSeconds(5));
        assertThat(sent.json().getString("content")).isEqualTo("More");

        assertThatThrownBy(() ->
                        notifier.deliver(acme.id(), DeliveryTarget.channel("123456789012345678"), reminder, reader))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class,
                        failure -> assertThat(failure.permanent()).isTrue());
    }
}
