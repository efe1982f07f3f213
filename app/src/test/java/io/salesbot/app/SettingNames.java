package io.salesbot.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What the app calls its settings. The configuration metadata (ours from
 * {@code spring-boot-configuration-processor}, Spring Boot's from its jars) says which properties
 * exist; {@code application.yml} gives some of them a short environment name
 * ({@code ${SLACK_CALL_TIMEOUT:10s}}). An environment name is right when it is such a short name,
 * or Spring's own spelling of a real property that has none ({@code SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE}).
 */
final class SettingNames {

    /** A variable name of ours, or a prefix of several ending in _* (SPRING_DATASOURCE_HIKARI_*). */
    static final Pattern ENV_NAME = Pattern.compile(
            "(?<![A-Za-z0-9_.-])"
                    + "((?:SALESBOT|SLACK|DISCORD|SERVER|SPRING|MANAGEMENT|LOGGING)_[A-Z0-9_]*?[A-Z0-9])(_\\*)?(?![A-Za-z0-9_])");

    /** Read by the {@code ./salesbot} launcher before the app starts, never by the app itself. */
    static final Set<String> LAUNCHER_ONLY = Set.of("SALESBOT_AOT");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::|})");

    final List<JsonNode> metadata = metadataProperties();
    final Map<String, String> properties = new TreeMap<>(); // name -> type
    final Map<String, String> application = flatten(yaml("application.yml"));
    final Map<String, Set<String>> shortNames = new TreeMap<>(); // NAME -> keys it sets
    private final Map<String, String> shortNameOfKey = new LinkedHashMap<>();

    SettingNames() {
        metadata.forEach(
                p -> properties.put(p.path("name").asString(), p.path("type").asString("")));
        application.forEach((key, value) -> {
            Matcher placeholder = PLACEHOLDER.matcher(value);
            while (placeholder.find()) {
                shortNames
                        .computeIfAbsent(placeholder.group(1), n -> new TreeSet<>())
                        .add(key);
                shortNameOfKey.put(uniform(key), placeholder.group(1));
            }
        });
    }

    /** Why {@code name} (a prefix of names when {@code prefix}) is not one setting's one name; empty when it is. */
    List<String> problemsWith(String name, boolean prefix, String where) {
        List<String> problems = new ArrayList<>();
        if (!prefix && (shortNames.containsKey(name) || LAUNCHER_ONLY.contains(name))) {
            return problems;
        }
        List<String> meant = properties.keySet().stream()
                .filter(p -> prefix
                        ? uniform(p).startsWith(uniform(name))
                        : uniform(p).equals(uniform(name)))
                .toList();
        String shown = where + ": " + name + (prefix ? "_*" : "");
        if (meant.isEmpty()) {
            problems.add(shown + " is no setting of the app");
        }
        for (String property : meant) {
            String other = shortNameOfKey.get(uniform(property));
            if (other != null) {
                problems.add(shown + " is " + property + ", which is called " + other + " everywhere else");
            }
        }
        return problems;
    }

    /** Every problem with the names {@code text} mentions. */
    List<String> problemsIn(String text, String where) {
        List<String> problems = new ArrayList<>();
        Matcher names = ENV_NAME.matcher(text);
        while (names.find()) {
            problems.addAll(problemsWith(names.group(1), names.group(2) != null, where));
        }
        return problems;
    }

    boolean isProperty(String key) {
        if (properties.containsKey(key)) {
            return true;
        }
        // logging.level.io.salesbot: an entry of the map property logging.level.
        return properties.entrySet().stream()
                .anyMatch(p -> key.startsWith(p.getKey() + ".") && p.getValue().startsWith("java.util.Map"));
    }

    /** Spring's relaxed form: case, dots, dashes and underscores do not count. */
    static String uniform(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static List<JsonNode> metadataProperties() {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> all = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
                try (InputStream in = resource.getInputStream()) {
                    json.readTree(in).path("properties").forEach(all::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    static Map<String, Object> yaml(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> flatten(Map<String, Object> tree) {
        Map<String, String> flat = new TreeMap<>();
        tree.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                flatten((Map<String, Object>) nested).forEach((k, v) -> flat.put(key + "." + k, v));
            } else {
                flat.put(key, String.valueOf(value));
            }
        });
        return flat;
    }
}
