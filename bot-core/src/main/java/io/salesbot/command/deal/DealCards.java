package io.salesbot.command.deal;

import io.salesbot.command.CloseDateNotice;
import io.salesbot.command.CommandContext;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.ForecastCategory;
import io.salesbot.opportunity.StageKind;
import io.salesbot.opportunity.StageView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.CardAction.Kind;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Deal cards and their buttons. Each button is a command line carrying the version the card
 * shows, so pressing a button on an old card is refused as a conflict instead of undoing a change.
 */
final class DealCards {

    private DealCards() {}

    static BotReply.DealCard card(Message headline, DealView deal, Actor actor) {
        return new BotReply.DealCard(
                headline,
                deal,
                actions(deal, actor),
                Visibility.PRIVATE,
                deal.progress().moves());
    }

    /** The card of a deal that a command just changed, headed by {@code headline} with its number. */
    static BotReply.DealCard reply(CommandContext context, String headline, DealView deal) {
        return card(Message.of(headline, deal.number()), deal, context.actor());
    }

    /** See {@link CloseDateNotice#warnIfPast}. */
    static Message warnIfPast(CommandContext context, Message headline, DealView deal) {
        return CloseDateNotice.warnIfPast(context, headline, deal);
    }

    /**
     * {@code headline}, followed by what closing did to the close date: winning or losing makes it
     * the day the deal closed (so "won this quarter" means what it says), which people should read
     * rather than discover.
     */
    static Message sayClosedOn(Message headline, DealView deal) {
        if (!deal.isClosed() || deal.progress().closeDate() == null) {
            return headline;
        }
        return Message.of(
                "reply.deal.withNotice",
                headline,
                Message.of("reply.deal.closedOn", deal.progress().closeDate()));
    }

    static List<CardAction> actions(DealView deal, Actor actor) {
        String ref = "#" + deal.number();
        String version = " version:" + deal.version();
        List<CardAction> actions = new ArrayList<>();
        if (!deal.isClosed() && mayChange(deal, actor)) {
            StageView next = deal.progress().nextStage();
            if (next != null && next.kind() == StageKind.OPEN) {
                actions.add(new CardAction(
                        Kind.NEXT_STAGE,
                        Message.of("action.nextStage", next),
                        "/opp stage " + ref + " " + quote(next.name()) + version));
            }
            actions.add(new CardAction(Kind.WON, Message.of("action.won"), "/opp won " + ref + version));
            actions.add(new CardAction(Kind.LOST, Message.of("action.lost"), "/opp lost " + ref + version));
            actions.add(new CardAction(Kind.ADD_PRODUCT, Message.of("action.addProduct"), "/opp product " + ref));
            actions.add(new CardAction(Kind.EDIT, Message.of("action.edit"), "/opp edit " + ref));
            categoryChoices(deal, ref, version).forEach(actions::add);
        } else if (actor.role().includes(Role.MANAGER)) {
            actions.add(new CardAction(Kind.REOPEN, Message.of("action.reopen"), "/opp reopen " + ref));
        }
        actions.add(new CardAction(Kind.HISTORY, Message.of("action.history"), "/opp history " + ref));
        return actions;
    }

    /**
     * The forecast category menu: every category the deal is not in, and back to the stage's when it
     * has its own. Each entry is the {@code /opp edit} line that makes the change.
     */
    private static List<CardAction> categoryChoices(DealView deal, String ref, String version) {
        List<CardAction> choices = new ArrayList<>();
        for (ForecastCategory category : ForecastCategory.CHOICES) {
            if (category != deal.progress().category() || !deal.progress().categoryExplicit()) {
                choices.add(new CardAction(
                        Kind.CATEGORY,
                        Message.of("action.category.choice", category),
                        "/opp edit " + ref + " category:" + category.word() + version));
            }
        }
        if (deal.progress().categoryExplicit()) {
            choices.add(new CardAction(
                    Kind.CATEGORY,
                    Message.of("action.category.auto"),
                    "/opp edit " + ref + " category:auto" + version));
        }
        return choices;
    }

    /** A button is offered only to who may press it: the owner, a manager or an admin. */
    private static boolean mayChange(DealView deal, Actor actor) {
        return actor.role().includes(Role.MANAGER)
                || (deal.owner() != null && deal.owner().id() == actor.memberId());
    }

    static String quote(String text) {
        return "\"" + text.replace("\"", "'") + "\"";
    }
}
