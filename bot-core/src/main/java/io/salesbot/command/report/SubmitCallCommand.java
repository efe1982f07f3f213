package io.salesbot.command.report;

import io.salesbot.call.CallForm;
import io.salesbot.call.CallPeriod;
import io.salesbot.call.DealFigures;
import io.salesbot.call.ForecastCall;
import io.salesbot.call.ForecastCallService;
import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Visibility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /forecast submit [period] commit:<amount> best:<amount> [note]}: the rep's call for a
 * period (this quarter unless named). Without amounts it opens a form, prefilled with the Commit
 * and Best case of the rep's deals.
 */
@Component
class SubmitCallCommand implements Command {

    static final Option<String> PERIOD = Option.text("period").positional();
    static final Option<BigDecimal> COMMIT = Option.amount("commit").required();
    static final Option<BigDecimal> BEST = Option.amount("best").required();
    static final Option<String> NOTE = Option.text("note").rest();

    static final CommandSpec SPEC =
            CommandSpec.of("forecast", "submit", PERIOD, COMMIT, BEST, NOTE).withForm();

    private final ForecastCallService calls;

    SubmitCallCommand(ForecastCallService calls) {
        this.calls = calls;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String period = arguments.get(PERIOD);
        String note = arguments.get(NOTE);
        if (period != null && !CallPeriods.isPeriod(period)) {
            // "/forecast submit commit:1m best:2m Acme signs in May": the note's first word
            note = note == null ? period : period + " " + note;
            period = null;
        }
        CallPeriod callPeriod = CallPeriods.read(period, context.calendar().today());
        if (!arguments.has(COMMIT) && !arguments.has(BEST)) {
            return form(context, callPeriod, note);
        }
        ForecastCall call =
                calls.submit(context.actor(), callPeriod, arguments.require(COMMIT), arguments.require(BEST), note);
        String currency = context.currency();
        List<BotReply> parts = new ArrayList<>();
        parts.add(new BotReply.Text(
                Message.of(
                        "reply.call.submitted",
                        call.period().shown(),
                        new Money(call.commit(), currency),
                        new Money(call.best(), currency)),
                Visibility.PRIVATE));
        parts.add(new BotReply.Text(dealsSay(call.dealsThen(), currency), Visibility.PRIVATE));
        return new BotReply.Many(parts, Visibility.PRIVATE);
    }

    /** The form, its amounts prefilled with the rep's Commit and Best case where the workspace has them. */
    private BotReply form(CommandContext context, CallPeriod period, String note) {
        return CallForm.of(period, calls.ownFigures(context.actor(), period), note);
    }

    /** What the rep's deals said when they called. */
    static Message dealsSay(DealFigures deals, String currency) {
        return Message.of(
                "reply.call.dealsSay",
                new Money(deals.commit(), currency),
                new Money(deals.best(), currency),
                new Money(deals.pipeline(), currency),
                new Money(deals.won(), currency));
    }
}
