package io.salesbot.transfer;

/**
 * Keeps spreadsheets from running what people typed (CSV injection, OWASP): a cell that starts
 * with {@code = + - @}, a tab or a carriage return is a formula to Excel, LibreOffice and Google
 * Sheets, so an export prefixes it with a single quote, which they show as text.
 *
 * <p>The rule is reversible, so an exported file imports back to the same values. Export quotes a
 * value that starts with quotes followed by a trigger ({@code =x}, {@code '=x}, {@code ''=x} become
 * {@code '=x}, {@code ''=x}, {@code '''=x}); import drops one quote from exactly those cells: one or
 * more quotes followed by a trigger. Any other value, quotes included ({@code 'tis}), is left as
 * it is both ways.
 */
final class SpreadsheetText {

    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetText() {}

    /** The value as it is written into a cell: quoted when a spreadsheet would run it. */
    static String protect(String value) {
        return value != null && startsWithQuotesAndTrigger(value, 0) ? "'" + value : value;
    }

    /** The value a cell stands for: undoes {@link #protect}, and only it. */
    static String unprotect(String cell) {
        return cell != null && cell.startsWith("'") && startsWithQuotesAndTrigger(cell, 1) ? cell.substring(1) : cell;
    }

    /** Whether the text from {@code from} on is zero or more quotes, then a trigger character. */
    private static boolean startsWithQuotesAndTrigger(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && TRIGGERS.indexOf(text.charAt(i)) >= 0;
    }
}
