package io.salesbot.command;

import io.salesbot.common.InvalidInputException;
import io.salesbot.values.Amounts;
import io.salesbot.values.Dates;
import io.salesbot.values.InvalidValueException;
import io.salesbot.values.Percentages;
import io.salesbot.values.Probabilities;
import io.salesbot.values.Quantities;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Reads typed option values with the shared parsers, "today" being today in the workspace's time
 * zone. A value that cannot be read becomes an error on its field, so forms can show it there.
 */
public final class Values {

    private final Dates dates;

    public Values(Dates dates) {
        this.dates = dates;
    }

    public BigDecimal amount(CommandInput input, String option) {
        return read(input, option, Amounts::parse);
    }

    public LocalDate date(CommandInput input, String option) {
        return read(input, option, dates::parse);
    }

    public Integer probability(CommandInput input, String option) {
        return read(input, option, Probabilities::parse);
    }

    public BigDecimal quantity(CommandInput input, String option) {
        return read(input, option, Quantities::parse);
    }

    public BigDecimal percent(CommandInput input, String option) {
        return read(input, option, Percentages::parse);
    }

    public Integer number(CommandInput input, String option) {
        return read(input, option, raw -> {
            String digits = raw.strip().replaceFirst("^#", "");
            if (!digits.matches("\\d{1,9}")) {
                throw new InvalidValueException("error.number.invalid", raw);
            }
            return Integer.parseInt(digits);
        });
    }

    public LocalDate today() {
        return dates.parse("today");
    }

    private static <T> T read(CommandInput input, String option, Function<String, T> parser) {
        String raw = input.get(option);
        if (raw == null) {
            return null;
        }
        try {
            return parser.apply(raw);
        } catch (InvalidValueException e) {
            throw new InvalidInputException(option, e.messageKey(), e.args().toArray());
        }
    }
}
