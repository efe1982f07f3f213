package io.salesbot.app.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Every way SALESBOT_HOME can be wrong ends in what is wrong and what to do, before anything starts. */
class UnusableHomeTests {

    /** Outside java.io.tmpdir (where @TempDir is), so that the rules after that one are reached. */
    static final Path OUTSIDE_TMP = Path.of("target", "unusable-home-tests").toAbsolutePath();

    @Test
    void aFileIsNotAFolder() throws IOException {
        Path file = Files.writeString(Files.createDirectories(OUTSIDE_TMP).resolve("notes.txt"), "x");

        assertThat(refused(file).problem())
                .isEqualTo("SALESBOT_HOME " + file + " is not a folder: " + file + " is a file.");
        assertThat(refused(file.resolve("below")).problem()).endsWith(": " + file + " is a file.");
    }

    @Test
    void aTemporaryFolderWouldLoseTheData() {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "salesbot-home");

        assertThat(refused(underTmp).problem())
                .startsWith("SALESBOT_HOME " + underTmp + " is under the temporary folder")
                .endsWith("where the embedded database would lose its data at every start.");
    }

    @Test
    void aPathWithASpaceCannotStartTheDatabase() {
        assertThat(refused(OUTSIDE_TMP.resolve("my sales")).problem()).contains("has a space or a quote");
    }

    @Test
    void saysWhatToDo() {
        assertThat(refused(OUTSIDE_TMP.resolve("my sales")).action())
                .isEqualTo("Set SALESBOT_HOME to a folder of yours that Salesbot may write to"
                        + " (the default is ~/.salesbot).");
    }

    @Test
    void isAnalysedAsItsTwoSentencesWhereverItIsWrapped() {
        UnusableHome refused = refused(OUTSIDE_TMP.resolve("my sales"));

        FailureAnalysis analysis = new UnusableHomeAnalyzer().analyze(new IllegalStateException("bean", refused));

        assertThat(analysis.getDescription()).isEqualTo(refused.problem());
        assertThat(analysis.getAction()).isEqualTo(refused.action());
    }

    private static UnusableHome refused(Path home) {
        UnusableHome refused = catchThrowableOfType(UnusableHome.class, () -> EmbeddedMariaDb.start(home));
        assertThat(refused).as("refused " + home).isNotNull();
        return refused;
    }
}
