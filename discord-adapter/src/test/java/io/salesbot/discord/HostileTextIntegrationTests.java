package io.salesbot.discord;

import static io.salesbot.discord.fake.FakeDiscord.option;
import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.discord.fake.FakeDiscord;
import io.salesbot.discord.fake.FakeDiscord.Sent;
import io.salesbot.discord.fake.FakeGuild;
import io.salesbot.discord.fake.RecordedCall;
import io.salesbot.notification.DeliveryTarget;
import io.salesbot.notification.Notice;
import io.salesbot.notification.Outbox;
import io.salesbot.notification.OutboxWorker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One deal whose every text field (name, customer, product, notes, lost reason, description, the
 * owner's nickname) is written to ping, link and format, driven through every notification kind
 * and every kind of reply with the real JDA. Every message JDA sent is then read: each one forbids
 * pings in its allowed_mentions, and where Discord reads markdown (content, embed titles,
 * descriptions and field values) people's text carries no markdown, mention or masked link of its
 * own, yet still reads as typed.
 */
class HostileTextIntegrationTests extends DiscordIntegrationTestBase {

    /** What a person could type to ping everyone, hide a link or format a message; and Thai. */
    static final String HOSTILE = "<!channel> @everyone @here <@123> <@&456> <#789> <https://evil.example|Click me>"
            + " [Click me](https://evil.example) *bold* _it_ ~gone~ `tick` ||spoiler|| ดีลไทย";

    /** The same with line breaks, for the fields that keep them (a lost reason, a description). */
    static final String LINES = HOSTILE + "\n# heading\n-# small\n> quote\n1. list";

    /** People's markup that must never stand unescaped where Discord reads markdown. */
    static final List<Pattern> RAW = List.of(
            Pattern.compile("(?<!\\\\)<[@#!]"),
            Pattern.compile("(?<!\\\\)<https?:"),
            Pattern.compile("(?<!\\\\)@(everyone|here)"),
            Pattern.compile("(?<!\\\\)\\]\\(https?:"),
            Pattern.compile("(?<!\\\\)\\|\\|spoiler"),
            Pattern.compile("(?<![\\\\*])\\*bold"),
            Pattern.compile("(?<!\\\\)_it"),
            Pattern.compile("(?<!\\\\)~gone"),
            Pattern.compile("(?m)^\\s*(# heading|-# small|> quote|1\\. list)"));

    static final Pattern CODE_BLOCK = Pattern.compile("```.*?```", Pattern.DOTALL);
    static final Pattern CODE_SPAN = Pattern.compile("(?<!\\\\)`[^`\n]*`");

    @Autowired
    OutboxWorker worker;

    @Autowired
    Outbox outbox;

    final List<String> markdown = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    /** The one user a message may ping: the owner of a won deal, mentioned by us in its news. */
    String owner = "none";

    @Test
    void peoplesTextReadsAsTextInEveryMessageAndNeverPings() {
        FakeGuild acme = DISCORD.acme();
        String rep = DISCORD.newUserId();
        owner = rep;
        int from = DISCORD.rest().calls().size();
        DISCORD.nickname(rep, HOSTILE);
        try {
            // every notification kind is subscribed; a rep's deal is created, given a product, moved and won
            reply(DISCORD.slash(
                    acme, acme.ownerId(), "en-US", "salesbot", "notify", option("events", "new,stage,won,lost")));
            String first = number(reply(DISCORD.slash(
                    acme,
                    rep,
                    "en-US",
                    "opp",
                    "new",
                    option("name", HOSTILE),
                    option("customer", HOSTILE),
                    option("amount", "1000"),
                    option("close", "2020-01-01"))));
            reply(DISCORD.slash(
                    acme,
                    rep,
                    "en-US",
                    "opp",
                    "product",
                    option("deal", first),
                    option("product", HOSTILE),
                    option("qty", "1"),
                    option("price", "500")));
            reply(DISCORD.slash(
                    acme, rep, "en-US", "opp", "stage", option("deal", first), option("stage", "In progress")));
            reply(DISCORD.slash(acme, rep, "en-US", "opp", "won", option("deal", first), option("note", HOSTILE)));
            // a second deal is lost with a reason over several lines; a third stays open past its close date
            String second = number(reply(DISCORD.slash(
                    acme, rep, "en-US", "opp", "new", option("name", HOSTILE + " 2"), option("close", "2020-01-01"))));
            reply(DISCORD.slash(acme, rep, "en-US", "opp", "lost", option("deal", second), option("reason", LINES)));
            String third = number(reply(DISCORD.slash(
                    acme,
                    rep,
                    "en-US",
                    "opp",
                    "new",
                    option("name", HOSTILE + " 3"),
                    option("description", LINES),
                    option("amount", "3000"),
                    option("close", "2020-01-01"))));

            // every reply kind: card, list, history table, reports with charts, errors, a form, a file
            reply(DISCORD.slash(acme, rep, "en-US", "opp", "show", option("deal", third)));
            reply(DISCORD.slash(acme, rep, "en-US", "opp", "list"));
            reply(DISCORD.slash(acme, rep, "en-US", "opp", "history", option("deal", first)));
            DISCORD.followUp(DISCORD.slash(acme, rep, "en-US", "pipeline", null));
            DISCORD.followUp(DISCORD.slash(acme, rep, "en-US", "forecast", "view", option("period", "quarter")));
            reply(DISCORD.slash(acme, rep, "en-US", "opp", "show", option("deal", "ดีลไทย")));
            reply(DISCORD.slash(
                    acme,
                    rep,
                    "en-US",
                    "opp",
                    "show",
                    option("deal", "<@123> `no such deal` [x](https://evil.example)")));
            reply(DISCORD.slash(acme, rep, "en-US", "opp", "new"));
            Sent export = DISCORD.slash(acme, acme.ownerId(), "en-US", "salesbot", "export", option("what", "deals"));
            DISCORD.rest().await(c -> c.path().contains(export.token()) && c.multipart(), FakeDiscord.WAIT);

            // every notification kind goes out
            worker.deliverDue();
            long workspace =
                    jdbc.queryForObject("SELECT id FROM workspace WHERE external_id = ?", Long.class, acme.id());
            String run = UUID.randomUUID().toString();
            outbox.enqueue(
                    workspace,
                    DeliveryTarget.channel(acme.channelId()),
                    "digest-" + run,
                    new Notice.Digest(clock.instant().minusSeconds(3_600)),
                    clock.instant());
            outbox.enqueue(
                    workspace,
                    DeliveryTarget.member(rep),
                    "reminder-" + run,
                    new Notice.Reminder(LocalDate.now(clock)),
                    clock.instant());
            worker.deliverDue();
        } finally {
            DISCORD.nickname(rep, null);
            DISCORD.callback(
                    DISCORD.slash(acme, acme.ownerId(), "en-US", "salesbot", "notify", option("events", "off")));
        }

        // then: every message JDA sent is read
        List<RecordedCall> calls =
                DISCORD.rest().calls().subList(from, DISCORD.rest().calls().size());
        List<DataObject> messages = new ArrayList<>();
        for (RecordedCall call : calls) {
            message(call).ifPresent(messages::add);
        }
        messages.forEach(this::check);
        dump(messages);
        assertThat(problems)
                .as("people's markup where Discord reads markdown, or a ping allowed")
                .isEmpty();

        // every notification kind reached the channel, and people's text reads as typed in each
        List<String> posts = calls.stream()
                .filter(c -> c.is("POST", "channels/" + acme.channelId() + "/messages"))
                .map(c -> c.json().toString())
                .toList();
        assertThat(posts).filteredOn(p -> p.contains("New deal")).isNotEmpty();
        assertThat(posts).filteredOn(p -> p.contains("moved")).isNotEmpty();
        assertThat(posts).filteredOn(p -> p.contains("Won:")).isNotEmpty();
        // the won deal's owner, and nobody else, may be pinged by its news
        assertThat(posts)
                .filteredOn(p -> p.contains("Won:"))
                .allSatisfy(p -> assertThat(p).contains("\"users\":[\"" + rep + "\"]", "<@" + rep + ">"));
        assertThat(posts).filteredOn(p -> p.contains("Lost:")).isNotEmpty();
        assertThat(posts).filteredOn(p -> p.contains("digest")).isNotEmpty();
        assertThat(calls)
                .filteredOn(
                        c -> c.is("POST", "channels/\\d+/messages") && !c.path().contains(acme.channelId()))
                // a table cell shows the start of a long name (the reminder's code block cuts it at 60)
                .anySatisfy(dm -> assertThat(dm.json().toString()).contains("Deals to update", "<!channel> @everyone"));
        assertThat(String.join("\n", markdown))
                .contains(
                        "\\<!channel\\> \\@everyone \\@here \\<\\@123\\> \\<\\@&456\\> \\<\\#789\\>",
                        "\\<https://evil.example\\|Click me\\> \\[Click me\\](https://evil.example)",
                        "\\*bold\\* \\_it\\_ \\~gone\\~ \\`tick\\` \\|\\|spoiler\\|\\| ดีลไทย",
                        "\n\\# heading\n\\-\\# small\n\\> quote\n1\\. list");
        // files go up under safe names
        assertThat(calls)
                .filteredOn(RecordedCall::multipart)
                .flatMap(c -> c.json()
                        .optArray("attachments")
                        .orElse(DataArray.empty())
                        .toList())
                .allSatisfy(a -> assertThat(String.valueOf(((Map<?, ?>) a).get("filename")))
                        .matches("[\\p{L}\\p{M}\\p{N}._-]{1,100}"));
    }

    /** Every message sent, for a person to read what a hostile deal looks like (target/hostile-discord.txt). */
    private static void dump(List<DataObject> messages) {
        try (var out = new java.io.PrintWriter("target/hostile-discord.txt", java.nio.charset.StandardCharsets.UTF_8)) {
            messages.forEach(out::println);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The interaction's reply, once JDA sent it. */
    private DataObject reply(Sent sent) {
        return DISCORD.callback(sent).json();
    }

    /** The deal number a card reply shows in its title ({@code #42 …}), as a reference. */
    private static String number(DataObject callback) {
        String title = firstEmbed(callback.getObject("data")).getString("title");
        return title.substring(0, title.indexOf(' '));
    }

    /** The message a call sends, if it sends one: a reply or update, a follow-up, an edit, a post. */
    private static java.util.Optional<DataObject> message(RecordedCall call) {
        if (call.is("POST", "interactions/.*/callback")) {
            DataObject body = call.json();
            int type = body.getInt("type");
            return type == 4 || type == 7 ? body.optObject("data") : java.util.Optional.empty();
        }
        if (call.is("POST", "webhooks/.*")
                || call.is("PATCH", "webhooks/.*")
                || call.is("POST", "channels/\\d+/messages")) {
            return java.util.Optional.of(call.json());
        }
        return java.util.Optional.empty();
    }

    private void check(DataObject message) {
        DataObject allowed = message.optObject("allowed_mentions").orElse(null);
        if (allowed == null
                || allowed.optArray("parse").map(DataArray::length).orElse(-1) != 0
                || !allowed.optArray("users").map(DataArray::toList).orElse(List.of()).stream()
                        .allMatch(owner::equals)
                || allowed.optArray("roles").map(DataArray::length).orElse(0) != 0
                || allowed.getBoolean("replied_user", false)) {
            problems.add("pings allowed: " + message);
        }
        if (!message.isNull("content") && message.hasKey("content")) {
            read("content", message.getString("content"), 2000);
        }
        DataArray embeds = message.optArray("embeds").orElse(DataArray.empty());
        for (int e = 0; e < embeds.length(); e++) {
            DataObject embed = embeds.getObject(e);
            if (embed.hasKey("title")) {
                read("embed title", embed.getString("title"), 256);
            }
            if (embed.hasKey("description")) {
                read("embed description", embed.getString("description"), 4096);
            }
            DataArray fields = embed.optArray("fields").orElse(DataArray.empty());
            for (int f = 0; f < fields.length(); f++) {
                read("field name", fields.getObject(f).getString("name"), 256);
                read("field value", fields.getObject(f).getString("value"), 1024);
            }
        }
    }

    private void read(String where, String text, int limit) {
        markdown.add(text);
        if (text.length() > limit) {
            problems.add(where + " over " + limit + ": " + text);
        }
        // Inside our code spans and blocks Discord shows text as it is: no mention, link or format.
        String outsideCode = CODE_SPAN
                .matcher(
                        CODE_BLOCK.matcher(text.replace("<@" + owner + ">", "")).replaceAll(""))
                .replaceAll("");
        for (Pattern raw : RAW) {
            if (raw.matcher(outsideCode).find()) {
                problems.add(where + " has " + raw + ": " + text);
            }
        }
    }
}
