package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Hints;
import io.salesbot.command.Option;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceService;
import io.salesbot.workspace.WorkspaceSettings;
import org.springframework.stereotype.Component;

/** {@code /salesbot language th|en [force]}: the workspace's language, or everyone's when forced. */
@Component
class LanguageCommand implements Command {

    static final Option<String> LANGUAGE = Option.choice("language", "th", "en").positional();
    static final Option<Boolean> FORCE = Option.flag("force");

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "language", LANGUAGE, FORCE);

    private final WorkspaceService workspaces;

    LanguageCommand(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String language = arguments.get(LANGUAGE);
        if (language == null) {
            // "/salesbot language" alone: what it is now, and how to change it
            WorkspaceSettings now = context.workspace();
            return new BotReply.Text(
                    Hints.forRole(
                            context.actor(),
                            Role.ADMIN,
                            "reply.admin.language.current",
                            Message.of("language." + now.language()),
                            now.languageForced() ? 1 : 0,
                            "en".equals(now.language()) ? "th" : "en"),
                    Visibility.PRIVATE);
        }
        WorkspaceSettings settings = workspaces.changeLanguage(context.actor(), language, arguments.flag(FORCE));
        return new BotReply.Text(
                Message.of(
                        "reply.admin.language." + settings.language() + (settings.languageForced() ? ".forced" : "")),
                Visibility.PRIVATE);
    }

    /** The confirmation of a new language comes in that language. */
    @Override
    public ReplyLocale readerAfter(CommandContext context, Arguments arguments) {
        String language = arguments.get(LANGUAGE);
        return language == null
                ? context.reader()
                : ReplyLocale.of(language, context.reader().zone());
    }
}
