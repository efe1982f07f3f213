package io.salesbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One name per setting, and every name real. The configuration metadata (ours from
 * {@code spring-boot-configuration-processor}, Spring Boot's from its jars) says which properties
 * exist; {@code application.yml} gives some of them a short environment name
 * ({@code ${SLACK_CALL_TIMEOUT:10s}}). Every environment name that README, docs, docker files,
 * Kubernetes manifests and the adapters' READMEs mention must then be either such a short name or
 * Spring's own spelling of a real property ({@code SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE}),
 * and never Spring's spelling of a property that already has a short name (that was
 * {@code SALESBOT_SLACK_CALLTIMEOUT} beside {@code SLACK_CALL_TIMEOUT}).
 */
class SettingNamesTests {

    /** The repository, seen from the app module (Maven runs tests in the module's folder). */
    static final Path REPO = Path.of("..");

    // A variable name of ours, or a prefix of several ending in _* (SPRING_DATASOURCE_HIKARI_*).
    static final Pattern ENV_NAME = Pattern.compile(
            "(?<![A-Za-z0-9_.-])((?:SALESBOT|SLACK|DISCORD|SERVER|SPRING|MANAGEMENT|LOGGING)_[A-Z0-9_]*?[A-Z0-9])(_\\*)?(?![A-Za-z0-9_])");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::|})");

    final Map<String, String> properties = metadata(); // name -> type
    final Map<String, String> application = flatten(yaml("application.yml"));

    @Test
    void everySalesbotSettingHasMetadataWithADescription() throws IOException {
        Map<String, String> described = new TreeMap<>();
        for (JsonNode property : metadataProperties()) {
            String name = property.path("name").asString();
            if (name.startsWith("salesbot.")) {
                described.merge(name, property.path("description").asString(""), (a, b) -> a.isBlank() ? b : a);
            }
        }
        assertThat(described).as("salesbot.* properties in the metadata").isNotEmpty();
        assertThat(described)
                .allSatisfy((name, description) ->
                        assertThat(description).as("description of " + name).isNotBlank());
        // Every salesbot.* key application.yml sets is one of them: no setting outside the metadata.
        assertThat(application.keySet().stream().filter(key -> key.startsWith("salesbot.")))
                .allSatisfy(key -> assertThat(described).as("metadata").containsKey(key));
    }

    @Test
    void everyShortNameInApplicationYmlNamesARealPropertyAndIsInReadmesSettings() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        String fromSettings = readme.substring(readme.indexOf("\n## Settings\n"));
        String settings = fromSettings.substring(0, fromSettings.indexOf("\n## ", 1));
        List<String> problems = new ArrayList<>();
        shortNames().forEach((name, keys) -> {
            keys.stream()
                    .filter(key -> !isProperty(key))
                    .forEach(key -> problems.add(key + " is set from " + name + " but is no property in the metadata"));
            if (!settings.contains("`" + name + "`")) {
                problems.add(name + " is missing from README's Settings table");
            }
        });
        assertThat(shortNames()).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyVariableTheDocumentsNameIsOneSettingsOneName() throws IOException {
        Map<String, Set<String>> shortNames = shortNames();
        Map<String, String> shortNameOfKey = new LinkedHashMap<>();
        shortNames.forEach((name, keys) -> keys.forEach(key -> shortNameOfKey.put(uniform(key), name)));
        List<String> problems = new ArrayList<>();
        for (Path document : documents()) {
            Matcher names = ENV_NAME.matcher(Files.readString(document));
            while (names.find()) {
                String name = names.group(1);
                boolean prefix = names.group(2) != null;
                String where = REPO.relativize(document) + ": " + name + (prefix ? "_*" : "");
                if (!prefix && shortNames.containsKey(name)) {
                    continue;
                }
                List<String> meant = properties.keySet().stream()
                        .filter(p -> prefix
                                ? uniform(p).startsWith(uniform(name))
                                : uniform(p).equals(uniform(name)))
                        .toList();
                if (meant.isEmpty()) {
                    problems.add(where + " is no setting of the app");
                }
                for (String property : meant) {
                    String other = shortNameOfKey.get(uniform(property));
                    if (other != null) {
                        problems.add(where + " is " + property + ", which is called " + other + " everywhere else");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Each ${NAME} in application.yml and the keys it sets. */
    private Map<String, Set<String>> shortNames() {
        Map<String, Set<String>> names = new TreeMap<>();
        application.forEach((key, value) -> {
            Matcher placeholder = PLACEHOLDER.matcher(value);
            while (placeholder.find()) {
                names.computeIfAbsent(placeholder.group(1), n -> new TreeSet<>())
                        .add(key);
            }
        });
        return names;
    }

    private boolean isProperty(String key) {
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

    static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(REPO.resolve("README.md"));
        documents.add(REPO.resolve("BENCHMARKS.md"));
        for (String module : List.of("slack-adapter", "discord-adapter", "bot-core", "app")) {
            Path readme = REPO.resolve(module).resolve("README.md");
            if (Files.exists(readme)) {
                documents.add(readme);
            }
        }
        for (String folder : List.of("docs", "docker", "deploy")) {
            Path root = REPO.resolve(folder);
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().equals(".env")) // a developer's own
                            .forEach(documents::add);
                }
            }
        }
        return documents;
    }

    private static Map<String, String> metadata() {
        Map<String, String> properties = new TreeMap<>();
        for (JsonNode property : metadataProperties()) {
            properties.put(
                    property.path("name").asString(), property.path("type").asString(""));
        }
        return properties;
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

    private static Map<String, Object> yaml(String resource) {
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
