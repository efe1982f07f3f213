package io.salesbot.command.admin;

import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandHandler;
import io.salesbot.command.CommandInput;
import io.salesbot.common.InvalidInputException;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.MemberView;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceService;
import io.salesbot.workspace.WorkspaceSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code /salesbot role|language|currency|timezone|members}: who may do what, and how to speak. */
@Component
class AdminCommands implements CommandHandler {

    private final WorkspaceService workspaces;

    AdminCommands(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public Set<String> handles() {
        return Set.of(
                "salesbot role", "salesbot language", "salesbot currency", "salesbot timezone", "salesbot members");
    }

    @Override
    public BotReply handle(CommandContext context, CommandInput input) {
        return switch (input.spec().sub()) {
            case "role" -> {
                String role = required(input, "role");
                MemberView member = workspaces.changeRole(
                        context.actor(), required(input, "member"), Role.valueOf(role.toUpperCase(Locale.ROOT)));
                yield text(
                        "reply.admin.role", member.displayName(), Message.of("role." + role.toLowerCase(Locale.ROOT)));
            }
            case "language" -> {
                WorkspaceSettings settings =
                        workspaces.changeLanguage(context.actor(), required(input, "language"), input.flag("force"));
                yield text(
                        "reply.admin.language." + settings.language() + (settings.languageForced() ? ".forced" : ""));
            }
            case "currency" ->
                text(
                        "reply.admin.currency",
                        workspaces
                                .changeCurrency(context.actor(), required(input, "currency"))
                                .currency());
            case "timezone" ->
                text(
                        "reply.admin.timezone",
                        workspaces
                                .changeTimeZone(context.actor(), required(input, "zone"))
                                .zone()
                                .getId());
            default -> members(context);
        };
    }

    private BotReply members(CommandContext context) {
        List<List<Object>> rows = workspaces.members(context.actor()).stream()
                .map(member -> Arrays.<Object>asList(
                        member.displayName(),
                        member.platformUserId(),
                        Message.of("role." + member.role().name().toLowerCase(Locale.ROOT))))
                .toList();
        return new BotReply.Table(
                Message.of("reply.admin.members"),
                List.of(Message.of("column.name"), Message.of("column.userId"), Message.of("column.role")),
                rows,
                List.of(),
                Visibility.PRIVATE);
    }

    static String required(CommandInput input, String option) {
        if (!input.has(option)) {
            throw new InvalidInputException(
                    option, "error.option.missing", option, input.spec().usage());
        }
        return input.get(option);
    }

    private static BotReply text(String key, Object... args) {
        return new BotReply.Text(Message.of(key, args), Visibility.PRIVATE);
    }
}
