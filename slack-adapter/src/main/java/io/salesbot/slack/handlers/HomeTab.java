package io.salesbot.slack.handlers;

import com.slack.api.bolt.App;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import io.salesbot.command.Answer;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.command.HomeTabVisits;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.RecentKeys;
import io.salesbot.slack.SlackCallers;
import io.salesbot.slack.SlackWeb;
import io.salesbot.slack.SlackWorkers;
import io.salesbot.slack.blocks.BlockKit;
import io.salesbot.slack.blocks.Mrkdwn;
import io.salesbot.workspace.Platform;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The App Home tab: the member's desk as the core composes it ({@code /salesbot home}: their open
 * deals, their slipping deals, the team's open pipeline), each deal with a button that opens its
 * card, and a button to start a new deal. Published when the tab is opened, and again after the
 * member or a manager changes one of their deals while their tab is recent, so it never shows a
 * deal as it was. Who opened their tab lately is kept in the database ({@link HomeTabVisits}), so
 * the instance that handles the change need not be the one that saw the tab open; each instance
 * asks it about a member at most every {@link #LOOK_AGAIN}.
 */
@Component
@ConditionalOnSlack
class HomeTab {

    static final String COMMAND = "/salesbot home";

    /** How long after the tab was opened a change of the member's republishes it. */
    static final Duration RECENT = Duration.ofHours(8);

    /** How long this instance trusts what the database said about a member's tab. */
    static final Duration LOOK_AGAIN = Duration.ofSeconds(30);

    private final CommandGateway gateway;
    private final SlackCallers callers;
    private final BlockKit kit;
    private final SlackWeb web;
    private final SlackWorkers workers;
    // Slack re-sends an event it thinks we missed; the same event id is published once.
    private final RecentKeys events = new RecentKeys(Duration.ofMinutes(10), Clock.systemUTC());
    private final HomeTabVisits visits;
    // What this instance knows of who has their tab open, and when it last asked the database, so
    // that a busy member's every command does not cost a look-up: an opening on another instance
    // is seen here within LOOK_AGAIN.
    private final RecentKeys open = new RecentKeys(RECENT, Clock.systemUTC());
    private final RecentKeys asked = new RecentKeys(LOOK_AGAIN, Clock.systemUTC());

    HomeTab(
            App app,
            CommandGateway gateway,
            SlackCallers callers,
            BlockKit kit,
            SlackWeb web,
            SlackWorkers workers,
            HomeTabVisits visits) {
        this.gateway = gateway;
        this.callers = callers;
        this.kit = kit;
        this.web = web;
        this.workers = workers;
        this.visits = visits;
        app.event(AppHomeOpenedEvent.class, (payload, context) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab()) && events.first(payload.getEventId())) {
                String team = payload.getTeamId();
                open.renew(team + "|" + event.getUser());
                workers.run("app home", () -> {
                    publish(team, event.getUser());
                    // after the publish, which enters a workspace seen for the first time
                    visits.opened(Platform.SLACK, team, event.getUser());
                });
            }
            return context.ack();
        });
    }

    /**
     * After a member's command or button: when its answer shows a deal (a change, or a card), the
     * tab of the member who asked and of the deal's owner (a manager may change a rep's deal), each
     * if they opened it lately, is published again with the deal as it is now.
     */
    void refreshAfter(Caller caller, BotReply reply) {
        Set<String> users = new LinkedHashSet<>();
        if (!showsDeal(reply, users)) {
            return;
        }
        users.add(caller.visitor().userId());
        String team = caller.visitor().workspaceExternalId();
        List<String> unsure =
                users.stream().filter(user -> asked.first(team + "|" + user)).toList();
        if (unsure.isEmpty() && users.stream().noneMatch(user -> open.recent(team + "|" + user))) {
            return; // known here: nobody's tab to refresh
        }
        // Off the command's path: the answer does not wait for the look-up or the publishing.
        workers.run("app home refresh", () -> {
            if (!unsure.isEmpty()) {
                visits.openedWithin(Platform.SLACK, team, unsure, RECENT)
                        .forEach(user -> open.renew(team + "|" + user));
            }
            for (String user : users) {
                if (open.recent(team + "|" + user)) {
                    workers.run("app home refresh", () -> publish(team, user));
                }
            }
        });
    }

    /** Whether the reply shows a deal (a change, or a card); adds the platform ids of their owners. */
    private static boolean showsDeal(BotReply reply, Set<String> owners) {
        if (reply instanceof BotReply.DealCard card && card.deal() != null) {
            if (card.deal().owner().userId() != null) {
                owners.add(card.deal().owner().userId());
            }
            return true;
        }
        boolean shows = false;
        if (reply instanceof BotReply.Many many) {
            for (BotReply part : many.parts()) {
                shows |= showsDeal(part, owners);
            }
        }
        return shows;
    }

    void publish(String teamId, String userId) {
        Caller caller = callers.caller(teamId, null, userId, null, null);
        Answer answer = gateway.handle(caller, COMMAND);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder()
                .text(Mrkdwn.plain(kit.text(Message.of("slack.home.title"), answer.reader()), 150))
                .build());
        blocks.add(ActionsBlock.builder()
                .elements(List.of(ButtonElement.builder()
                        .actionId(BlockKit.ACTION_PREFIX + "new")
                        .text(Mrkdwn.plain(kit.text(Message.of("slack.home.new"), answer.reader()), 75))
                        .style("primary")
                        .value("/opp new")
                        .build()))
                .build());
        blocks.addAll(kit.home(answer.reply(), answer.reader(), blocks.size()));
        web.publishHome(userId, View.builder().type("home").blocks(blocks).build());
    }
}
