package io.salesbot.app.console;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.SystemStream;
import org.jline.utils.AttributedString;

/**
 * A person at a terminal: JLine line editing, and command history kept in a file across sessions.
 * Whatever arrives on its own (notifications, and log lines when stderr is this same terminal) is
 * printed above the prompt, never through a half-typed line, and waits while a form is open.
 */
final class TerminalIO implements ConsoleIO {

    /**
     * The typed line as it is, without colours. JLine's default highlighter drops zero-width
     * characters, so Thai vowels and tone marks vanished from the screen as they were typed.
     */
    static final Highlighter PLAIN = (reader, buffer) -> new AttributedString(buffer);

    private final Terminal terminal;
    private final LineReader reader;
    private final AboveThePrompt above;
    private PrintStream stderr;

    private TerminalIO(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
        this.above = new AboveThePrompt(reader::printAbove);
    }

    static TerminalIO open(Path historyFile) throws IOException {
        // UTF-8 whatever LANG says: Thai must survive a container with no locale set.
        Terminal terminal = TerminalBuilder.builder()
                .system(true)
                .encoding(StandardCharsets.UTF_8)
                .build();
        TerminalIO io = on(terminal, historyFile);
        if (stderrIsTerminal()) {
            io.takeOverStderr();
        }
        return io;
    }

    /** A session on the given terminal (a real one, or a test's virtual one). */
    static TerminalIO on(Terminal terminal, Path historyFile) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("salesbot")
                .highlighter(PLAIN)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_SIZE, 1000)
                // "!" is ordinary text in deal notes, not bash history expansion.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        return new TerminalIO(terminal, reader);
    }

    /**
     * Log lines (stderr) are printed above the prompt for as long as the session runs, instead of
     * through the line being typed; only when stderr is this terminal, so {@code 2>log} still
     * sends them to the file.
     */
    void takeOverStderr() {
        stderr = System.err;
        System.setErr(new PrintStream(new LinesOut(above::print), true, StandardCharsets.UTF_8));
    }

    private static boolean stderrIsTerminal() {
        try {
            return new ExecTerminalProvider().isSystemStream(SystemStream.Error);
        } catch (RuntimeException | LinkageError unknown) {
            return false;
        }
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public String readLine(String prompt, boolean remember) {
        reader.setVariable(LineReader.DISABLE_HISTORY, !remember);
        try {
            // JLine reads % in a prompt as an escape: "Probability (%)" lost its "%)".
            return reader.readLine(prompt.replace("%", "%%"));
        } catch (UserInterruptException ctrlC) {
            throw new Interrupted();
        } catch (EndOfFileException ctrlD) {
            return null;
        }
    }

    /** The terminal's width now (it may have been resized), or the default when it does not say. */
    @Override
    public int width() {
        int columns = terminal.getWidth();
        return columns > 0 ? columns : ConsoleRenderer.DEFAULT_WIDTH;
    }

    @Override
    public PrintWriter out() {
        return terminal.writer();
    }

    @Override
    public void printAbove(String text) {
        above.print(text);
    }

    @Override
    public void holdAbove(boolean hold) {
        if (hold) {
            above.hold();
        } else {
            above.release();
        }
    }

    @Override
    public void close() {
        above.release();
        if (stderr != null) {
            System.err.flush();
            System.setErr(stderr);
        }
        try {
            reader.getHistory().save();
            terminal.writer().flush();
            terminal.close();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
