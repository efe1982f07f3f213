package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Hints;
import io.salesbot.command.Keywords;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.common.InvalidInputException;
import io.salesbot.notification.NotificationKind;
import io.salesbot.notification.SubscriptionService;
import io.salesbot.notification.SubscriptionView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code /salesbot notify [#channel] won,lost,stage,new [min:amount]}, {@code ... off} and {@code
 * /salesbot notify list}. Without a channel, the channel the command is typed in.
 */
@Component
class NotifyCommand implements Command {

    static final Option<String> EVENTS =
            Option.string("events", OptionType.CHANNEL).rest();
    static final Option<BigDecimal> MIN = Option.amount("min");

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "notify", EVENTS, MIN);

    private static final String[] KIND_WORDS =
            Arrays.stream(NotificationKind.values()).map(NotificationKind::word).toArray(String[]::new);

    private final SubscriptionService subscriptions;

    NotifyCommand(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        ChannelSetting words = ChannelSetting.of(arguments.get(EVENTS), context.channel());
        if (words.rest().isEmpty() || words.rest().equals(List.of("list"))) {
            return list(context);
        }
        if (words.rest().equals(List.of("off"))) {
            subscriptions.stop(context.actor(), words.channel(), true, false);
            return text("reply.notify.off", words.channel());
        }
        Set<NotificationKind> kinds = kinds(String.join(",", words.rest()));
        SubscriptionView view = subscriptions.subscribe(context.actor(), words.channel(), kinds, arguments.get(MIN));
        return text(
                "reply.notify.on",
                view.channel(),
                events(view),
                view.minAmount() == null
                        ? Message.of("reply.notify.anyAmount")
                        : new Money(view.minAmount(), context.currency()));
    }

    private BotReply list(CommandContext context) {
        List<List<Object>> rows = new ArrayList<>();
        for (SubscriptionView view : subscriptions.list(context.actor())) {
            rows.add(Arrays.asList(
                    view.channel(),
                    events(view),
                    view.minAmount() == null ? null : new Money(view.minAmount(), context.currency()),
                    view.digestDay() == null
                            ? null
                            : Message.of(
                                    "reply.notify.digestAt",
                                    Message.of("day." + view.digestDay().name().toLowerCase(Locale.ROOT)),
                                    view.digestTime().toString())));
        }
        return new BotReply.Table(
                Message.of("reply.notify.title"),
                List.of(
                        Message.of("column.channel"),
                        Message.of("column.events"),
                        Message.of("column.minAmount"),
                        Message.of("column.digest")),
                rows,
                rows.isEmpty() ? List.of(Hints.forRole(context.actor(), Role.ADMIN, "reply.notify.none")) : List.of(),
                Visibility.PRIVATE);
    }

    /** The events in the reader's words ({@code ปิดการขายได้}), not the keywords typed to choose them. */
    private static List<NotificationKind> events(SubscriptionView view) {
        return view.kinds().stream().sorted().toList();
    }

    private static Set<NotificationKind> kinds(String text) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (String word : text.split("[,\\s]+")) {
            if (!word.isBlank()) {
                try {
                    kinds.add(NotificationKind.valueOf(
                            Keywords.read(word, KIND_WORDS).toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException unknown) {
                    throw new InvalidInputException("events", "error.notify.unknownEvent", word)
                            .withNearest(
                                    io.salesbot.common.Nearest.to(word, List.of("new", "stage", "won", "lost", "off")));
                }
            }
        }
        return kinds;
    }

    private static BotReply text(String key, Object... args) {
        return new BotReply.Text(Message.of(key, args), Visibility.PRIVATE);
    }
}
