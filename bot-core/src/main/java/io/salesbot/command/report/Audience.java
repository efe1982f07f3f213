package io.salesbot.command.report;

import io.salesbot.command.Arguments;
import io.salesbot.command.CommandContext;
import io.salesbot.command.Option;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Platform;
import java.util.ArrayList;
import java.util.List;

/**
 * Who sees a report. Every member may read every report of their workspace, so nothing is hidden
 * from anyone who asks; but one rep's numbers (a report for {@code @someone} or {@code mine}, or
 * broken down {@code by:rep}) are posted to a channel only when the asker says so with {@code
 * share}. Without it they come to the asker alone, with a line saying how to share them. Team
 * reports go to the channel as before. The console has one reader and no channel: nothing to decide.
 */
final class Audience {

    static final Option<Boolean> SHARE = Option.flag("share");

    private Audience() {}

    static BotReply of(BotReply report, boolean perRep, CommandContext context, Arguments arguments) {
        if (!perRep || arguments.getOr(SHARE, false) || context.actor().platform() == Platform.CONSOLE) {
            return report;
        }
        List<BotReply> parts = new ArrayList<>();
        parts.add(BotReply.shownTo(report, Visibility.PRIVATE));
        parts.add(new BotReply.Text(Message.of("reply.report.onlyYou"), Visibility.PRIVATE));
        return new BotReply.Many(parts, Visibility.PRIVATE);
    }
}
