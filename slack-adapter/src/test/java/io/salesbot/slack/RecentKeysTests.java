package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecentKeysTests {

    private Instant now = Instant.parse("2026-12-03T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private final RecentKeys keys = new RecentKeys(Duration.ofMinutes(10), clock);

    @Test
    void aRepeatWithinTheWindowIsNoticedAndOneAfterItIsNot() {
        assertThat(keys.first("trigger-1")).isTrue();
        now = now.plus(Duration.ofMinutes(9));
        assertThat(keys.first("trigger-1")).isFalse();
        now = now.plus(Duration.ofMinutes(2));
        assertThat(keys.first("trigger-1")).isTrue();
    }

    @Test
    void aBusyInstanceSweepsAtMostOnceInATenthOfTheWindow() {
        // More keys than a sweep is worth, none of them expired: every further key used to scan them all.
        for (int i = 0; i <= RecentKeys.SWEEP_ABOVE + 5_000; i++) {
            keys.first("busy-" + i);
        }
        assertThat(keys.sweeps()).isEqualTo(1);

        now = now.plus(Duration.ofSeconds(59));
        keys.first("one more");
        assertThat(keys.sweeps()).isEqualTo(1);

        now = now.plus(Duration.ofSeconds(1));
        keys.first("and another");
        assertThat(keys.sweeps()).isEqualTo(2);
    }

    @Test
    void expiredKeysAreForgottenByTheNextSweep() {
        for (int i = 0; i <= RecentKeys.SWEEP_ABOVE; i++) {
            keys.first("old-" + i);
        }
        now = now.plus(Duration.ofMinutes(11));
        keys.first("new");
        assertThat(keys.size()).isEqualTo(1);
        assertThat(keys.recent("old-1")).isFalse();
        assertThat(keys.recent("new")).isTrue();
    }

    @Test
    void aShortWindowIsSweptAtMostEverySecond() {
        RecentKeys clicks = new RecentKeys(Duration.ofMillis(500), clock);
        for (int i = 0; i <= RecentKeys.SWEEP_ABOVE + 10; i++) {
            clicks.first("click-" + i);
        }
        now = now.plusMillis(999);
        clicks.first("late");
        assertThat(clicks.sweeps()).isEqualTo(1);
        now = now.plusMillis(1);
        clicks.first("later");
        assertThat(clicks.sweeps()).isEqualTo(2);
        assertThat(clicks.size()).isEqualTo(2);
    }
}
