package io.salesbot.app.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** A person at a terminal: JLine line editing, and command history kept in a file across sessions. */
final class TerminalIO implements ConsoleIO {

    private final Terminal terminal;
    private final LineReader reader;

    private TerminalIO(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    static TerminalIO open(Path historyFile) throws IOException {
        // UTF-8 whatever LANG says: Thai must survive a container with no locale set.
        Terminal terminal = TerminalBuilder.builder()
                .system(true)
                .encoding(StandardCharsets.UTF_8)
                .build();
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("salesbot")
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_SIZE, 1000)
                // "!" is ordinary text in deal notes, not bash history expansion.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        return new TerminalIO(terminal, reader);
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public String readLine(String prompt, boolean remember) {
        reader.setVariable(LineReader.DISABLE_HISTORY, !remember);
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException ctrlC) {
            throw new Interrupted();
        } catch (EndOfFileException ctrlD) {
            return null;
        }
    }

    @Override
    public PrintWriter out() {
        return terminal.writer();
    }

    @Override
    public void printAbove(String text) {
        reader.printAbove(text);
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.writer().flush();
            terminal.close();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
