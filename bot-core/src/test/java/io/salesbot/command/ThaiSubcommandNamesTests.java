package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.common.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sub-command of the catalogue answers to its Thai name on a typed line (console, Slack), the
 * very name Discord's Thai client shows, and a typo of either name is offered the nearest one.
 */
class ThaiSubcommandNamesTests {

    static final CommandCatalog CATALOG = Catalogs.real();
    static final TextCommandParser PARSER = new TextCommandParser(CATALOG);

    /** Every sub-command, with its English name and its Thai name. */
    static Stream<Arguments> subcommands() {
        return CATALOG.all().stream()
                .filter(spec -> spec.sub() != null)
                .map(spec -> Arguments.of(
                        spec.root(), spec.sub(), CATALOG.thaiName(spec).orElseThrow()));
    }

    @ParameterizedTest(name = "/{0} {1} = /{0} {2}")
    @MethodSource("subcommands")
    void theThaiNameParsesToTheSameCommandAsTheEnglishOne(String root, String english, String thai) {
        CommandSpec inEnglish = PARSER.parse("/" + root + " " + english).spec();
        CommandSpec inThai = PARSER.parse("/" + root + " " + thai).spec();

        assertThat(inThai).isSameAs(inEnglish);
        assertThat(inEnglish.sub()).isEqualTo(english);
    }

    @org.junit.jupiter.api.Test
    void aRootsOwnCommandAnswersToTheNameDiscordListsItUnderInEitherLanguage() {
        CommandSpec own = PARSER.parse("/forecast quarter").spec();

        assertThat(PARSER.parse("/forecast show quarter").spec()).isSameAs(own);
        assertThat(PARSER.parse("/forecast ดู ไตรมาส").spec()).isSameAs(own);
        assertThat(PARSER.parse("/forecast ไตรมาส").spec()).isSameAs(own);
    }

    @ParameterizedTest(name = "/{0} {1} and /{0} {2}, mistyped")
    @MethodSource("subcommands")
    void aTypoOfEitherNameIsOfferedTheNearestOne(String root, String english, String thai) {
        for (String name : List.of(english, thai)) {
            String typo = typo(root, name);
            String line = "/" + root + " " + typo + " x";

            assertThatThrownBy(() -> PARSER.parse(line))
                    .as(line)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("error.command.unknownSub");
                        assertThat(e.nearest()).as(line).contains("/" + root + " " + name + " x");
                        // the list of what the command takes is worded for each reader: English or Thai names
                        assertThat(e.args().get(1))
                                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                                .contains(io.salesbot.reply.Message.of("option.choiceWord", english, thai));
                    });
        }
    }

    @Test
    void theThaiNamesAreTheThaiBundlesAndEachRootsAreDistinct() throws java.io.IOException {
        Properties thai = new Properties();
        try (var in = getClass().getResourceAsStream("/messages_th.properties")) {
            thai.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String root : CATALOG.roots()) {
            Set<String> names = new HashSet<>();
            for (CommandSpec spec : CATALOG.of(root)) {
                if (spec.sub() == null) {
                    continue;
                }
                String name = CATALOG.thaiName(spec).orElseThrow();
                assertThat(name).isEqualTo(thai.getProperty(spec.nameKey()));
                assertThat(names.add(name)).as("/%s %s named twice", root, name).isTrue();
                assertThat(names.add(spec.sub())).isTrue();
            }
        }
    }

    @Test
    void thaiNamesWorkWithEverythingAfterThem() {
        assertThat(PARSER.parse("/opp ใหม่ \"Acme ERP\" amount:1.2m").values())
                .isEqualTo(PARSER.parse("/opp new \"Acme ERP\" amount:1.2m").values());
        assertThat(PARSER.parse("/opp เปลี่ยนสถานะ #4 ปิดการขายได้").values())
                .isEqualTo(PARSER.parse("/opp stage #4 ปิดการขายได้").values());
        assertThat(PARSER.parse("/lead รายการ ทั้งหมด").values())
                .isEqualTo(PARSER.parse("/lead list all").values());
        assertThat(PARSER.parse("/salesbot สถานะ เพิ่ม Negotiation prob:50").values())
                .isEqualTo(
                        PARSER.parse("/salesbot stages add Negotiation prob:50").values());
        assertThat(PARSER.parse("/salesbot ภาษา ไทย").values())
                .isEqualTo(PARSER.parse("/salesbot language th").values());
        assertThat(PARSER.parse("/forecast ไตรมาส ทีม by:พนักงานขาย").spec())
                .isSameAs(PARSER.parse("/forecast quarter team by:rep").spec());
    }

    /**
     * {@code name} with one letter (a Unicode code point, so a Thai vowel or tone mark counts)
     * left out, chosen so that the typo names no sub-command of {@code root} itself.
     */
    private static String typo(String root, String name) {
        Set<String> names = new HashSet<>();
        CATALOG.of(root).forEach(spec -> {
            names.add(spec.sub());
            CATALOG.thaiName(spec).ifPresent(names::add);
        });
        int[] letters = name.codePoints().toArray();
        List<String> tried = new ArrayList<>();
        for (int skip = letters.length / 2; skip < letters.length + letters.length / 2; skip++) {
            int at = skip % letters.length;
            StringBuilder typo = new StringBuilder();
            for (int i = 0; i < letters.length; i++) {
                if (i != at) {
                    typo.appendCodePoint(letters[i]);
                }
            }
            if (!typo.isEmpty() && !names.contains(typo.toString())) {
                return typo.toString();
            }
            tried.add(typo.toString());
        }
        throw new AssertionError("no typo of " + name + " that is not a name: " + tried);
    }
}
