package io.salesbot.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.IntegrationTestBase;
import io.salesbot.common.InvalidInputException;
import io.salesbot.common.PermissionDeniedException;
import io.salesbot.common.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WorkspaceServiceIntegrationTests extends IntegrationTestBase {

    @Test
    void firstContactCreatesTheWorkspaceOnceEvenWhenUsersArriveTogether() throws Exception {
        String team = "T-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Actor>> arrivals = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String user = "U" + i;
            arrivals.add(() -> workspaces.enter(new Visitor(Platform.SLACK, team, "Team", user, user, Role.REP)));
        }
        List<Actor> actors = new ArrayList<>();
        for (Future<Actor> arrival : pool.invokeAll(arrivals)) {
            actors.add(arrival.get());
        }
        pool.shutdown();

        assertThat(actors)
                .extracting(Actor::workspaceId)
                .containsOnly(actors.get(0).workspaceId());
        assertThat(count("stage", actors.get(0))).isEqualTo(4);
        assertThat(count("member", actors.get(0))).isEqualTo(8);
    }

    @Test
    void aKnownVisitorEntersAsTheEntitiesWouldHaveEnteredThemAndWhatChangedIsKept() {
        String team = "T-" + UUID.randomUUID();
        Visitor ann =
                new Visitor(Platform.SLACK, team, "Team", "U1", "Ann", Role.ADMIN).withClock("Asia/Tokyo", "th-TH");
        WorkspaceService.Entered first = workspaces.enterWithSettings(ann);

        // as they were: the same actor and settings, read without the entities
        WorkspaceService.Entered again = workspaces.enterWithSettings(ann);
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.actor()).isEqualTo(first.actor());
        assertThat(again.settings()).isEqualTo(first.settings());
        assertThat(again.settings().readerZone()).hasToString("Asia/Tokyo");
        assertThat(again.settings().memberLanguage()).isEqualTo("th");

        // a new name or clock from the platform is kept, and a role changed since is read
        Visitor renamed =
                new Visitor(Platform.SLACK, team, "Team", "U1", "Ann B.", Role.ADMIN).withClock("Asia/Bangkok", null);
        assertThat(workspaces.enterWithSettings(renamed).settings().readerZone())
                .hasToString("Asia/Bangkok");
        assertThat(jdbc.queryForObject(
                        "SELECT display_name FROM member WHERE id = ?",
                        String.class,
                        first.actor().memberId()))
                .isEqualTo("Ann B.");
        Actor bob = workspaces.enter(new Visitor(Platform.SLACK, team, "Team", "U2", "Bob", Role.REP));
        workspaces.changeRole(first.actor(), "U2", Role.MANAGER);
        assertThat(workspaces
                        .enter(new Visitor(Platform.SLACK, team, "Team", "U2", "Bob", Role.REP))
                        .role())
                .isEqualTo(Role.MANAGER);
        assertThat(bob.role()).isEqualTo(Role.REP);
    }

    @Test
    void theSameUserInAnotherWorkspaceIsAnotherMember() {
        Actor here = workspaces.enter(
                new Visitor(Platform.DISCORD, "G-" + UUID.randomUUID(), "Guild", "42", "Ann", Role.ADMIN));
        Actor there =
                workspaces.enter(new Visitor(Platform.DISCORD, "G-" + UUID.randomUUID(), "Guild", "42", "Ann", null));

        assertThat(there.workspaceId()).isNotEqualTo(here.workspaceId());
        assertThat(there.role()).isEqualTo(Role.REP);
    }

    @Test
    void adminsSetRolesAndSettingsButTheLastAdminStays() {
        Actor admin = newWorkspace(Role.ADMIN);
        Actor rep = join(admin, "U-rep", Role.REP);

        assertThatThrownBy(() -> workspaces.changeRole(rep, "U-rep", Role.ADMIN))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(workspaces.changeRole(admin, "U-rep", Role.MANAGER).role()).isEqualTo(Role.MANAGER);
        // However a member is written (a mention, an id, a display name), the same member is found.
        assertThat(workspaces.changeRole(admin, " @U-rep", Role.REP).role()).isEqualTo(Role.REP);
        assertThat(workspaces.member(admin, "@U-rep").id()).isEqualTo(rep.memberId());
        assertThatThrownBy(() -> workspaces.changeRole(admin, "founder", Role.REP))
                .isInstanceOf(RuleViolationException.class);

        assertThat(workspaces.changeLanguage(admin, "TH", false).language()).isEqualTo("th");
        assertThat(workspaces.changeCurrency(admin, "usd").currency()).isEqualTo("USD");
        assertThat(workspaces.changeTimeZone(admin, "Asia/Tokyo").zone().getId())
                .isEqualTo("Asia/Tokyo");
        assertThatThrownBy(() -> workspaces.changeLanguage(admin, "fr", false))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> workspaces.changeCurrency(admin, "BAHT")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> workspaces.changeTimeZone(admin, "Mars/Olympus"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(workspaces.settings(admin).currency()).isEqualTo("USD");
    }

    @Test
    void newWorkspacesDefaultToThaiBahtAndBangkokTime() {
        WorkspaceSettings settings = workspaces.settings(newWorkspace(Role.ADMIN));

        assertThat(settings.currency()).isEqualTo("THB");
        assertThat(settings.zone().getId()).isEqualTo("Asia/Bangkok");
        assertThat(settings.language()).isEqualTo("en");
    }
}
