package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.opportunity.PipelineSetupService;
import io.salesbot.reply.BotReply;
import org.springframework.stereotype.Component;

/** {@code /salesbot types [add <type>]}: the deal types (admins add them). */
@Component
class TypesCommand implements Command {

    static final Option<String> ACTION = Option.choice("action", "list", "add").positional();
    static final Option<String> TYPE = Option.text("type").rest();

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "types", ACTION, TYPE);

    private final PipelineSetupService pipeline;

    TypesCommand(PipelineSetupService pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        if ("add".equals(arguments.get(ACTION))) {
            pipeline.addType(context.actor(), arguments.require(TYPE));
        }
        return CodeTable.of("reply.setup.types", "type", pipeline.types(context.actor()));
    }
}
