package io.salesbot.slack.handlers;

import io.salesbot.command.Answer;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.Message;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.SlackCallFailed;
import io.salesbot.slack.SlackWeb;
import io.salesbot.transfer.ImportLimit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code /salesbot import [dry-run]} in Slack: a slash command carries no file, so the import reads
 * the newest CSV the person shared in the same conversation and hands the core its text.
 */
@Component
@ConditionalOnSlack
class SlackImports {

    private static final Logger log = LoggerFactory.getLogger(SlackImports.class);

    private final CommandGateway gateway;
    private final SlackWeb web;

    SlackImports(CommandGateway gateway, SlackWeb web) {
        this.gateway = gateway;
        this.web = web;
    }

    /** Whether the command is an import, which this class answers instead of the plain gateway. */
    static boolean handles(String command, String text) {
        return "/salesbot".equals(command)
                && text != null
                && text.strip().toLowerCase(Locale.ROOT).startsWith("import");
    }

    Answer run(Conversation from, String text) {
        // The download uses the bot's token: only for someone who may import at all.
        Optional<Answer> refused = gateway.refusedRole(from.caller(), "/salesbot import");
        if (refused.isPresent()) {
            return refused.get();
        }
        Map<String, String> options = new HashMap<>();
        if (Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\s+")).contains("dry-run")) {
            options.put("dry-run", "true");
        }
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
        options.put("file", csv);
        return gateway.submit(from.caller(), "/salesbot import", options);
    }
}
