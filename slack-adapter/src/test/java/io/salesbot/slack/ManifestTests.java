package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.command.Catalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ManifestTests {

    @Test
    void theManifestDeclaresEveryCommandRootAndTheEventsUrl() throws IOException {
        String manifest = Files.readString(Path.of("manifest.yml"));

        Matcher commands = Pattern.compile("- command: /(\\S+)").matcher(manifest);
        var declared = commands.results().map(m -> m.group(1)).collect(Collectors.toSet());
        assertThat(declared).containsExactlyInAnyOrderElementsOf(Catalogs.real().roots());
        assertThat(manifest)
                .contains("app_home_opened", "/slack/events", "files:write", "files:read", "users:read", "im:write")
                .contains("channels:history", "groups:history", "im:history");
    }
}
