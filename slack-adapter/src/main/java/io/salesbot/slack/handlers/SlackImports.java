package io.salesbot.slack.handlers;

import io.salesbot.command.Answer;
import io.salesbot.command.CommandCatalog;
import io.salesbot.command.CommandGateway;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Keywords;
import io.salesbot.command.OptionType;
import io.salesbot.command.Upload;
import io.salesbot.command.UploadRefused;
import io.salesbot.reply.Message;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.SlackCallFailed;
import io.salesbot.slack.SlackWeb;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Commands that take a file ({@code /salesbot import [dry-run]}) in Slack: a slash command carries
 * no file, so this reads the newest CSV the person shared in the same conversation and hands the
 * core the file as the command's file option, once the core has let the person run the command. Which commands take a file is the catalogue's to say.
 */
@Component
@ConditionalOnSlack
class SlackImports {

    private static final Logger log = LoggerFactory.getLogger(SlackImports.class);

    private final CommandGateway gateway;
    private final SlackWeb web;
    private final CommandCatalog catalog;

    SlackImports(CommandGateway gateway, SlackWeb web, CommandCatalog catalog) {
        this.gateway = gateway;
        this.web = web;
        this.catalog = catalog;
    }

    /** The command typed, when it takes a file: this class answers it instead of the plain gateway. */
    Optional<CommandSpec> takingFile(String command, String text) {
        String root = command == null ? "" : command.replaceFirst("^/", "");
        String first = text == null || text.isBlank()
                ? null
                : text.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        // "/salesbot นำเข้า" is "/salesbot import": a sub-command answers to its Thai name too.
        return catalog.findTyped(root, first).filter(spec -> spec.file().isPresent());
    }

    Answer run(Conversation from, CommandSpec command, String text) {
        // The file is Slack's to fetch; the flags (dry-run) are words of the line.
        Map<String, String> options = new HashMap<>();
        List<String> words = Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\s+"));
        command.options().stream()
                .filter(option -> option.type() == OptionType.FLAG
                        && words.stream().anyMatch(word -> Keywords.is(word, option.name())))
                .forEach(flag -> options.put(flag.name(), "true"));
        // The download uses the bot's token: the core asks for it only for someone who may run the command.
        return gateway.handle(from.caller(), "/" + command.name(), options, () -> latestCsv(from));
    }

    private Upload latestCsv(Conversation from) {
        try {
            SlackWeb.CsvFile file = web.latestCsv(from.channelId(), from.userId());
            if (file == null) {
                throw new UploadRefused(Message.of("slack.import.noFile"));
            }
            if (Upload.exceedsLimit(file.size())) {
                throw new UploadRefused(Upload.tooLarge(file.name()));
            }
            return new Upload(file.name(), web.download(file));
        } catch (SlackCallFailed unreadable) {
            // A missing files:read scope or a failed download: say so rather than stay silent.
            log.warn("Could not fetch the CSV to import: {}", unreadable.getMessage());
            throw new UploadRefused(Message.of("slack.import.unreadable"));
        }
    }
}
