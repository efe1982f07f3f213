package io.salesbot.discord.render;

import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.LineView;
import io.salesbot.opportunity.StageView;
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
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;

/** A deal card as an embed with the card's actions as buttons and a menu to move the stage. */
final class DealCardEmbed {

    private static final int WON_GREEN = 0x2ECC71;
    private static final int LOST_RED = 0xE74C3C;
    private static final int OPEN_BLUE = 0x3498DB;
    private static final int MAX_BUTTONS = 5;
    private static final int MAX_OPTIONS = MessageLimits.MAX_OPTIONS;
    /** Names further fields of products: Discord wants a name, and the first field already says it. */
    private static final String CONTINUED = "\u200b";

    private final Localizer localizer;
    private final ComponentIds ids;

    DealCardEmbed(Localizer localizer, ComponentIds ids) {
        this.localizer = localizer;
        this.ids = ids;
    }

    Rendered render(BotReply.DealCard card, ReplyLocale reader) {
        DealView deal = card.deal();
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(MessageLimits.cut(
                        "#" + deal.number() + " " + DiscordMarkup.escape(deal.name()), MessageLimits.MAX_TITLE))
                .setColor(color(deal));
        if (card.headline() != null) {
            embed.setDescription(MessageLimits.cut(markdown(card.headline(), reader), MessageLimits.MAX_DESCRIPTION));
        }
        for (DealCardField field : DealCardField.of(deal)) {
            // Field values are markdown (masked links work there): people's text is escaped.
            String value = localizer.format(field.value(), reader, DiscordMarkup.MARKDOWN);
            if (field.note() != null) {
                value += " (" + markdown(field.note(), reader) + ")";
            }
            embed.addField(
                    MessageLimits.cut(localizer.text(field.label(), reader), MessageLimits.MAX_FIELD_NAME),
                    fieldValue(value, reader),
                    !field.longText());
        }
        if (!deal.lines().isEmpty()) {
            addLines(embed, deal, reader);
        }
        return new Rendered(null, List.of(embed.build()), rows(card, reader), List.of(), false);
    }

    /**
     * The news of a closed deal: the headline as title, the owner and the facts as fields, and a
     * button that opens the deal without replacing the news. The owner is a mention when Discord
     * gave us their id (an embed's mention shows the name and never notifies); a post that may ping
     * says it in the content too, and allows that one user, and nobody else, to be notified.
     */
    Rendered render(BotReply.DealClosed closed, ReplyLocale reader) {
        Mention owner = closed.owner();
        boolean known = owner.hasUserId() && SNOWFLAKE.matcher(owner.userId()).matches();
        String who =
                known ? "<@" + owner.userId() + ">" : owner.name() == null ? "–" : DiscordMarkup.escape(owner.name());
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(MessageLimits.cut(markdown(closed.headline(), reader), MessageLimits.MAX_TITLE))
                .setColor(closed.won() ? WON_GREEN : LOST_RED)
                .addField(MessageLimits.cut(text("card.owner", reader), MessageLimits.MAX_FIELD_NAME), who, true);
        for (DealCardField field : closed.facts()) {
            if (field.isEmpty()) {
                continue;
            }
            embed.addField(
                    MessageLimits.cut(localizer.text(field.label(), reader), MessageLimits.MAX_FIELD_NAME),
                    fieldValue(localizer.format(field.value(), reader, DiscordMarkup.MARKDOWN), reader),
                    !field.longText());
        }
        CardAction open = closed.open();
        Button button = Button.secondary(
                ids.showing(open.command()),
                MessageLimits.cut(localizer.text(open.label(), reader), MessageLimits.MAX_LABEL));
        boolean ping = closed.ping() && known;
        return new Rendered(
                ping ? who : null,
                List.of(embed.build()),
                List.of(ActionRow.of(button)),
                List.of(),
                false,
                List.of(),
                ping ? List.of(owner.userId()) : List.of());
    }

    /** A Discord user id: only digits, so nothing typed by people becomes a mention. */
    private static final java.util.regex.Pattern SNOWFLAKE = java.util.regex.Pattern.compile("\\d{15,21}");

    private List<ActionRow> rows(BotReply.DealCard card, ReplyLocale reader) {
        List<ActionRow> rows = new ArrayList<>();
        List<Button> buttons = new ArrayList<>();
        List<CardAction> categoryActions = new ArrayList<>();
        for (CardAction action : card.actions()) {
            if (action.kind() == CardAction.Kind.CATEGORY) {
                categoryActions.add(action); // one menu, drawn under the buttons
                continue;
            }
            buttons.add(button(action, reader));
            if (buttons.size() == MAX_BUTTONS) {
                rows.add(ActionRow.of(buttons));
                buttons = new ArrayList<>();
            }
        }
        if (!buttons.isEmpty()) {
            rows.add(ActionRow.of(buttons));
        }
        DealView deal = card.deal();
        // Which stages the core decided; what Discord can hold is decided here.
        List<StageView> choices = card.moves().stream()
                // A value Discord cannot hold would fail the whole card; that stage stays a command away.
                .filter(stage -> stage.name().length() <= MessageLimits.MAX_OPTION_VALUE)
                .limit(MAX_OPTIONS)
                .toList();
        if (!deal.isClosed() && !choices.isEmpty()) {
            StringSelectMenu.Builder menu = StringSelectMenu.create(ids.stageMenu(deal.number(), deal.version()))
                    .setPlaceholder(
                            MessageLimits.cut(text("discord.stage.placeholder", reader), MessageLimits.MAX_LABEL));
            choices.forEach(stage -> menu.addOption(
                    MessageLimits.cut(stage.displayName(reader.language()), MessageLimits.MAX_LABEL), stage.name()));
            rows.add(ActionRow.of(menu.build()));
        }
        List<CardAction> categories = categoryActions.stream()
                .filter(action -> action.command().length() <= MessageLimits.MAX_OPTION_VALUE)
                .limit(MAX_OPTIONS)
                .toList();
        if (!categories.isEmpty()) {
            StringSelectMenu.Builder categoryMenu = StringSelectMenu.create(
                            ids.commandMenu(deal.number(), deal.version()))
                    .setPlaceholder(MessageLimits.cut(text("action.category", reader), MessageLimits.MAX_LABEL));
            categories.forEach(action -> categoryMenu.addOption(
                    MessageLimits.cut(localizer.text(action.label(), reader), MessageLimits.MAX_LABEL),
                    action.command()));
            rows.add(ActionRow.of(categoryMenu.build()));
        }
        return rows;
    }

    private Button button(CardAction action, ReplyLocale reader) {
        String id = ids.button(action.command());
        String label = MessageLimits.cut(localizer.text(action.label(), reader), MessageLimits.MAX_LABEL);
        return switch (action.kind()) {
            case WON -> Button.success(id, label);
            case LOST -> Button.danger(id, label);
            case NEXT_STAGE -> Button.primary(id, label);
            default -> Button.secondary(id, label);
        };
    }

    /** A value within a field; long text (a description) cut, saying how much is not shown. */
    private String fieldValue(String value, ReplyLocale reader) {
        if (value.length() <= MessageLimits.MAX_FIELD) {
            return value;
        }
        String notice = " " + localizer.text(Overflow.moreText(value.length()), reader);
        String start = MessageLimits.cut(value, MessageLimits.MAX_FIELD - notice.length() - 10);
        notice = " " + localizer.text(Overflow.moreText(value.length() - (start.length() - 1)), reader);
        return start + notice;
    }

    /**
     * The product lines in as many fields as the message has room for (each within a field's 1024
     * characters, all within the 6000 of a message's embeds), then how many are not shown.
     */
    private void addLines(EmbedBuilder embed, DealView deal, ReplyLocale reader) {
        String name = MessageLimits.cut(text("card.lines", reader), MessageLimits.MAX_FIELD_NAME);
        int fieldsLeft = MessageLimits.MAX_FIELDS - embed.getFields().size() - 1;
        int room = MessageLimits.MAX_EMBED_TOTAL - embed.length() - MessageLimits.NOTICE_ROOM - name.length();
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int shown = 0;
        for (String line : lines(deal, reader)) {
            String piece = MessageLimits.cut(line, MessageLimits.MAX_FIELD - MessageLimits.NOTICE_ROOM);
            boolean newField = chunk.length() + piece.length() + 1 > MessageLimits.MAX_FIELD;
            int cost = piece.length() + 1 + (newField ? CONTINUED.length() : 0);
            if (cost > room || (newField && chunks.size() + 1 >= fieldsLeft)) {
                break;
            }
            if (newField) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            chunk.append(piece).append('\n');
            room -= cost;
            shown++;
        }
        int omitted = deal.lines().size() - shown;
        if (omitted > 0) {
            String notice = localizer.text(Overflow.moreLines(omitted), reader);
            if (chunk.length() + notice.length() > MessageLimits.MAX_FIELD) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            chunk.append(MessageLimits.cut(notice, MessageLimits.MAX_FIELD));
        }
        chunks.add(chunk.toString());
        for (int i = 0; i < chunks.size(); i++) {
            String value = chunks.get(i).strip();
            embed.addField(i == 0 ? name : CONTINUED, value.isEmpty() ? "–" : value, false);
        }
    }

    private List<String> lines(DealView deal, ReplyLocale reader) {
        List<String> lines = new ArrayList<>();
        for (LineView line : deal.lines()) {
            LineItemFacts item = LineItemFacts.of(line, deal.revenue().currency());
            lines.add(item.number() + ". " + markdown(item.product(), reader) + " "
                    + localizer.inline(item.facts(), " ", reader, DiscordMarkup.MARKDOWN));
        }
        return lines;
    }

    private static int color(DealView deal) {
        return switch (deal.progress().stage().kind()) {
            case WON -> WON_GREEN;
            case LOST -> LOST_RED;
            default -> OPEN_BLUE;
        };
    }

    private String markdown(Message message, ReplyLocale reader) {
        return localizer.text(message, reader, DiscordMarkup.MARKDOWN);
    }

    private String text(String key, ReplyLocale reader) {
        return localizer.text(Message.of(key), reader);
    }
}
