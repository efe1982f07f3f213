package io.salesbot.app.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What arrives on its own while a person types (a notification, a log line): printed at once
 * above the prompt, except while a form is being filled in, when it waits until the form is
 * done, so that a form's questions and answers stay together on the screen.
 */
final class AboveThePrompt {

    private final Consumer<String> print;
    private final List<String> held = new ArrayList<>();
    private boolean holding;

    AboveThePrompt(Consumer<String> print) {
        this.print = print;
    }

    void print(String text) {
        synchronized (this) {
            if (holding) {
                held.add(text);
                return;
            }
        }
        print.accept(text);
    }

    /** Holds what arrives until {@link #release}. */
    synchronized void hold() {
        holding = true;
    }

    /** Prints what arrived while held, in order, and prints at once again from now on. */
    void release() {
        List<String> waiting;
        synchronized (this) {
            holding = false;
            waiting = List.copyOf(held);
            held.clear();
        }
        waiting.forEach(print);
    }
}
