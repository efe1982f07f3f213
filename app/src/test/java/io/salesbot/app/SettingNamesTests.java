package io.salesbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One name per setting, and every name real ({@link SettingNames}): every environment name that
 * README, BENCHMARKS, docs, docker files, Kubernetes manifests and the modules' READMEs mention is
 * a setting's short name or Spring's spelling of a real property, and never Spring's spelling of a
 * property that already has a short name (that was {@code SALESBOT_SLACK_CALLTIMEOUT} beside
 * {@code SLACK_CALL_TIMEOUT}).
 */
class SettingNamesTests {

    /** The repository, seen from the app module (Maven runs tests in the module's folder). */
    static final Path REPO = Path.of("..");

    final SettingNames names = new SettingNames();

    @Test
    void everySalesbotSettingHasMetadataWithADescription() {
        Map<String, String> described = new TreeMap<>();
        for (JsonNode property : names.metadata) {
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
        assertThat(names.application.keySet().stream().filter(key -> key.startsWith("salesbot.")))
                .allSatisfy(key -> assertThat(described).as("metadata").containsKey(key));
    }

    @Test
    void everyShortNameInApplicationYmlNamesARealPropertyAndIsInReadmesSettings() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        String fromSettings = readme.substring(readme.indexOf("\n## Settings\n"));
        String settings = fromSettings.substring(0, fromSettings.indexOf("\n## ", 1));
        List<String> problems = new ArrayList<>();
        names.shortNames.forEach((name, keys) -> {
            keys.stream()
                    .filter(key -> !names.isProperty(key))
                    .forEach(key -> problems.add(key + " is set from " + name + " but is no property in the metadata"));
            if (!settings.contains("`" + name + "`")) {
                problems.add(name + " is missing from README's Settings table");
            }
        });
        assertThat(names.shortNames).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyVariableTheDocumentsNameIsOneSettingsOneName() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path document : documents()) {
            problems.addAll(names.problemsIn(
                    Files.readString(document), REPO.relativize(document).toString()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aSecondNameForASettingIsCaught() {
        assertThat(names.problemsWith("SALESBOT_SLACK_CALLTIMEOUT", false, "x"))
                .singleElement()
                .asString()
                .contains("called SLACK_CALL_TIMEOUT");
        assertThat(names.problemsWith("SALESBOT_SLACK_CALL_TIMEOUT_MS", false, "x"))
                .isNotEmpty();
        assertThat(names.problemsWith("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", false, "x"))
                .isEmpty();
        assertThat(names.problemsWith("SPRING_DATASOURCE_URL", false, "x")).isNotEmpty(); // it is SALESBOT_DB_URL
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
}
