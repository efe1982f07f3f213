package io.salesbot.command;

import io.salesbot.common.InvalidInputException;
import io.salesbot.values.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The options a command was given, read as the types its {@link Option}s declare. A value that
 * cannot be read becomes an error on its field, so forms can show it there. Reading an option the
 * command does not declare is a programming error and fails at once, whatever was typed.
 */
public final class Arguments {

    private final CommandInput input;
    private final WorkspaceCalendar calendar;

    public Arguments(CommandInput input, WorkspaceCalendar calendar) {
        this.input = input;
        this.calendar = calendar;
    }

    public CommandSpec spec() {
        return input.spec();
    }

    /** The value, or null when the option was not given. */
    @SuppressWarnings("unchecked") // Option.file is the one maker of FILE options: an Option<Upload>
    public <T> T get(Option<T> option) {
        if (option.type() == OptionType.FILE && declared(option) && input.upload() != null) {
            return (T) input.upload();
        }
        String text = text(option);
        if (text == null) {
            return null;
        }
        try {
            return option.read(text, calendar);
        } catch (InvalidValueException e) {
            throw new InvalidInputException(
                    option.name(), e.messageKey(), e.args().toArray());
        }
    }

    public <T> T getOr(Option<T> option, T fallback) {
        T value = get(option);
        return value == null ? fallback : value;
    }

    /** The value of an option this particular use needs (say, the price when adding a product). */
    public <T> T require(Option<T> option) {
        if (!has(option)) {
            throw new InvalidInputException(
                    option.name(),
                    "error.option.missing",
                    option.name(),
                    input.spec().usage());
        }
        return get(option);
    }

    /** Whether a flag is on; off when not given. */
    public boolean flag(Option<Boolean> option) {
        return Boolean.TRUE.equals(get(option));
    }

    public boolean has(Option<?> option) {
        return text(option) != null || option.type() == OptionType.FILE && input.upload() != null;
    }

    /** The text as given, before reading it (for words such as {@code auto} that mean something else). */
    public String text(Option<?> option) {
        if (!declared(option)) {
            throw new IllegalArgumentException(
                    "/" + input.spec().name() + " reads option " + option + " that it does not declare");
        }
        return input.values().get(option.name());
    }

    /** Whether nothing but these options was given (e.g. only the deal: open the form). */
    public boolean onlyHas(Option<?>... options) {
        List<Option<?>> allowed = Arrays.asList(options);
        allowed.forEach(this::text);
        return input.values().keySet().stream()
                .allMatch(name ->
                        allowed.stream().anyMatch(option -> option.name().equals(name)));
    }

    /** Every option given, as text by name (to write the same command again, e.g. for the next page). */
    public Map<String, String> given() {
        return input.values();
    }

    public WorkspaceCalendar calendar() {
        return calendar;
    }

    private boolean declared(Option<?> option) {
        return input.spec().options().stream().anyMatch(declared -> declared == option);
    }
}
