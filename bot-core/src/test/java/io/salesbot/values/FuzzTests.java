package io.salesbot.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * 20,000 random and mutated strings through every parser: each call either returns a value that
 * honours its contract or throws InvalidValueException with a key the bundles know.
 */
class FuzzTests {

    private static final int CASES = 20_000;
    private final Dates dates = new Dates(DatesTests.CLOCK, DatesTests.BANGKOK);
    private final Set<String> keysSeen = new HashSet<>();
    private final int[] accepted = new int[5];

    @Test
    void everyParserReturnsOrThrowsInvalidValueOnly() {
        Random random = new Random(20261127L);
        List<String> inputs = new ArrayList<>(CASES);
        for (int i = 0; i < CASES; i++) {
            inputs.add(FuzzInputs.generate(random, i));
        }

        for (String input : inputs) {
            check(0, input, s -> assertAmount(Amounts.parse(s)));
            check(
                    1,
                    input,
                    s -> assertThat(dates.parse(s)).isBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2399, 12, 31)));
            check(2, input, s -> assertThat(Probabilities.parse(s)).isBetween(0, 100));
            check(3, input, s -> assertQuantity(Quantities.parse(s)));
            check(4, input, s -> assertDiscount(Percentages.parse(s)));
            Tokenizer.tokenize(input); // any input splits into tokens without throwing
        }

        // Every key the fuzzer provoked must be renderable in both languages.
        assertThat(MessagesTests.bundle("en").keySet()).containsAll(keysSeen);
        assertThat(MessagesTests.bundle("th").keySet()).containsAll(keysSeen);
        assertThat(keysSeen).hasSizeGreaterThan(5);
        // The mutations must also reach the happy path of every parser, or the fuzz proves little.
        assertThat(Arrays.stream(accepted).min().orElse(0))
                .as("fewest accepted by a parser")
                .isGreaterThan(20);
    }

    private void check(int parser, String input, Consumer<String> parse) {
        try {
            parse.accept(input);
            accepted[parser]++;
        } catch (InvalidValueException e) {
            keysSeen.add(e.messageKey());
            assertThat(e.args()).first().isEqualTo(input);
        } catch (RuntimeException | StackOverflowError e) {
            fail(
                    "Unexpected " + e + " for input of length " + input.length() + ": "
                            + input.substring(0, Math.min(200, input.length())),
                    e);
        }
    }

    private static void assertAmount(BigDecimal amount) {
        assertThat(amount.scale()).isEqualTo(2);
        assertThat(amount).isBetween(BigDecimal.ZERO, Amounts.MAX);
    }

    private static void assertQuantity(BigDecimal quantity) {
        assertThat(quantity.scale()).isEqualTo(2);
        assertThat(quantity).isPositive().isLessThanOrEqualTo(Quantities.MAX);
    }

    private static void assertDiscount(BigDecimal discount) {
        assertThat(discount.scale()).isEqualTo(2);
        assertThat(discount).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }
}
