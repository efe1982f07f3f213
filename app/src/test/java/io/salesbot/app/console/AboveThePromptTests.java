package io.salesbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AboveThePromptTests {

    final List<String> printed = new ArrayList<>();

    @Test
    void printsAtOnceUnlessHeldThenInOrderOnRelease() {
        AboveThePrompt above = new AboveThePrompt(printed::add);

        above.print("one");
        above.hold();
        above.print("two");
        above.print("three");
        assertThat(printed).containsExactly("one");

        above.release();
        above.print("four");
        assertThat(printed).containsExactly("one", "two", "three", "four");
    }

    @Test
    void handsOnLogLinesWholeAtEachFlushKeepingAStackTraceTogether() {
        // given stderr as a log appender writes it: one event, one write, one flush
        PrintStream stderr = new PrintStream(new LinesOut(printed::add), true, StandardCharsets.UTF_8);

        // when an error with a stack trace is logged, then a line without its break yet
        stderr.print("ERROR เกิดข้อผิดพลาด\n\tat a.b.C.d(C.java:1)\n");
        stderr.flush();
        stderr.print("WARN half");
        stderr.flush();
        stderr.print(" line\n");
        stderr.flush();

        // then each event arrived whole, and the half line waited for its end
        assertThat(printed).containsExactly("ERROR เกิดข้อผิดพลาด\n\tat a.b.C.d(C.java:1)", "WARN half line");
    }
}
