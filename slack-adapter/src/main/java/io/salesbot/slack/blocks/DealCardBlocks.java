package io.salesbot.slack.blocks;

import static io.salesbot.slack.blocks.Mrkdwn.escape;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.StaticSelectElement;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.LineView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.DealCardField;
import io.salesbot.reply.LineItemFacts;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Mention;
import io.salesbot.reply.Message;
import io.salesbot.reply.Overflow;
import io.salesbot.reply.ReplyLocale;
import java.util.ArrayList;
import java.util.List;

/**
 * A deal card: the headline, the fields two by two, the products, and the buttons. Each button's
 * value is the command line it runs, so pressing it needs no state of ours.
 */
final class DealCardBlocks {

    /** Slack shows at most ten fields in one section. */
    private static final int FIELDS_PER_SECTION = SlackLimits.FIELDS;

    /** A description or reason longer than this is cut on the card, saying by how much. */
    static final int LONG_TEXT = 2000;

    /** Room kept for the line that says how many product lines are not shown. */
    private static final int NOTICE_ROOM = 300;

    private final Localizer localizer;

    DealCardBlocks(Localizer localizer) {
        this.localizer = localizer;
    }

    /**
     * The card's blocks, its texts within {@code room} characters: the product lines take what the
     * rest leaves, and a line says how many of them are not shown.
     */
    List<LayoutBlock> blocks(BotReply.DealCard card, ReplyLocale reader, boolean interactive, int room) {
        DealView deal = card.deal();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Mrkdwn.section("*" + escape(localizer.text(card.headline(), reader)) + "*"));
        String title = label("card.deal", reader) + " #" + deal.number() + " · " + escape(deal.name());
        List<TextObject> fields = fields(deal, reader);
        for (int from = 0; from < fields.size(); from += FIELDS_PER_SECTION) {
            SectionBlock.SectionBlockBuilder section = SectionBlock.builder()
                    .fields(fields.subList(from, Math.min(fields.size(), from + FIELDS_PER_SECTION)));
            blocks.add((from == 0 ? section.text(Mrkdwn.markdown(title)) : section).build());
        }
        blocks.addAll(longFields(deal, reader));
        List<LayoutBlock> buttons =
                interactive && !card.actions().isEmpty() ? List.of(buttons(card.actions(), reader)) : List.of();
        if (!deal.lines().isEmpty()) {
            int budget = room - SlackLimits.textLength(blocks) - SlackLimits.textLength(buttons) - NOTICE_ROOM;
            blocks.addAll(Mrkdwn.sections(lines(deal, reader, budget)));
        }
        blocks.addAll(buttons);
        return blocks;
    }

    /**
     * The news of a closed deal: the headline, the owner (a real mention when the post may ping them
     * and Slack gave us their id; otherwise their name as typed), the facts two by two, the long
     * ones (the lost reason) on their own, and the button that opens the deal.
     */
    List<LayoutBlock> blocks(BotReply.DealClosed closed, ReplyLocale reader, boolean interactive) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Mrkdwn.section("*" + escape(localizer.text(closed.headline(), reader, Mrkdwn.PEOPLE)) + "*"));
        List<TextObject> fields = new ArrayList<>();
        fields.add(Mrkdwn.markdown("*" + label("card.owner", reader) + "*\n" + owner(closed)));
        List<LayoutBlock> longFields = new ArrayList<>();
        for (DealCardField field : closed.facts()) {
            if (field.isEmpty()) {
                continue;
            }
            String text = "*" + escape(localizer.text(field.label(), reader)) + "*\n";
            if (field.longText()) {
                longFields.addAll(Mrkdwn.sections(text + escape(longText(shown(field, reader), reader))));
            } else {
                fields.add(Mrkdwn.markdown(text + Mrkdwn.cut(escape(shown(field, reader)), 1900)));
            }
        }
        blocks.add(SectionBlock.builder()
                .fields(fields.subList(0, Math.min(fields.size(), FIELDS_PER_SECTION)))
                .build());
        blocks.addAll(longFields);
        if (interactive) {
            blocks.add(buttons(List.of(closed.open()), reader));
        }
        return blocks;
    }

    /**
     * A Slack mention is our markup around an id Slack gave us; the id is checked to be one, so
     * nothing typed by people can become a mention. Without a ping, the name shows as typed.
     */
    private static String owner(BotReply.DealClosed closed) {
        Mention owner = closed.owner();
        if (closed.ping()
                && owner.hasUserId()
                && SLACK_ID.matcher(owner.userId()).matches()) {
            return "<@" + owner.userId() + ">";
        }
        return owner.name() == null ? "–" : escape(owner.name());
    }

    private static final java.util.regex.Pattern SLACK_ID = java.util.regex.Pattern.compile("[UW][A-Z0-9]{2,30}");

    // Slack shows short fields two by two; long text (a lost reason, the description) gets a
    // section of its own. Empty fields are left out: a grid of dashes says nothing in Slack.
    private List<TextObject> fields(DealView deal, ReplyLocale reader) {
        List<TextObject> fields = new ArrayList<>();
        for (DealCardField field : DealCardField.of(deal)) {
            if (!field.longText() && !field.isEmpty()) {
                fields.add(Mrkdwn.markdown("*" + escape(localizer.text(field.label(), reader)) + "*\n"
                        + Mrkdwn.cut(escape(shown(field, reader)), 1900)));
            }
        }
        return fields;
    }

    private List<LayoutBlock> longFields(DealView deal, ReplyLocale reader) {
        List<LayoutBlock> sections = new ArrayList<>();
        for (DealCardField field : DealCardField.of(deal)) {
            if (field.longText() && !field.isEmpty()) {
                sections.addAll(Mrkdwn.sections("*" + escape(localizer.text(field.label(), reader)) + "*\n"
                        + escape(longText(shown(field, reader), reader))));
            }
        }
        return sections;
    }

    private String shown(DealCardField field, ReplyLocale reader) {
        String value = localizer.format(field.value(), reader);
        return field.note() == null ? value : value + " (" + localizer.text(field.note(), reader) + ")";
    }

    /** Text of people's that can be long (up to 10,000 characters), cut saying how much is not shown. */
    private String longText(String text, ReplyLocale reader) {
        if (text.length() <= LONG_TEXT) {
            return text;
        }
        String start = Mrkdwn.cut(text, LONG_TEXT);
        int omitted = text.length() - (start.length() - 1);
        return start + " " + localizer.text(Overflow.moreText(omitted), reader);
    }

    private String lines(DealView deal, ReplyLocale reader, int budget) {
        String heading = "*" + label("card.lines", reader) + "*";
        List<String> lines = new ArrayList<>();
        for (LineView line : deal.lines()) {
            LineItemFacts item = LineItemFacts.of(line, deal.revenue().currency());
            lines.add(item.number() + ". " + escape(localizer.text(item.product(), reader, Mrkdwn.PEOPLE)) + " "
                    + escape(localizer.inline(item.facts(), " ", reader, Mrkdwn.PEOPLE)));
        }
        Overflow.Taken taken = Overflow.take(lines, budget - heading.length(), 1);
        StringBuilder text = new StringBuilder(heading);
        taken.shown().forEach(line -> text.append('\n').append(line));
        if (taken.cut()) {
            text.append("\n_")
                    .append(escape(localizer.text(Overflow.moreLines(taken.omitted()), reader)))
                    .append("_");
        }
        return text.toString();
    }

    private LayoutBlock buttons(List<CardAction> actions, ReplyLocale reader) {
        List<BlockElement> buttons = new ArrayList<>();
        List<OptionObject> categories = new ArrayList<>();
        for (CardAction action : actions) {
            if (action.kind() == CardAction.Kind.CATEGORY) {
                // One menu for the forecast categories; each option's value is its command line.
                categories.add(OptionObject.builder()
                        .text(Mrkdwn.plain(localizer.text(action.label(), reader), 75))
                        .value(Mrkdwn.cut(action.command(), 150))
                        .build());
                continue;
            }
            ButtonElement.ButtonElementBuilder button = ButtonElement.builder()
                    .actionId(BlockKit.ACTION_PREFIX + action.kind().name().toLowerCase())
                    .text(Mrkdwn.plain(localizer.text(action.label(), reader), 75))
                    .value(Mrkdwn.cut(action.command(), 2000));
            switch (action.kind()) {
                case WON -> button.style("primary");
                case LOST -> button.style("danger");
                default -> {}
            }
            buttons.add(button.build());
        }
        if (!categories.isEmpty()) {
            buttons.add(StaticSelectElement.builder()
                    .actionId(BlockKit.ACTION_PREFIX + "category")
                    .placeholder(Mrkdwn.plain(localizer.text(Message.of("action.category"), reader), 150))
                    .options(categories)
                    .build());
        }
        return ActionsBlock.builder().elements(buttons).build();
    }

    private String label(String key, ReplyLocale reader) {
        return escape(localizer.text(Message.of(key), reader));
    }
}
