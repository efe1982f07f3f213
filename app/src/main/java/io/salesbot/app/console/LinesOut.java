package io.salesbot.app.console;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * An output stream that hands on whole lines (UTF-8, without the last line break), as many as were
 * complete at each flush: a log event arrives as one write and one flush, so a stack trace stays
 * one piece. What follows the last line break waits for the next one.
 */
final class LinesOut extends OutputStream {

    private final Consumer<String> lines;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    LinesOut(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public synchronized void write(int b) {
        pending.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        pending.write(bytes, offset, length);
    }

    @Override
    public void flush() {
        String complete;
        synchronized (this) {
            byte[] bytes = pending.toByteArray();
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            if (end == 0) {
                return;
            }
            complete = new String(bytes, 0, end, StandardCharsets.UTF_8).stripTrailing();
            pending.reset();
            pending.write(bytes, end, bytes.length - end);
        }
        lines.accept(complete);
    }

    @Override
    public void close() {
        flush();
    }
}
