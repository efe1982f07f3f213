package io.salesbot.slack.handlers;

import io.salesbot.command.Answer;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.SlackWeb;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code /salesbot import [dry-run]} in Slack: a slash command carries no file, so the import reads
 * the newest CSV the person shared in the same conversation and hands the core its text.
 */
@Component
@ConditionalOnSlack
class SlackImports {

    static final long MAX_BYTES = 10L * 1024 * 1024;

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
        Map<String, String> options = new HashMap<>();
        if (Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\s+")).contains("dry-run")) {
            options.put("dry-run", "true");
        }
        String csv = web.latestCsv(from.channelId(), from.userId(), MAX_BYTES);
        if (csv == null) {
            // Ask the core anyway: it checks the role and gives the reader's language.
            Answer refused = gateway.submit(from.caller(), "/salesbot import", options);
            return new Answer(BotReply.Error.of(Message.of("slack.import.noFile")), refused.reader());
        }
        options.put("file", csv);
        return gateway.submit(from.caller(), "/salesbot import", options);
    }
}
