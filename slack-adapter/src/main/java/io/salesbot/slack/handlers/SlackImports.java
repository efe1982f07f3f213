package io.salesbot.slack.handlers;

import io.salesbot.command.Answer;
import io.salesbot.command.CommandCatalog;
import io.salesbot.command.CommandGateway;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.OptionType;
import io.salesbot.reply.Message;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.SlackCallFailed;
import io.salesbot.slack.SlackWeb;
import io.salesbot.transfer.ImportLimit;
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
 * core its text as the command's file option. Which commands take a file is the catalogue's to say.
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
        return catalog.find(root, first).filter(spec -> spec.file().isPresent());
    }

    Answer run(Conversation from, CommandSpec command, String text) {
        // The download uses the bot's token: only for someone who may run the command at all.
        Optional<Answer> refused = gateway.refusedRole(from.caller(), "/" + command.name());
        if (refused.isPresent()) {
            return refused.get();
        }
        // The file is Slack's to fetch; the flags (dry-run) are words of the line.
        Map<String, String> options = new HashMap<>();
        List<String> words = Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\s+"));
        command.options().stream()
                .filter(option -> option.type() == OptionType.FLAG && words.contains(option.name()))
                .forEach(flag -> options.put(flag.name(), "true"));
        SlackWeb.CsvFile file;
        String csv;
        try {
            file = web.latestCsv(from.channelId(), from.userId());
            if (file == null) {
                return gateway.refuse(from.caller(), Message.of("slack.import.noFile"));
            }
            if (ImportLimit.exceededBy(file.size())) {
                return gateway.refuse(from.caller(), ImportLimit.tooLarge(file.name()));
            }
            csv = web.download(file);
        } catch (SlackCallFailed unreadable) {
            // A missing files:read scope or a failed download: say so rather than stay silent.
            log.warn("Could not fetch the CSV to import: {}", unreadable.getMessage());
            return gateway.refuse(from.caller(), Message.of("slack.import.unreadable"));
        }
        options.put(command.file().orElseThrow().name(), csv);
        return gateway.submit(from.caller(), "/" + command.name(), options);
    }
}
