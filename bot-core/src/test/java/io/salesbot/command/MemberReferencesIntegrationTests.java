package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.reply.BotReply;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member named by display name must be the one person of that name: two people may share one,
 * and acting on the first of them would act on the wrong person. Every command that takes a member
 * refuses an ambiguous name with each candidate and the id that names them exactly, and changes
 * nothing; a mention (the platform's user id) stays exact.
 */
class MemberReferencesIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    String team;
    Caller manager;

    @BeforeEach
    void twoPeopleCalledSomchai() {
        team = "T-" + UUID.randomUUID();
        Caller admin = caller("U-admin", "Admin", Role.ADMIN);
        manager = caller("U-manager", "Manager", Role.MANAGER);
        ok(admin, "/opp help");
        ok(manager, "/opp help");
        ok(caller("U-somchai-1", "Somchai", Role.REP), "/opp new \"Deal of the first\" amount:1m");
        ok(caller("U-somchai-2", "somchai", Role.REP), "/opp new \"Deal of the second\" amount:2m");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/opp list @Somchai",
                "/opp list Somchai",
                "/pipeline @Somchai",
                "/forecast quarter @somchai",
                "/opp new \"Handed over\" owner:Somchai",
                "/opp edit \"Deal of the first\" owner:@Somchai",
                "/salesbot role @Somchai manager"
            })
    void anAmbiguousNameIsRefusedWithEveryCandidate(String line) {
        long dealsBefore = deals();

        BotReply reply = run(caller("U-admin", "Admin", Role.ADMIN), line);

        assertThat(reply).isInstanceOf(BotReply.Error.class);
        BotReply.Error error = (BotReply.Error) reply;
        assertThat(error.message().key()).isEqualTo("error.member.ambiguous");
        assertThat(error.message().args().get(1).toString()).contains("U-somchai-1", "U-somchai-2");
        assertThat(deals()).isEqualTo(dealsBefore);
        assertThat(roleOf("U-somchai-1")).isEqualTo("REP");
        assertThat(roleOf("U-somchai-2")).isEqualTo("REP");
        assertThat(ownerOf("Deal of the first")).isEqualTo("U-somchai-1");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"U-somchai-2", "@U-somchai-2"})
    void theIdNamesOneOfThemExactly(String who) {
        BotReply list = run(manager, "/opp list " + who);
        BotReply handedOver = run(manager, "/opp edit \"Deal of the first\" owner:" + who);

        assertThat(list.toString()).contains("Deal of the second").doesNotContain("Deal of the first");
        assertThat(handedOver).isNotInstanceOf(BotReply.Error.class);
        assertThat(ownerOf("Deal of the first")).isEqualTo("U-somchai-2");
    }

    private long deals() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM opportunity o JOIN workspace w ON w.id = o.workspace_id WHERE w.external_id = ?",
                Long.class,
                team);
    }

    private String roleOf(String user) {
        return jdbc.queryForObject(
                "SELECT m.role FROM member m JOIN workspace w ON w.id = m.workspace_id"
                        + " WHERE w.external_id = ? AND m.platform_user_id = ?",
                String.class,
                team,
                user);
    }

    private String ownerOf(String deal) {
        return jdbc.queryForObject(
                "SELECT m.platform_user_id FROM opportunity o JOIN member m ON m.id = o.owner_id"
                        + " JOIN workspace w ON w.id = o.workspace_id WHERE w.external_id = ? AND o.name = ?",
                String.class,
                team,
                deal);
    }

    private BotReply run(Caller caller, String line) {
        return gateway.handle(caller, line).reply();
    }

    private void ok(Caller caller, String line) {
        assertThat(run(caller, line)).as(line).isNotInstanceOf(BotReply.Error.class);
    }

    private Caller caller(String user, String name, Role roleIfNew) {
        return new Caller(new Visitor(Platform.SLACK, team, "Team", user, name, roleIfNew), null);
    }
}
