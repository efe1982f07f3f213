package io.salesbot.call;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Actor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The forecast call's roll-up as people read it, for {@code /forecast calls} and the weekly call's
 * channel post: per rep, the latest call (commit, best case, when) beside what their deals say now
 * (Commit, Best case, won) and their quota, then the team's totals and who has not called.
 */
@Component
public class CallsReport {

    private final ForecastCallService calls;

    CallsReport(ForecastCallService calls) {
        this.calls = calls;
    }

    public BotReply answer(Actor actor, CallPeriod period, String currency) {
        CallRollup rollup = calls.rollup(actor, period);
        if (rollup.rows().isEmpty()) {
            return new BotReply.Text(Message.of("reply.calls.noReps", period.shown()), Visibility.CHANNEL);
        }
        List<Message> headers = List.of(
                Message.of("column.group.rep"),
                Message.of("column.callCommit"),
                Message.of("column.callBest"),
                Message.of("column.calledAt"),
                Message.of("column.call.dealsCommit"),
                Message.of("column.call.dealsBest"),
                Message.of("column.won"),
                Message.of("column.call.quota"));
        List<List<Object>> rows = new ArrayList<>();
        for (CallRollup.Row row : rollup.rows()) {
            ForecastCall call = row.call();
            List<Object> cells = new ArrayList<>();
            cells.add(row.name());
            cells.add(call == null ? null : new Money(call.commit(), currency));
            cells.add(call == null ? null : new Money(call.best(), currency));
            cells.add(call == null ? Message.of("reply.calls.notYet") : call.submittedAt());
            cells.add(new Money(row.now().commit(), currency));
            cells.add(new Money(row.now().best(), currency));
            cells.add(new Money(row.now().won(), currency));
            cells.add(row.quota() == null ? null : new Money(row.quota(), currency));
            rows.add(cells);
        }
        List<Message> footer = new ArrayList<>();
        footer.add(Message.of(
                "reply.calls.total",
                new Money(rollup.totalCommit(), currency),
                new Money(rollup.totalBest(), currency),
                new Money(rollup.totalCommitNow(), currency),
                new Money(rollup.totalBestNow(), currency),
                new Money(rollup.totalWon(), currency)));
        List<String> missing = rollup.notCalled();
        footer.add(
                missing.isEmpty()
                        ? Message.of("reply.calls.allCalled")
                        : Message.of("reply.calls.missing", missing.size(), String.join(", ", missing)));
        return new BotReply.Table(
                Message.of("reply.calls.title", period.shown()), headers, rows, footer, Visibility.CHANNEL);
    }
}
