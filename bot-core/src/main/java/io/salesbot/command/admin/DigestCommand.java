package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.notification.SubscriptionService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@code /salesbot digest [#channel] weekly mon 09:00} and {@code ... off}: a weekly pipeline
 * digest. Without a channel, the channel the command is typed in.
 */
@Component
class DigestCommand implements Command {

    static final Option<String> SCHEDULE =
            Option.string("schedule", OptionType.CHANNEL).rest();

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "digest", SCHEDULE);

    private final SubscriptionService subscriptions;

    DigestCommand(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        ChannelSetting words = ChannelSetting.of(arguments.get(SCHEDULE), context.channel());
        if (words.rest().equals(List.of("off"))) {
            subscriptions.stop(context.actor(), words.channel(), false, true);
            return text("reply.digest.off", words.channel());
        }
        DigestTime when = DigestTime.parse(words.rest());
        subscriptions.digest(context.actor(), words.channel(), when.day(), when.time());
        return text(
                "reply.digest.on",
                words.channel(),
                Message.of("day." + when.day().name().toLowerCase(Locale.ROOT)),
                when.time().toString());
    }

    private static BotReply text(String key, Object... args) {
        return new BotReply.Text(Message.of(key, args), Visibility.PRIVATE);
    }
}
