package io.salesbot.discord;

import static io.salesbot.discord.fake.FakeDiscord.option;
import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.LongDeals;
import io.salesbot.discord.fake.FakeDiscord.Sent;
import io.salesbot.discord.fake.FakeGuild;
import io.salesbot.discord.fake.RecordedCall;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import java.time.ZoneOffset;
import java.util.UUID;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A deal with more lines and history than fits a message, over Discord's wire: never refused, always said. */
class LongRepliesIntegrationTests extends DiscordIntegrationTestBase {

    @Autowired
    Localizer localizer;

    @Test
    void aDealWithTwoHundredLinesAndFiveHundredChangesReachesDiscordWithinItsLimitsInBothLanguages() {
        // given a deal with a 200-character name, 200 long lines and 500 long changes
        FakeGuild acme = DISCORD.acme();
        String name = LongDeals.text("Long " + UUID.randomUUID().toString().substring(0, 8) + " ", 200);
        DataObject created = answer(DISCORD.slash(acme, acme.ownerId(), "en-US", "opp", "new", option("name", name)));
        String number = firstEmbed(created).getString("title").split(" ")[0];
        long deal = jdbc.queryForObject("SELECT id FROM opportunity WHERE name = ?", Long.class, name);
        LongDeals.addLines(jdbc, deal, 200, 200, 1000);
        LongDeals.addChanges(jdbc, deal, 500, 1000);

        // when the card is shown in English and in Thai, and the history asked for
        DataObject english =
                answer(DISCORD.slash(acme, acme.ownerId(), "en-US", "opp", "show", option("deal", number)));
        DataObject thai = answer(DISCORD.slash(acme, acme.ownerId(), "th", "opp", "show", option("deal", number)));
        DataObject history =
                answer(DISCORD.slash(acme, acme.ownerId(), "en-US", "opp", "history", option("deal", number)));

        // then every message is within Discord's limits and says what it leaves out, in the reader's words
        assertThat(DiscordLimitsChecker.message(english)).isEmpty();
        assertThat(english.toString()).contains("more product lines not shown here");
        assertThat(DiscordLimitsChecker.message(thai)).isEmpty();
        assertThat(thai.toString()).contains("รายการที่แสดงในข้อความเดียวไม่ได้");
        assertThat(DiscordLimitsChecker.message(history)).isEmpty();
        assertThat(history.toString())
                .contains(localizer.text(
                        Message.of("reply.history.latest", 100, 501), ReplyLocale.of("en", ZoneOffset.UTC)));

        // and the card's won button updates it in place, still within the limits
        String won = customIds(english).stream()
                .filter(id -> id.startsWith("run:/opp won"))
                .findFirst()
                .orElseThrow();
        RecordedCall update = DISCORD.callback(DISCORD.button(acme, acme.ownerId(), "en-US", won));
        assertThat(update.json().getInt("type")).isEqualTo(7);
        assertThat(DiscordLimitsChecker.message(data(update))).isEmpty();

        // and autocomplete offers at most 25 choices of at most 100 characters
        RecordedCall suggested =
                DISCORD.callback(DISCORD.autocomplete(acme, acme.ownerId(), "opp", "show", "deal", ""));
        assertThat(DiscordLimitsChecker.choices(data(suggested))).isEmpty();
    }

    /** The reply's message, straight in the callback or in the follow-up after a deferred one. */
    private static DataObject answer(Sent sent) {
        RecordedCall callback = DISCORD.callback(sent);
        if (callback.json().getInt("type") == 5) {
            return DISCORD.followUp(sent).json();
        }
        return data(callback);
    }
}
