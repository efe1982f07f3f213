package io.salesbot.task;

import io.salesbot.common.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a person names a task: {@code T-12}, {@code t12}, {@code #12} or {@code 12}. */
final class TaskRef {

    private static final Pattern NUMBER = Pattern.compile("^(?:t-?|#)?\\s*(\\d{1,9})$", Pattern.CASE_INSENSITIVE);

    private TaskRef() {}

    static int parse(String typed) {
        String trimmed = typed == null ? "" : typed.strip();
        Matcher number = NUMBER.matcher(trimmed);
        if (!number.matches()) {
            throw new InvalidInputException("task", "error.task.ref", trimmed);
        }
        return Integer.parseInt(number.group(1));
    }

    /** {@code T-12}: how a task is shown. */
    static String label(int number) {
        return "T-" + number;
    }
}
