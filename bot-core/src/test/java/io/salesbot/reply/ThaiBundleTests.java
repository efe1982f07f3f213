package io.salesbot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Thai bundles are Thai: no English word outside a code span (what people type: commands,
 * options, examples) but a few names that read the same in Thai; and one word for a deal.
 */
class ThaiBundleTests {

    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern COMMAND = Pattern.compile("(?<![\\p{L}\\d])/[a-z]+(?: [a-z-]+)?");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");

    /** Product and platform names, file formats and units, and the prefix of a lead's number. */
    private static final Set<String> SAME_IN_THAI =
            Set.of("Salesbot", "Slack", "Discord", "Excel", "CSV", "UTF-", "MB", "THB", "L-");

    /**
     * The word for a deal in the bundle's formal register: โอกาสการขาย. ดีล is the chat word, used
     * only as Discord's short command name.
     */
    private static final String OTHER_WORD_FOR_DEAL = "ดีล";

    @ParameterizedTest
    @ValueSource(strings = {"messages_th", "messages_value_th"})
    void thaiMessagesWriteEnglishOnlyForWhatPeopleType(String name) {
        List<String> english = new ArrayList<>();
        bundle(name).forEach((key, value) -> {
            String ours = COMMAND.matcher(PLACEHOLDER
                            .matcher(CODE_SPAN.matcher((String) value).replaceAll(" "))
                            .replaceAll(" "))
                    .replaceAll(" ");
            Matcher word = LATIN_WORD.matcher(ours);
            while (word.find()) {
                if (!SAME_IN_THAI.contains(word.group())) {
                    english.add(key + ": " + word.group());
                }
            }
        });
        assertThat(english).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_th", "messages_value_th"})
    void aDealIsAlwaysOneWord(String name) {
        assertThat(bundle(name))
                .allSatisfy(
                        (key, value) -> assertThat((String) value).as("%s", key).doesNotContain(OTHER_WORD_FOR_DEAL));
    }

    static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = ThaiBundleTests.class.getResourceAsStream("/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
