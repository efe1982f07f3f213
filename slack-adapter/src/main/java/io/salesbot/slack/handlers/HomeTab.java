package io.salesbot.slack.handlers;

import com.slack.api.bolt.App;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import io.salesbot.command.Answer;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Overflow;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.RecentKeys;
import io.salesbot.slack.SlackCallers;
import io.salesbot.slack.SlackWeb;
import io.salesbot.slack.SlackWorkers;
import io.salesbot.slack.blocks.BlockKit;
import io.salesbot.slack.blocks.Mrkdwn;
import io.salesbot.slack.blocks.SlackLimits;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The App Home tab: the member's open deals, their deals closing this month and, for those the
 * core lets see it, the team pipeline. Each section is an ordinary command, so the tab shows what
 * the same person would get by typing it; a section they may not see is left out.
 */
@Component
@ConditionalOnSlack
class HomeTab {

    /** Slack allows 100 blocks in a view; one is the header. */
    private static final int MAX_BLOCKS = SlackLimits.VIEW_BLOCKS - 1;

    private static final List<Section> SECTIONS = List.of(
            new Section("slack.home.mine", "/opp list mine"),
            new Section("slack.home.closing", "/opp list mine closing:this-month"),
            new Section("slack.home.team", "/pipeline team"));

    private record Section(String title, String command) {}

    private final CommandGateway gateway;
    private final SlackCallers callers;
    private final BlockKit kit;
    private final SlackWeb web;
    private final SlackWorkers workers;
    // Slack re-sends an event it thinks we missed; the same event id is published once.
    private final RecentKeys events = new RecentKeys(Duration.ofMinutes(10), Clock.systemUTC());

    HomeTab(App app, CommandGateway gateway, SlackCallers callers, BlockKit kit, SlackWeb web, SlackWorkers workers) {
        this.gateway = gateway;
        this.callers = callers;
        this.kit = kit;
        this.web = web;
        this.workers = workers;
        app.event(AppHomeOpenedEvent.class, (payload, context) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab()) && events.first(payload.getEventId())) {
                String team = payload.getTeamId();
                workers.run("app home", () -> publish(team, event.getUser()));
            }
            return context.ack();
        });
    }

    void publish(String teamId, String userId) {
        Caller caller = callers.caller(teamId, null, userId, null, null);
        List<LayoutBlock> blocks = new ArrayList<>();
        ReplyLocale reader = null;
        for (Section section : SECTIONS) {
            Answer answer = gateway.handle(caller, section.command());
            reader = answer.reader();
            if (answer.reply() instanceof BotReply.Error) {
                continue;
            }
            List<LayoutBlock> shown = kit.render(answer.reply(), reader, false).blocks();
            if (blocks.size() + shown.size() + 2 > MAX_BLOCKS - 1) {
                // Said, not dropped: the person knows the tab ends early and where to look.
                blocks.add(Mrkdwn.context(Mrkdwn.escape(kit.text(Overflow.restNotShown(), reader))));
                break;
            }
            blocks.add(DividerBlock.builder().build());
            blocks.add(Mrkdwn.section("*" + kit.mrkdwn(Message.of(section.title()), reader) + "*"));
            blocks.addAll(shown);
        }
        blocks.add(
                0,
                HeaderBlock.builder()
                        .text(Mrkdwn.plain(kit.text(Message.of("slack.home.title"), reader), 150))
                        .build());
        web.publishHome(userId, View.builder().type("home").blocks(blocks).build());
    }
}
