package io.salesbot.command;

import io.salesbot.values.Amounts;
import io.salesbot.values.Due;
import io.salesbot.values.InvalidValueException;
import io.salesbot.values.Percentages;
import io.salesbot.values.Probabilities;
import io.salesbot.values.Quantities;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One option of a command, declared as a constant beside its handler and read back through {@link
 * Arguments#get} as a {@code T}: {@code Option<BigDecimal> AMOUNT = Option.amount("amount")} reads
 * {@code 1.2m} as 1200000. Positional options are filled from plain words in order ({@link #rest}
 * takes all remaining words); the others are written {@code name:value}; a flag is a bare word.
 * The help text is the message {@code option.<name>}.
 *
 * <p>Options are compared by identity: a handler may read only the very constants its command
 * declares, so an option read but never declared is caught (see {@link Arguments}).
 */
public final class Option<T> {

    private static final Set<OptionType> TEXTUAL = EnumSet.of(
            OptionType.TEXT,
            OptionType.DEAL,
            OptionType.LEAD,
            OptionType.MEMBER,
            OptionType.CHANNEL,
            OptionType.STAGE,
            OptionType.TYPE,
            OptionType.CAMPAIGN,
            OptionType.SOURCE,
            OptionType.PRODUCT);

    /** Turns the text given for an option into its value; {@link InvalidValueException} when it cannot. */
    @FunctionalInterface
    interface Reader<T> {
        T read(String text, WorkspaceCalendar calendar);
    }

    private final String name;
    private final OptionType type;
    private final boolean required;
    private final boolean positional;
    private final boolean rest;
    private final boolean hidden;
    private final List<String> choices;
    private final Reader<T> reader;
    private final String helpKey;

    private Option(
            String name,
            OptionType type,
            boolean required,
            boolean positional,
            boolean rest,
            boolean hidden,
            List<String> choices,
            Reader<T> reader,
            String helpKey) {
        this.name = name;
        this.type = type;
        this.required = required;
        this.positional = positional;
        this.rest = rest;
        this.hidden = hidden;
        this.choices = List.copyOf(choices);
        this.reader = reader;
        this.helpKey = helpKey;
    }

    private static <T> Option<T> named(String name, OptionType type, Reader<T> reader) {
        return new Option<>(name, type, false, false, false, false, List.of(), reader, "option." + name);
    }

    /** Free text, as typed. */
    public static Option<String> text(String name) {
        return string(name, OptionType.TEXT);
    }

    /**
     * Text naming something of the workspace (a deal, a stage, a member, ...), as typed: the service
     * resolves it. The type tells platforms what to offer (autocomplete).
     */
    public static Option<String> string(String name, OptionType type) {
        if (!TEXTUAL.contains(type)) {
            throw new IllegalArgumentException(type + " is not read as text; use its own factory");
        }
        return named(name, type, (text, values) -> text);
    }

    /**
     * A file the adapter fetched ({@link Upload}), never text: a path or a file's content typed
     * into a line is refused, so a chat user cannot make the bot read a file of the server.
     */
    public static Option<Upload> file(String name) {
        return named(name, OptionType.FILE, (text, values) -> {
            throw new InvalidValueException("error.file.notAttached", text);
        });
    }

    public static Option<BigDecimal> amount(String name) {
        return named(name, OptionType.AMOUNT, (text, values) -> Amounts.parse(text));
    }

    /** A date, "today" and "eom" being in the workspace's time zone. */
    public static Option<LocalDate> date(String name) {
        return named(name, OptionType.DATE, (text, calendar) -> calendar.date(text));
    }

    /** When something is due: a day with an optional time, or a span from now ({@code 2h}, {@code 1d}). */
    public static Option<Due> due(String name) {
        return named(name, OptionType.DATE, (text, calendar) -> calendar.due(text));
    }

    public static Option<Integer> probability(String name) {
        return named(name, OptionType.PROBABILITY, (text, values) -> Probabilities.parse(text));
    }

    public static Option<BigDecimal> quantity(String name) {
        return named(name, OptionType.QUANTITY, (text, values) -> Quantities.parse(text));
    }

    public static Option<BigDecimal> percent(String name) {
        return named(name, OptionType.PERCENT, (text, values) -> Percentages.parse(text));
    }

    /** A whole number such as a page or a line, {@code #2} as well as {@code 2}. */
    public static Option<Integer> number(String name) {
        return named(name, OptionType.NUMBER, (text, values) -> {
            String digits = text.strip().replaceFirst("^#", "");
            if (!digits.matches("\\d{1,9}")) {
                throw new InvalidValueException("error.number.invalid", text);
            }
            return Integer.parseInt(digits);
        });
    }

    /** A bare word; {@code addon:true}/{@code yes} from a form, {@code false}/{@code no}/{@code 0} is off. */
    public static Option<Boolean> flag(String name) {
        return named(
                name,
                OptionType.FLAG,
                (text, values) -> !text.equalsIgnoreCase("false") && !text.equalsIgnoreCase("no") && !text.equals("0"));
    }

    /** One of a fixed list of words, read in lower case; anything else is refused when given. */
    public static Option<String> choice(String name, String... choices) {
        return new Option<>(
                name,
                OptionType.CHOICE,
                false,
                false,
                false,
                false,
                List.of(choices),
                (text, values) -> text.toLowerCase(Locale.ROOT),
                "option." + name);
    }

    /** Filled from the next plain word. */
    public Option<T> positional() {
        return new Option<>(name, type, required, true, false, hidden, choices, reader, helpKey);
    }

    /** Positional, taking every remaining plain word. */
    public Option<T> rest() {
        return new Option<>(name, type, required, true, true, hidden, choices, reader, helpKey);
    }

    public Option<T> required() {
        return new Option<>(name, type, true, positional, rest, hidden, choices, reader, helpKey);
    }

    /** Given by buttons and forms only (a card's version): not in help, not offered by platforms. */
    public Option<T> hidden() {
        return new Option<>(name, type, required, positional, rest, true, choices, reader, helpKey);
    }

    T read(String text, WorkspaceCalendar calendar) {
        return reader.read(text, calendar);
    }

    public String name() {
        return name;
    }

    public OptionType type() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isPositional() {
        return positional;
    }

    public boolean isRest() {
        return rest;
    }

    public boolean isHidden() {
        return hidden;
    }

    public List<String> choices() {
        return choices;
    }

    public String helpKey() {
        return helpKey;
    }

    /**
     * Described by the message {@code key} instead of {@code option.<name>}: for an option that
     * shares its name with another command's but means something else ({@code type:call} of a note
     * is not a deal's {@code type:}).
     */
    public Option<T> describedBy(String key) {
        return new Option<>(name, type, required, positional, rest, hidden, choices, reader, key);
    }

    @Override
    public String toString() {
        return name + ":" + type;
    }
}
