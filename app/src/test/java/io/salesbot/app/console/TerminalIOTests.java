package io.salesbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line editor on a virtual xterm: what a person sees while typing. */
class TerminalIOTests {

    @TempDir
    Path home;

    final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    @Test
    void echoesThaiVowelsAndToneMarksAsTheyAreTyped() throws IOException {
        // given Thai with vowels above and below and tone marks, and a word with none
        String typed = "น้ำ ที่ดิน สุขุมวิท ก๋วยเตี๋ยว ERP";

        // when it is typed at the prompt
        String line = readTyped("salesbot> ", typed);

        // then the line is right, and every character was drawn on the screen, marks included
        assertThat(line).isEqualTo(typed);
        assertThat(screenText()).contains("salesbot> ").contains(typed);
    }

    @Test
    void showsAPromptWithAPercentSignWhole() throws IOException {
        // when a form asks for a field whose label holds "%"
        readTyped("Probability (%) [50]: ", "60");

        // then the label is shown as written
        assertThat(screenText()).contains("Probability (%) [50]: 60");
    }

    @Test
    void holdsWhatArrivesWhileAFormIsOpenAndPrintsItAfter() throws IOException {
        // given a session at a terminal
        try (TerminalIO io = TerminalIO.on(terminal(""), home.resolve("history"))) {
            // when a reminder arrives while a form is open
            io.holdAbove(true);
            io.printAbove("Reminder: deal #7 closes today");
            String duringForm = screenText();
            io.holdAbove(false);

            // then it is printed only once the form is done
            assertThat(duringForm).doesNotContain("Reminder");
            assertThat(screenText()).contains("Reminder: deal #7 closes today");
        }
    }

    @Test
    void printsLogLinesAboveThePromptWhileTheSessionRunsAndGivesStderrBackAfter() throws IOException {
        // given a session that has taken over stderr (which is this terminal)
        java.io.PrintStream before = System.err;
        try (TerminalIO io = TerminalIO.on(terminal(""), home.resolve("history"))) {
            io.takeOverStderr();

            // when a warning is logged, then another while a form is open
            System.err.println("WARN Database slow");
            io.holdAbove(true);
            System.err.println("WARN during the form");
            String duringForm = screenText();
            io.holdAbove(false);

            // then both reached the terminal, the second only after the form
            assertThat(duringForm).contains("WARN Database slow").doesNotContain("WARN during the form");
            assertThat(screenText()).contains("WARN during the form");
        }
        assertThat(System.err).isSameAs(before);
    }

    private String readTyped(String prompt, String typed) throws IOException {
        try (TerminalIO io = TerminalIO.on(terminal(typed + "\r"), home.resolve("history"))) {
            return io.readLine(prompt, false);
        }
    }

    private Terminal terminal(String input) throws IOException {
        return TerminalBuilder.builder()
                .system(false)
                .streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), screen)
                .type("xterm-256color")
                .encoding(StandardCharsets.UTF_8)
                .size(new Size(100, 24))
                .build();
    }

    private String screenText() {
        return screen.toString(StandardCharsets.UTF_8);
    }
}
