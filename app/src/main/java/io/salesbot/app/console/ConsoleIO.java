package io.salesbot.app.console;

import java.io.Closeable;
import java.io.PrintWriter;

/** Where a console session reads lines and writes replies: a terminal, or a script's pipes. */
interface ConsoleIO extends Closeable {

    /** True when a person is typing: then the session greets, prompts and asks for form fields. */
    boolean interactive();

    /**
     * The next line, without its line break; null at the end of input (Ctrl-D, end of a script).
     *
     * @param remember whether the line belongs in the command history (not form answers)
     * @throws Interrupted when the person pressed Ctrl-C
     */
    String readLine(String prompt, boolean remember);

    PrintWriter out();

    /** How many columns a line may take: the terminal's width, or {@link ConsoleRenderer#DEFAULT_WIDTH}. */
    default int width() {
        return ConsoleRenderer.DEFAULT_WIDTH;
    }

    /**
     * Prints something that arrives on its own (a notification) while the person may be typing: as
     * whole lines above the prompt, never through a half-typed command.
     */
    void printAbove(String text);

    /**
     * While {@code true} (a form is being filled in), what {@link #printAbove} gets waits; {@code
     * false} prints what waited and lets the rest through again.
     */
    void holdAbove(boolean hold);

    @Override
    void close();

    /** Ctrl-C: drop the current line or form, not the session. */
    final class Interrupted extends RuntimeException {

        Interrupted() {
            super("interrupted", null, false, false);
        }
    }
}
