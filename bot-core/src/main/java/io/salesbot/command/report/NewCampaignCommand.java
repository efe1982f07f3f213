package io.salesbot.command.report;

import io.salesbot.campaign.CampaignService;
import io.salesbot.campaign.CampaignView;
import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** {@code /campaign new <name> [start:] [end:] [cost:]} (managers; the service checks). */
@Component
class NewCampaignCommand implements Command {

    static final Option<String> NAME = Option.text("name").rest().required();
    static final Option<LocalDate> START = Option.date("start");
    static final Option<LocalDate> END = Option.date("end");
    static final Option<BigDecimal> COST = Option.amount("cost");

    static final CommandSpec SPEC = CommandSpec.of("campaign", "new", NAME, START, END, COST);

    private final CampaignService campaigns;

    NewCampaignCommand(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        CampaignView created = campaigns.create(
                context.actor(), arguments.get(NAME), arguments.get(START), arguments.get(END), arguments.get(COST));
        return new BotReply.Text(Message.of("reply.campaign.created", created.name()), Visibility.PRIVATE);
    }
}
