package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.common.InvalidInputException;
import io.salesbot.notification.ForecastCallSchedules;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Role;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@code /salesbot forecast-call [#channel] <day> <time>} and {@code ... off} (managers): the
 * weekly forecast call. Without a channel, the channel the command is typed in.
 */
@Component
class ForecastCallCommand implements Command {

    static final Option<String> SCHEDULE =
            Option.string("schedule", OptionType.CHANNEL).rest().required();

    static final CommandSpec SPEC =
            CommandSpec.of("salesbot", "forecast-call", SCHEDULE).requiring(Role.MANAGER);

    private final ForecastCallSchedules schedules;

    ForecastCallCommand(ForecastCallSchedules schedules) {
        this.schedules = schedules;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        ChannelSetting words = ChannelSetting.of(arguments.get(SCHEDULE), context.channel());
        if (words.rest().equals(List.of("off"))) {
            schedules.stop(context.actor());
            return text("reply.forecastCall.off");
        }
        DigestTime when;
        try {
            when = DigestTime.parse(words.rest());
        } catch (InvalidInputException notADayOrTime) {
            throw new InvalidInputException(
                    "schedule",
                    "error.forecastCall.invalid",
                    notADayOrTime.args().get(0));
        }
        schedules.schedule(context.actor(), words.channel(), when.day(), when.time());
        return text(
                "reply.forecastCall.on",
                words.channel(),
                Message.of("day." + when.day().name().toLowerCase(Locale.ROOT)),
                when.time().toString());
    }

    private static BotReply text(String key, Object... args) {
        return new BotReply.Text(Message.of(key, args), Visibility.PRIVATE);
    }
}
