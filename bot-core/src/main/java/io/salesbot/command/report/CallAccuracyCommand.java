package io.salesbot.command.report;

import io.salesbot.call.CallAccuracy;
import io.salesbot.call.CallAccuracyService;
import io.salesbot.call.CallPeriod;
import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Percent;
import io.salesbot.reply.Visibility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /forecast accuracy [@user] [periods:N] [weeks:N]}: per rep and closed quarter, the commit
 * called {@code weeks} (2) weeks or more before the quarter's end against what was won, with
 * accuracy and bias, then the same over all those quarters. Reps see their own; another rep's,
 * and the team's, are for managers. One rep's numbers come to the asker alone unless shared.
 */
@Component
class CallAccuracyCommand implements Command {

    static final Option<String> WHO = Option.string("who", OptionType.MEMBER).positional();
    static final Option<Integer> PERIODS = Option.number("periods");
    static final Option<Integer> WEEKS = Option.number("weeks");
    static final Option<Boolean> SHARE = Audience.SHARE;

    static final CommandSpec SPEC =
            CommandSpec.of("forecast", "accuracy", WHO, PERIODS, WEEKS, SHARE).answeredLater();

    private final CallAccuracyService accuracy;

    CallAccuracyCommand(CallAccuracyService accuracy) {
        this.accuracy = accuracy;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        CallAccuracy found = accuracy.accuracy(
                context.actor(),
                Scope.owner(context, arguments.get(WHO)),
                arguments.getOr(PERIODS, CallAccuracyService.DEFAULT_PERIODS),
                arguments.getOr(WEEKS, CallAccuracyService.DEFAULT_WEEKS));
        return Audience.of(reply(found, context.currency()), true, context, arguments);
    }

    static BotReply reply(CallAccuracy found, String currency) {
        CallPeriod first = found.periods().get(0);
        CallPeriod last = found.periods().get(found.periods().size() - 1);
        Message rule = Message.of("reply.accuracy.rule", found.weeksBefore());
        if (found.reps().isEmpty()) {
            return new BotReply.Many(
                    List.of(
                            new BotReply.Text(
                                    Message.of("reply.accuracy.none", first.shown(), last.shown()), Visibility.CHANNEL),
                            new BotReply.Text(rule, Visibility.CHANNEL)),
                    Visibility.CHANNEL);
        }
        List<Message> headers = List.of(
                Message.of("column.group.rep"),
                Message.of("column.period"),
                Message.of("column.callCommit"),
                Message.of("column.won"),
                Message.of("column.accuracy"),
                Message.of("column.bias"));
        List<List<Object>> rows = new ArrayList<>();
        for (CallAccuracy.Rep rep : found.reps()) {
            for (CallAccuracy.PeriodCall period : rep.periods()) {
                rows.add(row(
                        rep.name(),
                        period.period().shown(),
                        period.called() ? new Money(period.forecast(), currency) : Message.of("reply.accuracy.noCall"),
                        new Money(period.won(), currency),
                        percent(period.accuracy()),
                        bias(period.bias())));
            }
            rows.add(row(
                    rep.name(),
                    Message.of("reply.accuracy.overall"),
                    new Money(rep.called(), currency),
                    new Money(rep.won(), currency),
                    percent(rep.accuracy()),
                    bias(rep.bias())));
        }
        return new BotReply.Table(
                Message.of("reply.accuracy.title", first.shown(), last.shown()),
                headers,
                rows,
                List.of(rule, Message.of("reply.accuracy.formula")),
                Visibility.CHANNEL);
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }

    private static Percent percent(BigDecimal value) {
        return value == null ? null : new Percent(value);
    }

    /** "+12.5% optimistic", "−8% sandbagging", "on the mark", or nothing when undefined. */
    private static Message bias(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return switch (value.signum()) {
            case 1 -> Message.of("reply.accuracy.optimistic", new Percent(value));
            case -1 -> Message.of("reply.accuracy.sandbagging", new Percent(value.negate()));
            default -> Message.of("reply.accuracy.exact");
        };
    }
}
