package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.common.InvalidInputException;
import io.salesbot.values.Dates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentsTests {

    static final Option<String> DEAL =
            Option.string("deal", OptionType.DEAL).positional().required();
    static final Option<BigDecimal> AMOUNT = Option.amount("amount");
    static final Option<LocalDate> CLOSE = Option.date("close");
    static final Option<Boolean> ADDON = Option.flag("addon");
    static final Option<Integer> PAGE = Option.number("page");
    static final CommandSpec SPEC = CommandSpec.of("test", "run", DEAL, AMOUNT, CLOSE, ADDON, PAGE);

    static final WorkspaceCalendar CALENDAR = new WorkspaceCalendar(
            new Dates(Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC), ZoneId.of("Asia/Bangkok")));

    static Arguments given(Map<String, String> values) {
        return new Arguments(new CommandInput(SPEC, values), CALENDAR);
    }

    @Test
    void readsEachOptionAsTheTypeItDeclares() {
        Arguments arguments = given(Map.of("deal", "#4", "amount", "1.2m", "close", "eom", "addon", "true"));

        assertThat(arguments.get(DEAL)).isEqualTo("#4");
        assertThat(arguments.get(AMOUNT)).isEqualByComparingTo("1200000");
        assertThat(arguments.get(CLOSE)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(arguments.flag(ADDON)).isTrue();
        assertThat(arguments.get(PAGE)).isNull();
        assertThat(arguments.getOr(PAGE, 1)).isEqualTo(1);
    }

    @Test
    void aValueThatCannotBeReadIsAnErrorOnItsField() {
        Arguments arguments = given(Map.of("deal", "#4", "amount", "lots"));

        assertThatThrownBy(() -> arguments.get(AMOUNT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @Test
    void readingAnOptionTheCommandDoesNotDeclareIsAProgrammingError() {
        Arguments arguments = given(Map.of("deal", "#4"));
        Option<String> lookalike =
                Option.string("deal", OptionType.DEAL).positional().required();

        assertThatThrownBy(() -> arguments.get(lookalike))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/test run")
                .hasMessageContaining("does not declare");
        assertThatThrownBy(() -> arguments.get(Option.text("colour"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRequiredUseOfAnOptionalOptionExplainsTheUsage() {
        Arguments arguments = given(Map.of("deal", "#4"));

        assertThatThrownBy(() -> arguments.require(AMOUNT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.option.missing");
    }
}
