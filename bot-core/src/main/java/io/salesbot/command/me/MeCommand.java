package io.salesbot.command.me;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Keywords;
import io.salesbot.command.Option;
import io.salesbot.common.InvalidInputException;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Member;
import io.salesbot.workspace.MemberSettings;
import io.salesbot.workspace.WorkspaceService;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /salesbot me [timezone <zone> | language th|en | quiet on|off | digest off|08:30]}: each
 * member's own clock and language (learned from the platform until they choose), whether their
 * reminders wait out the night and the weekend, and when their morning DM comes. Alone, it shows
 * them. Everyone sets only their own.
 */
@Component
class MeCommand implements Command {

    static final Option<String> SETTING =
            Option.choice("setting", "timezone", "language", "quiet", "digest").positional();
    static final Option<String> VALUE = Option.text("value").positional();

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "me", SETTING, VALUE);

    private final WorkspaceService workspaces;

    MeCommand(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String setting = arguments.get(SETTING);
        String value = arguments.get(VALUE);
        if (setting == null) {
            return shown(workspaces.me(context.actor()));
        }
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("value", "error.me.value", setting, SPEC.usage());
        }
        MemberSettings changed = switch (setting) {
            case "timezone" -> workspaces.chooseZone(context.actor(), value);
            case "language" -> workspaces.chooseLanguage(context.actor(), language(value));
            case "quiet" -> workspaces.quietHours(context.actor(), onOff(value, "quiet"));
            default -> workspaces.myDayAt(context.actor(), myDayAt(value));
        };
        return shown(changed);
    }

    /** A new language answers in that language (unless the workspace forces its own). */
    @Override
    public ReplyLocale readerAfter(CommandContext context, Arguments arguments) {
        MemberSettings now = workspaces.me(context.actor());
        return ReplyLocale.of(now.language(), now.zone());
    }

    private static BotReply shown(MemberSettings me) {
        return new BotReply.Text(
                Message.of(
                        "reply.me",
                        me.zone().getId(),
                        me.ownZone() ? 1 : 0,
                        Message.of("language." + me.language()),
                        me.languageForced() ? 2 : me.ownLanguage() ? 1 : 0,
                        me.quietHours() ? 1 : 0,
                        me.myDayAt() == null ? "–" : me.myDayAt().toString(),
                        me.myDayAt() == null ? 0 : 1),
                Visibility.PRIVATE);
    }

    private static String language(String typed) {
        return Keywords.among(typed, List.of("th", "en"))
                .orElseThrow(() -> new InvalidInputException("value", "error.language.unknown", typed, "en, th"));
    }

    private static boolean onOff(String typed, String setting) {
        return Keywords.among(typed, List.of("on", "off"))
                .map("on"::equals)
                .orElseThrow(() -> new InvalidInputException("value", "error.me.onOff", typed, setting));
    }

    /** {@code off}, or a local time of day such as {@code 08:30}. */
    private static LocalTime myDayAt(String typed) {
        if (Keywords.is(typed, "off")) {
            return null;
        }
        try {
            return LocalTime.parse(typed.strip().length() == 4 ? "0" + typed.strip() : typed.strip());
        } catch (DateTimeParseException unreadable) {
            throw new InvalidInputException("value", "error.me.time", typed, Member.DEFAULT_MY_DAY.toString());
        }
    }
}
