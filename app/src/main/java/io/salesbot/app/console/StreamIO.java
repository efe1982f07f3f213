package io.salesbot.app.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Plain streams, always UTF-8 whatever the platform's default: a piped script, or a terminal
 * JLine could not open. Prompts are written only when {@code interactive}, so piped output holds
 * nothing but replies.
 */
final class StreamIO implements ConsoleIO {

    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean interactive;
    private final AboveThePrompt above = new AboveThePrompt(this::printBetween);

    StreamIO(InputStream in, OutputStream out, boolean interactive) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        this.interactive = interactive;
    }

    @Override
    public boolean interactive() {
        return interactive;
    }

    @Override
    public String readLine(String prompt, boolean remember) {
        if (interactive) {
            out.print(prompt);
            out.flush();
        }
        try {
            String line = in.readLine();
            // A UTF-8 byte order mark (Windows editors) would otherwise spoil the first command.
            return line != null && line.startsWith("\uFEFF") ? line.substring(1) : line;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public PrintWriter out() {
        return out;
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

    private void printBetween(String text) {
        // Replies are printed from the session's thread; a notification is printed whole between them.
        synchronized (out) {
            out.println();
            out.println(text);
            out.flush();
        }
    }

    @Override
    public void close() {
        above.release();
        out.flush();
    }
}
