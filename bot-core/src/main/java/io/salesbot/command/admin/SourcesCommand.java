package io.salesbot.command.admin;

import io.salesbot.campaign.CampaignService;
import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.reply.BotReply;
import org.springframework.stereotype.Component;

/** {@code /salesbot sources [add <source>]}: the lead sources (admins add them). */
@Component
class SourcesCommand implements Command {

    static final Option<String> ACTION = Option.choice("action", "list", "add").positional();
    static final Option<String> SOURCE = Option.text("source").rest();

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "sources", ACTION, SOURCE);

    private final CampaignService campaigns;

    SourcesCommand(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        if ("add".equals(arguments.get(ACTION))) {
            campaigns.addSource(context.actor(), arguments.require(SOURCE));
        }
        return CodeTable.of("reply.setup.sources", "source", campaigns.sources(context.actor()));
    }
}
