package io.salesbot.command.report;

import io.salesbot.campaign.CampaignService;
import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Hints;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Role;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code /campaign list}. */
@Component
class ListCampaignsCommand implements Command {

    static final CommandSpec SPEC = CommandSpec.of("campaign", "list");

    private final CampaignService campaigns;

    ListCampaignsCommand(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        return list(context);
    }

    private BotReply list(CommandContext context) {
        List<List<Object>> rows = campaigns.list(context.actor()).stream()
                .map(c -> Arrays.<Object>asList(
                        c.name(),
                        c.startsOn(),
                        c.endsOn(),
                        c.cost() == null ? null : new Money(c.cost(), context.currency())))
                .toList();
        return new BotReply.Table(
                Message.of("reply.campaign.list"),
                List.of(
                        Message.of("column.campaign"),
                        Message.of("column.start"),
                        Message.of("column.end"),
                        Message.of("column.cost")),
                rows,
                rows.isEmpty()
                        ? List.of(Hints.forRole(context.actor(), Role.MANAGER, "reply.campaign.none"))
                        : List.of(),
                Visibility.PRIVATE);
    }
}
