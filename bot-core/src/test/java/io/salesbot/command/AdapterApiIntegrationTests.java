package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.opportunity.StageView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What adapters get from the core instead of reaching into it: files, suggestions, readers, welcomes. */
class AdapterApiIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    @Autowired
    Suggestions suggestions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFileIsFetchedOnlyForSomeoneWhoMayRunTheCommand() {
        String team = "T-" + UUID.randomUUID();
        gateway.handle(caller(team, "founder", Role.ADMIN), "/opp help");
        AtomicInteger fetched = new AtomicInteger();
        UploadSource file = () -> {
            fetched.incrementAndGet();
            return new Upload("deals.csv", "name\nX\n".getBytes(StandardCharsets.UTF_8));
        };

        Answer refused = gateway.handle(caller(team, "rep", Role.REP), "/salesbot import", Map.of(), file);

        assertThat(((BotReply.Error) refused.reply()).message().key()).isEqualTo("error.permission.role");
        assertThat(fetched).hasValue(0);
    }

    @Test
    void anUploadIsDecodedInTheCoreByteOrderMarkAndThaiIncluded() {
        Caller admin = caller("T-" + UUID.randomUUID(), "founder", Role.ADMIN);
        byte[] csv = "\uFEFFname,amount\nระบบ ERP,1.2 ล้าน\n".getBytes(StandardCharsets.UTF_8);

        Answer answer = gateway.handle(
                admin, "/salesbot import", Map.of("dry-run", "true"), () -> new Upload("deals.csv", csv));

        assertThat(((BotReply.Table) answer.reply()).title().key()).isEqualTo("reply.import.clean");
    }

    @Test
    void anUploadIsImported() {
        Caller admin = caller("T-" + UUID.randomUUID(), "founder", Role.ADMIN);
        byte[] csv = "name,amount,close\nระบบ ERP จาก Slack,1.2m,31/12/2569\n".getBytes(StandardCharsets.UTF_8);

        Answer answer = gateway.handle(admin, "/salesbot import", Map.of(), () -> new Upload("deals.csv", csv));

        assertThat(((BotReply.Table) answer.reply()).title().key()).isEqualTo("reply.import.done");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedByName() {
        Caller admin = caller("T-" + UUID.randomUUID(), "founder", Role.ADMIN);
        byte[] latin1 = "name\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        Answer answer = gateway.handle(admin, "/salesbot import", Map.of(), () -> new Upload("latin1.csv", latin1));

        BotReply.Error error = (BotReply.Error) answer.reply();
        assertThat(error.message()).isEqualTo(Message.of("error.import.unreadable", "latin1.csv"));
    }

    @Test
    void whatTheAdapterCouldNotFetchIsTheAnswer() {
        Caller admin = caller("T-" + UUID.randomUUID(), "founder", Role.ADMIN);

        Answer answer = gateway.handle(admin, "/salesbot import", Map.of(), () -> {
            throw new UploadRefused(Upload.tooLarge("huge.csv"));
        });

        assertThat(((BotReply.Error) answer.reply()).message()).isEqualTo(Upload.tooLarge("huge.csv"));
    }

    @Test
    void aTypedLineIsReadApartWhenItsCommandTakesAFile() {
        assertThat(gateway.takingFile("/salesbot import ~/my deals.csv dry-run"))
                .contains(new FileCommand("/salesbot import", Map.of("dry-run", "true"), "~/my deals.csv"));
        assertThat(gateway.takingFile("/salesbot import dry-run"))
                .contains(new FileCommand("/salesbot import", Map.of("dry-run", "true"), null));
        assertThat(gateway.takingFile("/opp list")).isEmpty();
        assertThat(gateway.takingFile("/nonsense")).isEmpty();
    }

    @Test
    void onlyTheFirstCommandOfANewWorkspaceSaysItCreatedIt() {
        String team = "T-" + UUID.randomUUID();

        Answer first = gateway.handle(caller(team, "founder", Role.ADMIN), "/opp help");
        Answer second = gateway.handle(caller(team, "founder", Role.ADMIN), "/opp help");
        Answer newcomer = gateway.handle(caller(team, "rep", Role.REP), "/opp help");

        assertThat(first.newWorkspace()).isTrue();
        assertThat(second.newWorkspace()).isFalse();
        assertThat(newcomer.newWorkspace()).isFalse();
    }

    @Test
    void aRefusalForAWorkspaceKnownByIdIsInItsLanguageAndCreatesNothing() {
        String team = "T-" + UUID.randomUUID();
        gateway.handle(caller(team, "founder", Role.ADMIN), "/salesbot language th");
        String unknown = "T-" + UUID.randomUUID();

        Answer known = gateway.refuse(Platform.SLACK, team, Message.of("error.command.empty", "/opp"));
        Answer stranger = gateway.refuse(Platform.SLACK, unknown, Message.of("error.command.empty", "/opp"));

        assertThat(known.reader().language()).isEqualTo("th");
        assertThat(stranger.reader().language()).isEqualTo("en");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workspace WHERE external_id = ?", Long.class, unknown))
                .isZero();
    }

    @Test
    void suggestionsComeFromTheCallersOwnWorkspaceOnly() {
        String team = "T-" + UUID.randomUUID();
        Caller ann = caller(team, "founder", Role.ADMIN);
        gateway.handle(ann, "/opp new \"Ward ERP\"");
        gateway.handle(caller("T-" + UUID.randomUUID(), "other", Role.ADMIN), "/opp new \"Ward CRM\"");

        List<Suggestion> deals = suggestions.suggest(ann, OptionType.DEAL, "ward", "en");
        List<Suggestion> stages = suggestions.suggest(ann, OptionType.STAGE, "", "th");

        assertThat(deals).containsExactly(new Suggestion("#1 Ward ERP", "#1"));
        assertThat(stages).extracting(Suggestion::label).contains("รอดำเนินการ");
        assertThat(stages).extracting(Suggestion::value).contains("Wait");
        assertThat(suggestions.suggest(ann, OptionType.AMOUNT, "1", "en")).isEmpty();
    }

    @Test
    void aDealCardSaysWhichStagesTheDealMayMoveTo() {
        Caller ann = caller("T-" + UUID.randomUUID(), "founder", Role.ADMIN);

        BotReply.DealCard open =
                (BotReply.DealCard) gateway.handle(ann, "/opp new \"Ward ERP\"").reply();
        BotReply.DealCard won =
                (BotReply.DealCard) gateway.handle(ann, "/opp won #1").reply();

        assertThat(open.moves()).extracting(StageView::name).containsExactly("In progress");
        assertThat(won.moves()).isEmpty();
    }

    private static Caller caller(String team, String user, Role roleIfNew) {
        return new Caller(new Visitor(Platform.SLACK, team, "Team", user, user, roleIfNew), null, "C-sales");
    }
}
