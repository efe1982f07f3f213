package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeTabVisitsIntegrationTests extends IntegrationTestBase {

    private static final Duration RECENT = Duration.ofHours(8);

    @Autowired
    HomeTabVisits visits;

    @Test
    void aTabOpenedLatelyIsRecentUntilTheWindowPassesAndAnOpeningStartsItAgain() {
        String team = slackTeam();

        visits.opened(Platform.SLACK, team, "U1");
        clock.advance(RECENT.minusMinutes(1));
        assertThat(visits.openedWithin(Platform.SLACK, team, List.of("U1"), RECENT))
                .containsExactly("U1");

        clock.advance(Duration.ofMinutes(2));
        assertThat(visits.openedWithin(Platform.SLACK, team, List.of("U1"), RECENT))
                .isEmpty();

        visits.opened(Platform.SLACK, team, "U1");
        assertThat(visits.openedWithin(Platform.SLACK, team, List.of("U1"), RECENT))
                .containsExactly("U1");
    }

    @Test
    void onlyTheMembersAskedAboutComeBackInTheOrderAsked() {
        String team = slackTeam();
        visits.opened(Platform.SLACK, team, "U1");
        visits.opened(Platform.SLACK, team, "U2");
        visits.opened(Platform.SLACK, team, "U3");

        assertThat(visits.openedWithin(Platform.SLACK, team, List.of("U3", "U9", "U1"), RECENT))
                .containsExactly("U3", "U1");
        assertThat(visits.openedWithin(Platform.SLACK, team, List.of(), RECENT)).isEmpty();
    }

    @Test
    void aWorkspaceSeesOnlyItsOwnOpeningsAndAnUnknownOneKeepsNone() {
        String team = slackTeam();
        String other = slackTeam();
        visits.opened(Platform.SLACK, team, "U1");

        // the same member id in another team, or the same team id on another platform, is someone else
        assertThat(visits.openedWithin(Platform.SLACK, other, List.of("U1"), RECENT))
                .isEmpty();
        assertThat(visits.openedWithin(Platform.DISCORD, team, List.of("U1"), RECENT))
                .isEmpty();

        String unknown = "T-never-seen-" + UUID.randomUUID();
        visits.opened(Platform.SLACK, unknown, "U1");
        assertThat(visits.openedWithin(Platform.SLACK, unknown, List.of("U1"), RECENT))
                .isEmpty();
    }

    private String slackTeam() {
        String team = "T" + UUID.randomUUID();
        workspaces.enter(new Visitor(Platform.SLACK, team, "Team", "U1", "One", Role.REP));
        return team;
    }
}
