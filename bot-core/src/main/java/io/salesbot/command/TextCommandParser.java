package io.salesbot.command;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.Nearest;
import io.salesbot.reply.Message;
import io.salesbot.values.Token;
import io.salesbot.values.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a typed command line into a {@link CommandInput} following the {@link CommandCatalog}:
 * root and sub-command, flags as bare words, {@code key:value} options, and plain words filling
 * the positional options in order (the last may take the rest of the line).
 */
public final class TextCommandParser {

    static final java.util.Set<String> AMOUNT_UNITS =
            java.util.Set.of("ล้าน", "แสน", "หมื่น", "พัน", "บาท", "baht", "thb", "m", "k");

    private final CommandCatalog catalog;

    public TextCommandParser(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    public CommandInput parse(String line) {
        List<Token> tokens = new ArrayList<>(ThaiPeriods.joined(Tokenizer.tokenize(line == null ? "" : line)));
        if (tokens.isEmpty() || !(tokens.get(0) instanceof Token.Word first)) {
            throw new InvalidInputException(null, "error.command.empty", roots());
        }
        tokens.remove(0);
        String root = first.text().replaceFirst("^/", "").toLowerCase(Locale.ROOT);
        if (!catalog.roots().contains(root)) {
            throw new InvalidInputException(null, "error.command.unknown", first.text(), roots())
                    .withNearest(Nearest.to(root, catalog.roots()).stream()
                            .map(meant -> Retyped.word(line, 0, "/" + meant))
                            .toList());
        }
        CommandSpec spec = spec(root, tokens, line);
        OptionWithoutColon.check(spec, tokens);
        return bind(spec, tokens, line);
    }

    private CommandSpec spec(String root, List<Token> tokens, String line) {
        if (!catalog.hasSubcommands(root)) {
            return catalog.find(root, null).orElseThrow();
        }
        Token first = tokens.isEmpty() ? null : tokens.get(0);
        String word = first instanceof Token.Word typed ? typed.text() : null;
        if (catalog.own(root).isPresent()) {
            if (word != null && catalog.isOwn(word)) {
                // "/forecast show quarter" (ดู in Thai), as Discord lists it, is "/forecast quarter"
                tokens.remove(0);
                return catalog.own(root).orElseThrow();
            }
            boolean namesASub = word != null && catalog.findTyped(root, word).isPresent();
            if (!namesASub && !(word != null && looksLikeAMistypedSub(root, word))) {
                // "/forecast quarter": not a sub-command's name, so the root's own command reads it
                return catalog.own(root).orElseThrow();
            }
        }
        if (word == null) {
            // "/opp" alone asks for help on it.
            return catalog.find("opp", "help").orElseThrow();
        }
        tokens.remove(0);
        List<CommandSpec> family =
                catalog.of(root).stream().filter(spec -> spec.sub() != null).toList();
        return catalog.findTyped(root, word)
                .orElseThrow(() -> new InvalidInputException(
                                null,
                                "error.command.unknownSub",
                                "/" + root + " " + word,
                                // each in the reader's language: new for English readers, ใหม่ for Thai ones
                                family.stream()
                                        .map(spec -> Message.of(
                                                "option.choiceWord",
                                                spec.sub(),
                                                catalog.thaiName(spec).orElse(spec.sub())))
                                        .toList())
                        .withNearest(Nearest.to(word.toLowerCase(Locale.ROOT), subNames(root)).stream()
                                .map(meant -> Retyped.word(line, 1, meant))
                                .toList()));
    }

    /** A sub-command answers to its English and its Thai name; a typo of either is offered the nearest. */
    private List<String> subNames(String root) {
        List<String> names = new ArrayList<>();
        for (CommandSpec spec : catalog.of(root)) {
            if (spec.sub() != null) {
                names.add(spec.sub());
                catalog.thaiName(spec).ifPresent(names::add);
            }
        }
        return names;
    }

    /**
     * Whether the first word after a root with a command of its own ({@code /forecast}) is a typo of
     * one of its sub-commands ({@code sumbit}) rather than the own command's first word: it is no
     * keyword the own command reads ({@code quarter}, {@code ไตรมาส}), has no digit ({@code 2026-Q4}),
     * and is near a sub-command's name.
     */
    private boolean looksLikeAMistypedSub(String root, String word) {
        return !Keywords.isKnown(word)
                && word.chars().noneMatch(Character::isDigit)
                && !word.contains(":")
                && !Nearest.to(word.toLowerCase(Locale.ROOT), subNames(root)).isEmpty();
    }

    private static CommandInput bind(CommandSpec spec, List<Token> tokens, String line) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token instanceof Token.Option option) {
                Option<?> declared = spec.option(option.key())
                        .orElseThrow(() -> new InvalidInputException(
                                        option.key(), "error.option.unknown", option.key() + ":", spec.usage())
                                .withNearest(Nearest.to(option.key(), optionNames(spec)).stream()
                                        .map(meant -> Retyped.option(line, option.key(), meant))
                                        .toList()));
                String value = option.value();
                // "amount:1.2 ล้าน": people write the unit as a word of its own; it belongs to the amount.
                if (declared.type() == OptionType.AMOUNT
                        && i + 1 < tokens.size()
                        && tokens.get(i + 1) instanceof Token.Word unit
                        && AMOUNT_UNITS.contains(unit.text().toLowerCase(Locale.ROOT))) {
                    value = value + " " + unit.text();
                    i++;
                }
                values.put(declared.name(), value);
            } else {
                String word = ((Token.Word) token).text();
                Option<?> flag = spec.options().stream()
                        .filter(option -> option.type() == OptionType.FLAG)
                        .filter(option -> Keywords.is(word, option.name()))
                        .findFirst()
                        .orElse(null);
                if (flag != null) {
                    values.put(flag.name(), "true");
                } else {
                    words.add(word);
                }
            }
        }
        fillPositional(spec, words, values);
        return new CommandInput(spec, values);
    }

    private static void fillPositional(CommandSpec spec, List<String> words, Map<String, String> values) {
        int next = 0;
        for (Option<?> option : spec.positional()) {
            if (next >= words.size()) {
                return;
            }
            if (values.containsKey(option.name())) {
                continue; // given as name:value already
            }
            if (option.isRest()) {
                values.put(option.name(), String.join(" ", words.subList(next, words.size())));
                next = words.size();
            } else {
                values.put(option.name(), words.get(next++));
            }
        }
        if (next < words.size()) {
            throw new InvalidInputException(
                    null,
                    "error.command.extraWords",
                    String.join(" ", words.subList(next, words.size())),
                    spec.usage());
        }
    }

    private static List<String> optionNames(CommandSpec spec) {
        return spec.options().stream()
                .filter(option -> !option.isHidden() && option.type() != OptionType.FLAG)
                .map(Option::name)
                .toList();
    }

    private String roots() {
        return catalog.roots().stream().map(root -> "/" + root).collect(Collectors.joining(", "));
    }
}
