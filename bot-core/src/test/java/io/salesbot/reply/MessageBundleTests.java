package io.salesbot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.command.Catalogs;
import io.salesbot.command.Option;
import io.salesbot.forecast.GroupBy;
import io.salesbot.lead.LeadStatus;
import io.salesbot.opportunity.ChangeField;
import io.salesbot.opportunity.StageKind;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key the code can ask for is written in English and in Thai, with the same placeholders. */
class MessageBundleTests {

    static final Pattern LITERAL_KEY = Pattern.compile(
            "\"((?:error|reply|help|option|field|form|column|action|chart|card|notify)\\.[A-Za-z0-9_.-]*[A-Za-z0-9])\"");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    static Set<String> keysUsedByTheCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        Catalogs.real().all().forEach(spec -> {
            keys.add(spec.helpKey());
            keys.add(spec.helpKey() + ".example");
            if (spec.sub() != null) {
                keys.add(spec.nameKey());
            }
            spec.options().stream().map(Option::helpKey).forEach(keys::add);
        });
        for (ChangeField field : ChangeField.values()) {
            keys.add("change." + lower(field));
        }
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            keys.add("day." + lower(day));
        }
        for (Platform platform : Platform.values()) {
            keys.add("platform." + lower(platform));
        }
        for (Role role : Role.values()) {
            keys.add("role." + lower(role));
        }
        for (StageKind kind : StageKind.values()) {
            keys.add("stage.kind." + lower(kind));
        }
        for (LeadStatus status : LeadStatus.values()) {
            keys.add("lead.status." + lower(status));
        }
        for (GroupBy group : GroupBy.values()) {
            if (group != GroupBy.NONE) {
                keys.add("column.group." + lower(group));
            }
        }
        keys.addAll(Set.of(
                "reply.list.title.mine",
                "reply.list.title.team",
                "reply.admin.language.en",
                "reply.admin.language.th",
                "type.new_customer",
                "type.existing_customer",
                "source.referral",
                "source.web",
                "source.event",
                "source.cold_call",
                "source.social",
                "stage.name"));
        keys.removeIf(key -> key.endsWith(".") || key.startsWith("error.") && isValueKey(key));
        return keys;
    }

    private static boolean isValueKey(String key) {
        return bundle("messages_value_en").containsKey(key);
    }

    static Properties bundle(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/" + name + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_en", "messages_th"})
    void everyKeyTheCodeUsesIsWritten(String name) throws IOException {
        Properties bundle = bundle(name);

        assertThat(keysUsedByTheCode())
                .hasSizeGreaterThan(250)
                .allSatisfy(key -> assertThat(bundle).as(name).containsKey(key));
    }

    @Test
    void englishAndThaiHaveTheSameKeysAndPlaceholders() {
        Properties english = bundle("messages_en");
        Properties thai = bundle("messages_th");

        assertThat(thai.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            // these two pick the English or the Thai word of what they are given
            if (!key.equals("stage.name") && !key.equals("option.choiceWord")) {
                assertThat(placeholders(thai.getProperty(key)))
                        .as(key)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
