package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.reply.BotReply;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/** What is declared is handled, what is handled is declared, and help's examples are the language. */
class CommandCatalogIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandCatalog catalog;

    @Autowired
    List<Command> commands;

    @Autowired
    CommandGateway gateway;

    @Test
    void everyDeclaredCommandHasExactlyOneHandlerAndEveryHandlerIsDeclared() {
        assertThat(catalog.all()).hasSameSizeAs(commands);
        for (Command command : commands) {
            assertThat(catalog.command(command.spec())).isSameAs(command);
        }
        assertThat(catalog.all().stream().map(CommandSpec::name))
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(
                        Catalogs.real().all().stream().map(CommandSpec::name).toList());
    }

    @Test
    void everyOptionConstantOfACommandIsInItsDeclarationAndViceVersa() throws IllegalAccessException {
        for (Command command : commands) {
            Class<?> type = AopTestUtils.getUltimateTargetObject(command).getClass();
            List<Option<?>> constants = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && Option.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    constants.add((Option<?>) field.get(null));
                }
            }
            assertThat(constants)
                    .as("options of %s", type.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(command.spec().options());
        }
    }

    @Test
    void everyHelpExampleIsALineOfItsOwnCommand() throws IOException {
        TextCommandParser parser = new TextCommandParser(catalog);
        Properties english = english();
        for (CommandSpec spec : catalog.all()) {
            List<String> examples = examples(english.getProperty(spec.helpKey() + ".example"));
            assertThat(examples).as(spec.name()).isNotEmpty();
            for (String example : examples) {
                assertThat(parser.parse(example).spec()).as(example).isSameAs(spec);
            }
        }
    }

    @Test
    void everyHelpExampleRunsWithoutAFailureOfOurs() throws IOException {
        // given a workspace with sample deals, run by its admin (who may run everything)
        Caller admin = new Caller(
                new Visitor(Platform.CONSOLE, "examples-" + UUID.randomUUID(), "Team", "U-admin", "Ann", Role.ADMIN),
                null,
                "console");
        gateway.handle(admin, "/salesbot demo");
        Properties english = english();
        for (CommandSpec spec : catalog.all()) {
            for (String example : examples(english.getProperty(spec.helpKey() + ".example"))) {
                BotReply reply = gateway.handle(admin, example).reply();
                // a handler reading an option its command does not declare would fail here
                if (reply instanceof BotReply.Error error) {
                    assertThat(error.message().key()).as(example).isNotEqualTo("error.unexpected");
                }
            }
        }
    }

    private static List<String> examples(String text) {
        List<String> lines = new ArrayList<>();
        Matcher quoted = Pattern.compile("`(/[^`]+)`").matcher(text == null ? "" : text);
        while (quoted.find()) {
            lines.add(quoted.group(1));
        }
        return lines;
    }

    private static Properties english() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CommandCatalogIntegrationTests.class.getResourceAsStream("/messages_en.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
