package io.salesbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.discord.fake.FakeDiscord;
import io.salesbot.discord.fake.RecordedCall;
import java.time.Duration;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real JDA of the Spring context logged in to a {@link FakeDiscord} shared by the test JVM.
 * Every test fails on an ERROR logged by JDA or by the adapter.
 */
abstract class DiscordIntegrationTestBase extends IntegrationTestBase {

    static final FakeDiscord DISCORD = FakeDiscord.start();
    static final ErrorLogCapture ERRORS = ErrorLogCapture.create();
    // Short, so tests of a silent Discord take seconds; every Discord test shares them, as it shares
    // one context (and so one JDA session with the fake gateway).
    static final Duration REST_TIMEOUT = Duration.ofMillis(1500);
    static final Duration NOTIFICATION_TIMEOUT = Duration.ofSeconds(5);

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        registry.add("salesbot.discord.bot-token", () -> "fake-bot-token");
        registry.add("salesbot.discord.api-url", DISCORD::apiUrl);
        registry.add("salesbot.discord.gateway-url", DISCORD::gatewayUrl);
        registry.add(
                "salesbot.discord.guild-ids",
                () -> DISCORD.acme().id() + "," + DISCORD.beta().id());
        registry.add("salesbot.discord.rest-timeout", REST_TIMEOUT::toString);
        registry.add("salesbot.discord.notification-timeout", NOTIFICATION_TIMEOUT::toString);
        registry.add("salesbot.outbox.enabled", () -> "false");
    }

    @BeforeEach
    void awaitCommandsRegistered() {
        ERRORS.attach();
        for (String guild : new String[] {DISCORD.acme().id(), DISCORD.beta().id()}) {
            DISCORD.rest()
                    .await(
                            c -> c.is("PUT", "applications/" + DISCORD.appId() + "/guilds/" + guild + "/commands"),
                            FakeDiscord.WAIT);
        }
    }

    @AfterEach
    void noErrorsLogged() {
        assertThat(ERRORS.drain()).as("ERROR lines of JDA or the adapter").isEmpty();
    }

    static DataObject data(RecordedCall callback) {
        return callback.json().getObject("data");
    }

    static DataObject firstEmbed(DataObject message) {
        return message.getArray("embeds").getObject(0);
    }

    /** The custom ids of every component of a message, top level and inside rows. */
    static java.util.List<String> customIds(DataObject message) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        DataArray rows = message.optArray("components").orElse(DataArray.empty());
        for (int r = 0; r < rows.length(); r++) {
            DataArray children = rows.getObject(r).optArray("components").orElse(DataArray.empty());
            for (int c = 0; c < children.length(); c++) {
                children.getObject(c).opt("custom_id").ifPresent(id -> ids.add(id.toString()));
            }
        }
        return ids;
    }
}
