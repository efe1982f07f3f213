package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.WorkspaceService;
import org.springframework.stereotype.Component;

/** {@code /salesbot currency THB}. */
@Component
class CurrencyCommand implements Command {

    static final Option<String> CURRENCY =
            Option.string("currency", OptionType.TEXT).positional().required();

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "currency", CURRENCY);

    private final WorkspaceService workspaces;

    CurrencyCommand(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String currency = workspaces
                .changeCurrency(context.actor(), arguments.require(CURRENCY))
                .currency();
        return new BotReply.Text(Message.of("reply.admin.currency", currency), Visibility.PRIVATE);
    }
}
