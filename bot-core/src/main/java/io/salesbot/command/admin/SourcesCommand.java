package io.salesbot.command.admin;

import io.salesbot.campaign.CampaignService;
import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Code;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.util.Arrays;
import java.util.List;
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
        return codes("reply.setup.sources", "source", campaigns.sources(context.actor()));
    }

    private static BotReply codes(String title, String kind, List<String> codes) {
        List<List<Object>> rows = codes.stream()
                .map(code -> Arrays.<Object>asList(code, new Code(kind, code)))
                .toList();
        return new BotReply.Table(
                Message.of(title),
                List.of(Message.of("column.code"), Message.of("column.name")),
                rows,
                List.of(),
                Visibility.PRIVATE);
    }
}
