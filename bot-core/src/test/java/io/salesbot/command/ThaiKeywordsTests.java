package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.notification.NotificationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every English keyword the commands accept has a Thai word that reads as the same keyword. */
class ThaiKeywordsTests {

    static final TextCommandParser PARSER = new TextCommandParser(Catalogs.real());

    /**
     * The keywords of the catalogue (every choice and flag of every command) and those read by
     * handlers from free words: whose numbers, forecast periods, notification events, settings.
     */
    static Stream<Arguments> keywords() {
        List<Arguments> all = new ArrayList<>();
        for (CommandSpec spec : Catalogs.real().all()) {
            for (Option<?> option : spec.options()) {
                if (option.type() == OptionType.CHOICE) {
                    option.choices()
                            .forEach(choice -> all.add(Arguments.of(spec.name() + " " + option.name(), choice)));
                } else if (option.type() == OptionType.FLAG) {
                    all.add(Arguments.of(spec.name() + " flag", option.name()));
                }
            }
        }
        for (NotificationKind kind : NotificationKind.values()) {
            all.add(Arguments.of("notify event", kind.word()));
        }
        Stream.of(
                        "mine", "me", "team", "all", "month", "quarter", "year", "on", "off", "list", "weekly", "none",
                        "auto")
                .forEach(word -> all.add(Arguments.of("free word", word)));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("keywords")
    void everyEnglishKeywordHasAThaiWordReadAsIt(String where, String keyword) {
        assertThat(Keywords.thai(keyword))
                .as("Thai words for %s (%s)", keyword, where)
                .isNotEmpty();
        for (String thai : Keywords.thai(keyword)) {
            assertThat(Keywords.among(thai, List.of(keyword))).contains(keyword);
        }
    }

    @Test
    void everyChoiceOfEveryCommandParsesFromItsThaiWordToTheSameValue() {
        for (CommandSpec spec : Catalogs.real().all()) {
            for (Option<?> option : spec.options()) {
                if (option.type() != OptionType.CHOICE) {
                    continue;
                }
                for (String choice : option.choices()) {
                    for (String thai : Keywords.thai(choice)) {
                        CommandInput english = new CommandInput(spec, Map.of(option.name(), choice));
                        CommandInput inThai = new CommandInput(spec, Map.of(option.name(), thai));
                        assertThat(inThai.values().get(option.name()))
                                .as("/%s %s:%s", spec.name(), option.name(), thai)
                                .isEqualTo(english.values().get(option.name()));
                    }
                }
            }
        }
    }

    @Test
    void thaiWordsOfOneCommandNeverNameTwoOfItsChoices() {
        for (CommandSpec spec : Catalogs.real().all()) {
            for (Option<?> option : spec.options()) {
                for (String choice : option.choices()) {
                    for (String thai : Keywords.thai(choice)) {
                        assertThat(Keywords.among(thai, option.choices())).contains(choice);
                    }
                }
            }
        }
    }

    @Test
    void thaiFlagsAreReadAsFlags() {
        CommandInput english = PARSER.parse("/salesbot import dry-run");
        CommandInput thai = PARSER.parse("/salesbot import ทดลอง");
        assertThat(thai.values()).isEqualTo(english.values());
    }

    @Test
    void thaiChoicesTypedOnALineAreReadAsTheirKeyword() {
        assertThat(PARSER.parse("/forecast ไตรมาส by:พนักงานขาย").values()).containsEntry("by", "rep");
        assertThat(PARSER.parse("/opp list closing:ไตรมาสหน้า").values()).containsEntry("closing", "next-quarter");
        assertThat(PARSER.parse("/salesbot role @malee ผู้จัดการ").values()).containsEntry("role", "manager");
        assertThat(PARSER.parse("/salesbot language ไทย").values()).containsEntry("language", "th");
        assertThat(PARSER.parse("/lead list status:ทั้งหมด").values()).containsEntry("status", "all");
    }
}
