package io.salesbot.discord.command;

/** Discord's length limits, applied without splitting a surrogate pair. */
public final class Limits {

    private Limits() {}

    /** The text, or its start and an ellipsis when it is longer than {@code max} characters. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        if (space > max / 2) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
