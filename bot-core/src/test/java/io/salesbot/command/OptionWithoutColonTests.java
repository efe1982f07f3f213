package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An option typed without its colon is caught, with the corrected command, on every command that has options. */
class OptionWithoutColonTests {

    static final TextCommandParser PARSER = TextCommandParserTests.PARSER;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/opp new Acme ERP amount 1.2m | amount 1.2m | /opp new Acme ERP amount:1.2m",
                "/opp new Acme ERP amount:1.2m close eom | close eom | /opp new Acme ERP amount:1.2m close:eom",
                "/opp new ระบบ ERP close 31/12/2569 | close 31/12/2569 | /opp new ระบบ ERP close:31/12/2569",
                "/opp new ระบบ ERP amount 1.2 ล้าน | amount 1.2 ล้าน | /opp new ระบบ ERP amount:1.2 ล้าน",
                "/opp new Acme ERP prob 60% | prob 60% | /opp new Acme ERP prob:60%",
                "/opp new Acme ERP customer \"Acme Co\" | customer Acme Co | /opp new Acme ERP customer:\"Acme Co\"",
                "/opp edit #42 amount auto | amount auto | /opp edit #42 amount:auto",
                "/opp edit #42 close 2027-01-15 | close 2027-01-15 | /opp edit #42 close:2027-01-15",
                "/opp list mine campaign \"Expo 2026\" | campaign Expo 2026 | /opp list mine campaign:\"Expo 2026\"",
                "/opp new Acme ERP owner @U123 | owner @U123 | /opp new Acme ERP owner:@U123",
                "/lead convert L-3 amount 900k | amount 900k | /lead convert L-3 amount:900k",
                // a choice in Thai is a value of the option as much as its English keyword
                "/opp edit #42 category commit | category commit | /opp edit #42 category:commit",
                "/opp edit #42 category มั่นใจ | category มั่นใจ | /opp edit #42 category:มั่นใจ",
            })
    void catchesAnOptionWithoutItsColon(String line, String typed, String corrected) {
        assertThatThrownBy(() -> PARSER.parse(line)).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("error.option.withoutColon");
            assertThat(refused.args()).element(0).isEqualTo(typed);
            assertThat(refused.args()).element(2).isEqualTo(corrected);
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // quoted text keeps the word: quoting is the way out the error offers
                "/opp new \"Acme amount 1.2m\" amount:5k",
                // a word that is not a value of the option is just a word
                "/opp new Amount of work close:eom",
                "/opp new Close the deal",
                // a plain word after the name of an option that holds names may be part of the text
                "/opp new Customer portal for Acme",
                "/opp new Acme customer portal",
                "/opp new Website owner handover",
                // positional options (the note, the reason) take plain words, their names included
                "/opp won #5 note the customer signed",
                "/opp lost #5 reason price too high",
                // the option's name at the end of the line has no value after it
                "/opp new Acme amount",
            })
    void leavesWordsThatAreNotAnOptionAlone(String line) {
        assertThat(PARSER.parse(line)).isNotNull();
    }

    @Test
    void everyCommandWithNamedOptionsIsChecked() {
        for (CommandSpec spec : Catalogs.real().all()) {
            for (Option<?> option : spec.options()) {
                if (option.isPositional()
                        || option.isHidden()
                        || option.type() == OptionType.FLAG
                        || option.type() == OptionType.FILE) {
                    continue;
                }
                String value = sampleValue(option);
                if (value == null) {
                    continue;
                }
                String line = "/" + spec.name() + " x " + option.name() + " " + value;
                assertThatThrownBy(() -> PARSER.parse(line))
                        .as(line)
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                refused -> assertThat(refused.messageKey()).isEqualTo("error.option.withoutColon"));
            }
        }
    }

    private static String sampleValue(Option<?> option) {
        return switch (option.type()) {
            case AMOUNT -> "1.2m";
            case DATE -> "2027-01-15";
            case PROBABILITY, PERCENT -> "50";
            case QUANTITY, NUMBER -> "2";
            case CHOICE -> option.choices().isEmpty() ? null : option.choices().get(0);
            case MEMBER -> "@U123";
            default -> "\"two words\"";
        };
    }
}
