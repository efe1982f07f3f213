package io.salesbot.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTests {

    private static final Dates DATES = new Dates(DatesTests.CLOCK, DatesTests.BANGKOK);

    /** One real rejection per key; together they are every key this package throws. */
    static Map<String, ThrowingCallable> samples() {
        Map<String, ThrowingCallable> samples = new TreeMap<>();
        samples.put("error.amount.invalid", () -> Amounts.parse("12abc"));
        samples.put("error.amount.negative", () -> Amounts.parse("-5"));
        samples.put("error.amount.tooLarge", () -> Amounts.parse("1000000b"));
        samples.put("error.date.invalid", () -> DATES.parse("30/02/2026"));
        samples.put("error.date.twoDigitYear", () -> DATES.parse("31/12/69"));
        samples.put("error.probability.invalid", () -> Probabilities.parse("abc"));
        samples.put("error.probability.range", () -> Probabilities.parse("101"));
        samples.put("error.quantity.invalid", () -> Quantities.parse("0"));
        samples.put("error.quantity.tooLarge", () -> Quantities.parse("1000000000"));
        samples.put("error.discount.invalid", () -> Percentages.parse("120%"));
        return samples;
    }

    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("messages_value", Locale.forLanguageTag(language));
    }

    @Test
    void samplesThrowTheKeysTheyAreFiledUnder() {
        samples()
                .forEach((key, call) -> assertThat(catchThrowableOfType(InvalidValueException.class, call)
                                .messageKey())
                        .isEqualTo(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void bundleHasExactlyTheThrownKeys(String language) {
        ResourceBundle bundle = bundle(language);

        assertThat(bundle.getLocale().getLanguage()).isEqualTo(language);
        assertThat(bundle.keySet())
                .containsExactlyInAnyOrderElementsOf(samples().keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void everyMessageRendersTheRawValueAndAnExample(String language) {
        ResourceBundle bundle = bundle(language);

        for (String key : bundle.keySet()) {
            // With the arguments the parser really gives, the raw text swapped for a marker.
            List<Object> args = new ArrayList<>(
                    catchThrowableOfType(InvalidValueException.class, samples().get(key))
                            .args());
            args.set(0, "RAW-VALUE");
            String text = MessageFormat.format(bundle.getString(key), args.toArray());
            assertThat(text).as(key).contains("`RAW-VALUE`").doesNotContain("{").doesNotContain("''");
            // "how to write it right": each message shows at least one example besides the raw value.
            assertThat(text.chars().filter(c -> c == '`').count()).as(key).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void englishApostrophesSurviveMessageFormat() {
        String text = MessageFormat.format(bundle("en").getString("error.date.invalid"), "x");

        assertThat(text).startsWith("`x` isn't a date");
    }

    @Test
    void thaiIsReadAsUtf8() {
        String text = MessageFormat.format(bundle("th").getString("error.amount.invalid"), "x");

        assertThat(text).contains("ยอดเงิน", "ล้าน");
        assertThat(Stream.of(text.split("")).anyMatch(c -> c.equals("\uFFFD"))).isFalse();
    }
}
