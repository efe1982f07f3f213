package io.salesbot.command.report;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Keywords;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.common.InvalidInputException;
import io.salesbot.forecast.QuotaService;
import io.salesbot.forecast.QuotaView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Period;
import io.salesbot.reply.Visibility;
import io.salesbot.values.Amounts;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /salesbot quota <@user|team> <period> <amount>} sets a quota (managers and admins);
 * {@code /salesbot quota list [period]} shows the quotas set, to any member (every member reads
 * every report of their workspace) and to them alone, as it names reps' numbers. A period is
 * written as for {@code /forecast}: {@code quarter} (this one), {@code 2026-Q4}, {@code ไตรมาส
 * 4/2569}. On one line the amount is the last word ({@code amount:} names it anywhere).
 */
@Component
class QuotaCommand implements Command {

    static final Option<String> TARGET =
            Option.string("target", OptionType.MEMBER).positional().required();
    static final Option<String> PERIOD = Option.text("period").rest();
    static final Option<BigDecimal> AMOUNT = Option.amount("amount");

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "quota", TARGET, PERIOD, AMOUNT);

    private final QuotaService quotas;

    QuotaCommand(QuotaService quotas) {
        this.quotas = quotas;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String target = arguments.require(TARGET);
        String period = arguments.get(PERIOD);
        if (Keywords.is(target, "list")) {
            return list(
                    context,
                    period == null
                            ? null
                            : ForecastPeriods.one(period, context.calendar().today()));
        }
        BigDecimal amount = arguments.get(AMOUNT);
        if (amount == null) {
            if (period == null || !period.strip().contains(" ")) {
                throw new InvalidInputException(
                        "amount", "error.option.missing", "amount", "/salesbot quota @malee 2026-Q4 3m");
            }
            String text = period.strip();
            amount = Amounts.parse(text.substring(text.lastIndexOf(' ') + 1));
            period = text.substring(0, text.lastIndexOf(' '));
        }
        if (period == null) {
            throw new InvalidInputException(
                    "period", "error.option.missing", "period", "/salesbot quota @malee 2026-Q4 3m");
        }
        boolean team = Keywords.is(target, "team");
        Period chosen = ForecastPeriods.one(period, context.calendar().today());
        QuotaView set = quotas.set(context.actor(), team ? null : target, chosen, amount);
        Message who = set.isTeam() ? Message.of("reply.quota.team") : Message.of("reply.quota.rep", set.memberName());
        return new BotReply.Text(
                Message.of("reply.quota.set", who, chosen, new Money(set.amount(), context.currency())),
                Visibility.PRIVATE);
    }

    private BotReply list(CommandContext context, Period period) {
        List<QuotaView> set = quotas.list(context.actor(), period);
        if (set.isEmpty()) {
            return new BotReply.Text(
                    period == null ? Message.of("reply.quota.none") : Message.of("reply.quota.none.period", period),
                    Visibility.PRIVATE);
        }
        List<List<Object>> rows = set.stream()
                .map(quota -> Arrays.<Object>asList(
                        Period.ofLabel(quota.period()),
                        quota.isTeam() ? Message.of("reply.quota.team") : quota.memberName(),
                        new Money(quota.amount(), context.currency()),
                        quota.setBy(),
                        quota.setAt()))
                .toList();
        return new BotReply.Table(
                period == null ? Message.of("reply.quota.title") : Message.of("reply.quota.title.period", period),
                List.of(
                        Message.of("column.period"),
                        Message.of("column.who"),
                        Message.of("column.quota"),
                        Message.of("column.setBy"),
                        Message.of("column.when")),
                rows,
                List.of(Message.of("reply.quota.rule")),
                Visibility.PRIVATE);
    }
}
