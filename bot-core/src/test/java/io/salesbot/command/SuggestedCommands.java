package io.salesbot.command;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the command lines the bot tells people to type: backticked {@code /…} text of the
 * message bundles, of README and of rendered replies, and the commands behind card buttons. A
 * line that shows grammar rather than a command ({@code <deal>}, {@code [note]}, {@code a|b}) is
 * not something to type and is left out.
 */
public final class SuggestedCommands {

    private static final Pattern BACKTICKED = Pattern.compile("`(/[a-z][^`]*)`");
    private static final Pattern GRAMMAR = Pattern.compile("[<>\\[\\]|{}]|\\.\\.\\.|…|@user\\b");

    private SuggestedCommands() {}

    /**
     * The backticked commands of each message of a bundle ({@code messages_en}, {@code
     * messages_th}), by message key, in the order the message gives them (often a sequence, such
     * as subscribe, list, stop).
     */
    public static java.util.Map<String, List<String>> inBundle(String name) throws IOException {
        try (InputStream in = SuggestedCommands.class.getResourceAsStream("/" + name + ".properties")) {
            return inBundle(in);
        }
    }

    /** The same for a bundle of another module (a platform's words), read from its file. */
    public static java.util.Map<String, List<String>> inBundle(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return inBundle(in);
        }
    }

    private static java.util.Map<String, List<String>> inBundle(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        java.util.Map<String, List<String>> lines = new java.util.TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            List<String> commands = in(properties.getProperty(key));
            if (!commands.isEmpty()) {
                lines.put(key, commands);
            }
        }
        return lines;
    }

    /** README's walkthrough lines ({@code salesbot> …}) and its backticked commands outside tables. */
    public static Set<String> inReadme(Path readme) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("salesbot> ")) {
                lines.add(line.substring("salesbot> ".length())
                        .replaceFirst("\\s+#.*$", "")
                        .strip());
            } else if (!line.startsWith("|")) {
                lines.addAll(in(line));
            }
        }
        return lines;
    }

    /** The backticked commands of a text, without grammar lines. */
    public static List<String> in(String text) {
        List<String> lines = new ArrayList<>();
        Matcher quoted = BACKTICKED.matcher(text == null ? "" : text);
        while (quoted.find()) {
            String line = quoted.group(1).strip();
            if (!GRAMMAR.matcher(line.replace("\"…\"", "\"x\"")).find()) {
                lines.add(line.replace("\"…\"", "\"x\""));
            }
        }
        return lines;
    }

    /** What a reply suggests, read as its reader reads it: backticked commands and button commands. */
    public static Set<String> inReply(BotReply reply, Localizer localizer, ReplyLocale reader) {
        Set<String> lines = new LinkedHashSet<>();
        collect(reply, localizer, reader, lines);
        return lines;
    }

    private static void collect(BotReply reply, Localizer localizer, ReplyLocale reader, Set<String> lines) {
        List<Message> messages = new ArrayList<>();
        if (reply instanceof BotReply.Text text) {
            messages.add(text.message());
        } else if (reply instanceof BotReply.Error error) {
            messages.add(error.message());
            messages.addAll(error.suggestions());
        } else if (reply instanceof BotReply.DealCard card) {
            messages.add(card.headline());
            card.actions().stream().map(CardAction::command).forEach(lines::add);
        } else if (reply instanceof BotReply.DealList list) {
            messages.add(list.title());
            if (list.more() != null) {
                lines.add(list.more());
            }
        } else if (reply instanceof BotReply.Table table) {
            messages.add(table.title());
            messages.addAll(table.footer());
            table.rows()
                    .forEach(row -> row.stream()
                            .filter(Message.class::isInstance)
                            .map(Message.class::cast)
                            .forEach(messages::add));
        } else if (reply instanceof BotReply.Prompt prompt) {
            messages.add(prompt.message());
            prompt.actions().stream().map(CardAction::command).forEach(lines::add);
        } else if (reply instanceof BotReply.Many many) {
            many.parts().forEach(part -> collect(part, localizer, reader, lines));
        } else if (reply instanceof BotReply.Attachment attachment && attachment.caption() != null) {
            messages.add(attachment.caption());
        }
        for (Message message : messages) {
            if (message != null) {
                lines.addAll(in(localizer.text(message, reader)));
            }
        }
    }
}
