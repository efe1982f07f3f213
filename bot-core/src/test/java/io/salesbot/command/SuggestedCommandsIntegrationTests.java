package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every command the bot tells people to type works when typed: the examples and hints of both
 * message bundles, README's walkthrough, and what replies suggest (next steps under cards, hints
 * in errors, paging), each run on a demo workspace by someone who was shown it.
 */
class SuggestedCommandsIntegrationTests extends IntegrationTestBase {

    /** Commands whose replies are harvested for suggestions: cards, lists, reports and mistakes. */
    private static final List<String> ASKED = List.of(
            "/opp list all",
            "/opp list",
            "/opp list mine",
            "/lead list",
            "/pipeline",
            "/forecast",
            "/campaign report",
            "/campaign list",
            "/salesbot outbox",
            "/salesbot notify list",
            "/salesbot members",
            "/opp show #99",
            "/opp show nothing like this",
            "/opp show erp",
            "/lead convert L-99",
            "/lead drop L-99 gone",
            "/oops",
            "/opp",
            "/opp shw #9",
            "/opp stage #9 nonsense",
            "/opp won #2",
            "/opp lost #2 late",
            "/opp reopen #9",
            "/opp product-remove #9 9",
            "/opp edit #6 colse:eom",
            "/opp new Acme ERP amount 1.2m",
            "/salesbot role @nobody manager",
            "/salesbot stages",
            "/salesbot types",
            "/salesbot sources",
            "/salesbot products",
            "/salesbot language",
            "/forecast bogus",
            "/pipeline campaign:nothing",
            "/campaign report nothing",
            // wave 2: the forecast call and the rep's day
            "/pipeline funnel",
            "/forecast calls",
            "/forecast accuracy",
            "/forecast changes since:last-week",
            "/forecast submit",
            "/forecast sumbit",
            "/salesbot quota list",
            "/salesbot home",
            "/salesbot me",
            "/task list",
            "/task list all",
            "/task list overdue",
            "/task done T-99",
            "/opp history #6",
            "/opp next #99 call");

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    @Autowired
    CommandCatalog catalog;

    @BeforeEach
    void aWeekday() {
        clock.set(Instant.parse("2026-12-03T03:00:00Z"));
    }

    @Test
    void everyCommandTheMessageBundlesSuggestWorksWhenTyped() throws IOException {
        java.util.Map<String, java.util.Map<String, List<String>>> bundles = new java.util.LinkedHashMap<>();
        bundles.put("messages_en", SuggestedCommands.inBundle("messages_en"));
        bundles.put("messages_th", SuggestedCommands.inBundle("messages_th"));
        // each platform's own words (tests run in bot-core, beside the other modules)
        for (String platform : List.of("app/console", "slack-adapter/slack", "discord-adapter/discord")) {
            String module = platform.split("/")[0];
            String name = platform.split("/")[1];
            for (String language : List.of("en", "th")) {
                Path file = Path.of(
                        "..", module, "src/main/resources", "messages_" + name + "_" + language + ".properties");
                assertThat(file).exists();
                bundles.put(file.getFileName().toString(), SuggestedCommands.inBundle(file));
            }
        }
        List<String> refused = new ArrayList<>();
        for (java.util.Map.Entry<String, java.util.Map<String, List<String>>> each : bundles.entrySet()) {
            String bundle = each.getKey();
            for (java.util.Map.Entry<String, List<String>> message :
                    each.getValue().entrySet()) {
                String key = message.getKey();
                // a message's commands run in the order it gives them, on a demo workspace of their own
                Caller admin = asker(Role.ADMIN, demoWorkspace());
                for (String suggested : message.getValue()) {
                    String line = typed(suggested);
                    if (line.startsWith("/salesbot demo")) {
                        admin = caller("U-admin", Role.ADMIN, "ws-" + UUID.randomUUID());
                    }
                    if (gateway.takingFile(line).isPresent()) {
                        continue; // the file comes from the platform; the line itself reads
                    }
                    refusal(bundle + " " + key + ": " + line, gateway.handle(admin, line))
                            .ifPresent(refused::add);
                }
            }
        }
        assertThat(refused).isEmpty();
    }

    @Test
    void readmesWalkthroughWorksInOrderOnTheDemoWorkspace() throws IOException {
        Path readme = readme();
        List<String> walkthrough = Files.readAllLines(readme).stream()
                .filter(line -> line.startsWith("salesbot> "))
                .map(line -> line.substring("salesbot> ".length())
                        .replaceFirst("\\s+#.*$", "")
                        .strip())
                .toList();
        assertThat(walkthrough).isNotEmpty();
        Caller admin = caller("U-admin", Role.ADMIN, "ws-" + UUID.randomUUID());
        List<String> refused = new ArrayList<>();
        for (String line : walkthrough) {
            refusal(line, gateway.handle(admin, line)).ifPresent(refused::add);
        }
        assertThat(refused).isEmpty();

        List<String> others = new ArrayList<>();
        for (String line : SuggestedCommands.inReadme(readme)) {
            String typed = typed(line);
            boolean command = catalog.roots().contains(line.substring(1).split("[\\s/]")[0]);
            if (command
                    && !walkthrough.contains(line)
                    && gateway.takingFile(typed).isEmpty()) {
                Caller asker = line.startsWith("/salesbot demo")
                        ? caller("U-admin", Role.ADMIN, "ws-" + UUID.randomUUID())
                        : asker(Role.ADMIN, demoWorkspace());
                Answer answer = gateway.handle(asker, typed);
                // prose that names a command (`/opp show`) mentions it; it does not ask to type it bare
                boolean mention = answer.reply() instanceof BotReply.Error error
                        && error.message().key().equals("error.option.missing")
                        && line.split("\\s+").length <= 2;
                if (!mention) {
                    refusal(line, answer).ifPresent(others::add);
                }
            }
        }
        assertThat(others).isEmpty();
    }

    @Test
    void everyCommandARepliesSuggestsToAnAdminWorksWhenTheyTypeIt() {
        assertThat(refusedAfterHarvest(Role.ADMIN)).isEmpty();
    }

    @Test
    void everyCommandARepliesSuggestsToARepWorksWhenTheyTypeIt() {
        assertThat(refusedAfterHarvest(Role.REP)).isEmpty();
    }

    /**
     * Each command of {@link #ASKED} and each demo card is asked on a demo workspace; whatever its
     * reply suggests (in English and in Thai) is then typed by the same person on a demo workspace
     * that has seen the same command, so the suggestion meets the state it was made in.
     */
    private List<String> refusedAfterHarvest(Role role) {
        java.util.Map<String, String> suggestedAfter = new java.util.LinkedHashMap<>();
        Caller asker = asker(role, demoWorkspace());
        List<String> asked = new ArrayList<>(ASKED);
        for (int number = 1; number <= 15; number++) {
            asked.add("/opp show #" + number);
        }
        for (String line : asked) {
            Answer answer = gateway.handle(asker, line);
            for (String language : List.of("en", "th")) {
                for (String suggested : SuggestedCommands.inReply(
                        answer.reply(), localizer, ReplyLocale.of(language, ZoneId.of("Asia/Bangkok")))) {
                    // an error quoting what was typed is not a suggestion
                    if (!line.toLowerCase(java.util.Locale.ROOT)
                            .startsWith(suggested.toLowerCase(java.util.Locale.ROOT))) {
                        suggestedAfter.putIfAbsent(suggested, line);
                    }
                }
            }
        }
        assertThat(suggestedAfter).isNotEmpty();
        List<String> refused = new ArrayList<>();
        suggestedAfter.forEach((suggested, after) -> {
            Caller person = asker(role, demoWorkspace());
            gateway.handle(person, after);
            refusal(suggested + " (after " + after + ")", gateway.handle(person, suggested))
                    .ifPresent(refused::add);
        });
        // an empty workspace suggests how to begin
        for (String line : List.of(
                "/opp list",
                "/pipeline",
                "/forecast",
                "/lead list",
                "/campaign list",
                "/task list",
                "/forecast calls",
                "/salesbot quota list",
                "/pipeline funnel")) {
            Caller newcomer = caller("U-new", role, "ws-" + UUID.randomUUID());
            for (String suggested : SuggestedCommands.inReply(
                    gateway.handle(newcomer, line).reply(),
                    localizer,
                    ReplyLocale.of("en", ZoneId.of("Asia/Bangkok")))) {
                Caller fresh = caller("U-new", role, "ws-" + UUID.randomUUID());
                refusal(suggested + " (on an empty workspace, after " + line + ")", gateway.handle(fresh, suggested))
                        .ifPresent(refused::add);
            }
        }
        return refused;
    }

    private java.util.Optional<String> refusal(String line, Answer answer) {
        if (answer.reply() instanceof BotReply.Error error) {
            return java.util.Optional.of(line + " -> " + error.message().key() + ": "
                    + localizer.text(error.message(), ReplyLocale.of("en", ZoneId.of("Asia/Bangkok"))));
        }
        return java.util.Optional.empty();
    }

    /** The example's placeholders as a person on the demo workspace would fill them. */
    private static String typed(String suggested) {
        // #6 is an open deal of the demo with one line; #5 a lost one, to reopen
        String deal = suggested.startsWith("/opp reopen") ? "5" : "6";
        return suggested.replace("#42", "#" + deal).replace("OPP-42", "OPP-" + deal);
    }

    private String demoWorkspace() {
        String team = "ws-" + UUID.randomUUID();
        BotReply filled = gateway.handle(caller("U-admin", Role.ADMIN, team), "/salesbot demo")
                .reply();
        assertThat(filled).isInstanceOf(BotReply.Text.class);
        return team;
    }

    /** The admin who filled the demo, or Somchai, one of its reps. */
    private static Caller asker(Role role, String team) {
        return role == Role.REP ? caller("demo-somchai", Role.REP, team) : caller("U-admin", role, team);
    }

    private static Caller caller(String user, Role role, String team) {
        return new Caller(new Visitor(Platform.CONSOLE, team, "Team", user, user, role), null, "console");
    }

    /** The project's README (tests run in bot-core, one level below it). */
    private static Path readme() {
        Path above = Path.of("..", "README.md");
        return Files.exists(above) ? above : Path.of("README.md");
    }
}
