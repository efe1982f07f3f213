package io.salesbot.command;

import io.salesbot.common.InvalidInputException;
import io.salesbot.values.Dates;
import io.salesbot.values.InvalidValueException;
import io.salesbot.values.Token;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Catches an option typed without its colon ({@code /opp new Acme ERP amount 1.2m}): a plain word
 * that is the name of one of the command's named options, followed by a word that reads as that
 * option's value (an amount, a date, a probability, a number, one of its choices; for options
 * that hold names, only words in quotes or a mention, since any plain word could be text). Left alone, both words would silently become part of the text around them (a
 * deal named "Acme ERP amount 1.2m" worth nothing), so the line is refused with the corrected
 * command. Words in quotes are one token and never caught: quoting is how a name keeps the word.
 * Positional options and flags are not checked, since their names as plain words already mean
 * what they say.
 */
final class OptionWithoutColon {

    // Only to tell whether a word reads as a date; the date itself is read later in the workspace's zone.
    private static final WorkspaceCalendar ANY_CALENDAR =
            new WorkspaceCalendar(new Dates(Clock.systemUTC(), Dates.DEFAULT_ZONE));

    private OptionWithoutColon() {}

    static void check(CommandSpec spec, List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Token.Word word) || !(tokens.get(i + 1) instanceof Token.Word value)) {
                continue;
            }
            Optional<Option<?>> named = spec.option(word.text().toLowerCase(Locale.ROOT))
                    .filter(option -> !option.isPositional() && !option.isHidden())
                    .filter(option -> option.type() != OptionType.FLAG && option.type() != OptionType.FILE);
            if (named.isPresent() && readsAs(named.get(), value.text())) {
                String option = named.get().name();
                // "amount 1.2 ล้าน": the unit is part of what was meant, as the parser reads it with a colon.
                String unit = named.get().type() == OptionType.AMOUNT
                                && i + 2 < tokens.size()
                                && tokens.get(i + 2) instanceof Token.Word next
                                && TextCommandParser.AMOUNT_UNITS.contains(
                                        next.text().toLowerCase(Locale.ROOT))
                        ? " " + next.text()
                        : "";
                throw new InvalidInputException(
                        null,
                        "error.option.withoutColon",
                        word.text() + " " + value.text() + unit,
                        option + ":" + quoteIfSpaced(value.text()) + unit,
                        corrected(spec, tokens, i));
            }
        }
    }

    /** Whether {@code text} is something the option would take: any word for text, a valid value otherwise. */
    static boolean readsAs(Option<?> option, String text) {
        if (text.isBlank()) {
            return false;
        }
        return switch (option.type()) {
            // A name is any word, so a plain word after "customer" may as well be part of the text
            // ("Acme customer portal"); only a value that could not be text by accident counts: words
            // put in quotes together, or a member's mention.
            case TEXT, DEAL, LEAD, CHANNEL, STAGE, TYPE, CAMPAIGN, SOURCE, PRODUCT -> quotedPhrase(text);
            case MEMBER -> quotedPhrase(text) || text.startsWith("@");
            case CHOICE -> Keywords.among(text, option.choices()).isPresent();
            case AMOUNT, PROBABILITY, PERCENT, QUANTITY -> text.equalsIgnoreCase("auto") || parses(option, text);
            default -> parses(option, text);
        };
    }

    // The tokenizer hands words in quotes over as one word, spaces kept.
    private static boolean quotedPhrase(String text) {
        return text.chars().anyMatch(Character::isWhitespace);
    }

    private static boolean parses(Option<?> option, String text) {
        try {
            option.read(text, ANY_CALENDAR);
            return true;
        } catch (InvalidValueException | InvalidInputException | IllegalArgumentException notAValue) {
            return false;
        }
    }

    private static String corrected(CommandSpec spec, List<Token> tokens, int at) {
        List<String> parts = new ArrayList<>();
        parts.add("/" + spec.name());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (i == at) {
                Token.Word name = (Token.Word) token;
                Token.Word value = (Token.Word) tokens.get(++i);
                parts.add(name.text().toLowerCase(Locale.ROOT) + ":" + quoteIfSpaced(value.text()));
            } else if (token instanceof Token.Option option) {
                parts.add(option.key() + ":" + quoteIfSpaced(option.value()));
            } else {
                parts.add(quoteIfSpaced(((Token.Word) token).text()));
            }
        }
        return String.join(" ", parts);
    }

    private static String quoteIfSpaced(String text) {
        return text.isEmpty() || text.chars().anyMatch(Character::isWhitespace) ? "\"" + text + "\"" : text;
    }
}
