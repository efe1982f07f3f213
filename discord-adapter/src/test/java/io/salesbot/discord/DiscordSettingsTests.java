package io.salesbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordSettingsTests {

    @Test
    void oneInstanceRunsEveryShardByDefault() {
        DiscordSettings settings = new DiscordSettings("token", null, null, null, null, null, null, null);

        assertThat(settings.shardTotal()).isEqualTo(1);
        assertThat(settings.shardIds()).isEmpty();
        assertThat(settings.sharded()).isFalse();
        assertThat(settings.apiUrl()).isEqualTo("https://discord.com/api/v10/");
    }

    @Test
    void instancesSplitTheShards() {
        DiscordSettings second = new DiscordSettings("token", null, null, null, 4, List.of(2, 3), null, null);

        assertThat(second.sharded()).isTrue();
        assertThat(second.shardIds()).containsExactly(2, 3);
        assertThatThrownBy(() -> new DiscordSettings("token", null, null, null, 2, List.of(2), null, null))
                .hasMessageContaining("DISCORD_SHARD_IDS");
    }

    @Test
    void neverShowsTheToken() {
        assertThat(new DiscordSettings("secret-token", null, null, null, null, null, null, null).toString())
                .doesNotContain("secret-token");
    }

    @Test
    void callsAndNotificationsAreBoundedByDefault() {
        DiscordSettings unset = new DiscordSettings("token", null, null, null, null, null, null, Duration.ZERO);
        DiscordSettings set = new DiscordSettings(
                "token", null, null, null, null, null, Duration.ofSeconds(2), Duration.ofSeconds(5));

        assertThat(unset.restTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(unset.notificationTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(set.restTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(set.notificationTimeout()).isEqualTo(Duration.ofSeconds(5));
    }
}
