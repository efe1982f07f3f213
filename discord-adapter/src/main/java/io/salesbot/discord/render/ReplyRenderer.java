package io.salesbot.discord.render;

import io.salesbot.discord.DiscordEnabled;
import io.salesbot.opportunity.DealSummary;
import io.salesbot.opportunity.StageView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.ChartDrawer;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Renders core replies as Discord messages: deal cards and lists as embeds, tables as a monospace
 * block, charts as PNG attachments shown in an embed. Forms are not messages: see {@link FormModals}.
 */
@Component
@Conditional(DiscordEnabled.class)
public class ReplyRenderer {

    private final Localizer localizer;
    private final ChartDrawer charts;
    private final ComponentIds ids;
    private final DealCardEmbed cards;

    public ReplyRenderer(Localizer localizer, ChartDrawer charts, ComponentIds ids) {
        this.localizer = localizer;
        this.charts = charts;
        this.ids = ids;
        this.cards = new DealCardEmbed(localizer, ids);
    }

    /** The reply as a message; {@code stages} fill a deal card's stage menu (none: no menu). */
    public Rendered render(BotReply reply, ReplyLocale reader, List<StageView> stages) {
        boolean ephemeral = reply.visibility() == Visibility.PRIVATE;
        if (reply instanceof BotReply.Text text) {
            return content(markdown(text.message(), reader), ephemeral);
        }
        if (reply instanceof BotReply.Error error) {
            StringBuilder out = new StringBuilder("⚠️ ").append(markdown(error.message(), reader));
            error.suggestions().forEach(line -> out.append("\n• ").append(markdown(line, reader)));
            return content(out.toString(), true);
        }
        if (reply instanceof BotReply.DealCard card) {
            Rendered rendered = cards.render(card, reader, stages);
            return new Rendered(null, rendered.embeds(), rendered.rows(), List.of(), ephemeral);
        }
        if (reply instanceof BotReply.DealList list) {
            return list(list, reader, ephemeral);
        }
        if (reply instanceof BotReply.Table table) {
            return table(table, reader, ephemeral);
        }
        if (reply instanceof BotReply.Chart chart) {
            EmbedBuilder embed = new EmbedBuilder()
                    .setTitle(Text.cut(markdown(chart.title(), reader), Text.MAX_TITLE))
                    .setImage("attachment://" + Text.chartName(0));
            return new Rendered(null, List.of(embed.build()), List.of(), List.of(charts.png(chart, reader)), ephemeral);
        }
        if (reply instanceof BotReply.Many many) {
            List<Rendered> parts = new ArrayList<>();
            many.parts().forEach(part -> parts.add(render(part, reader, stages)));
            return Rendered.merge(renumberCharts(parts), ephemeral);
        }
        if (reply instanceof BotReply.Attachment file) {
            return new Rendered(
                    Text.cut(markdown(file.caption(), reader), Text.MAX_CONTENT),
                    List.of(),
                    List.of(),
                    List.of(),
                    ephemeral,
                    List.of(new Rendered.NamedFile(file.fileName(), file.content())));
        }
        // A form outside an interaction (a notification) cannot open: say what to type instead.
        BotReply.Form form = (BotReply.Form) reply;
        return content(markdown(form.title(), reader) + ": `" + DiscordMarkup.inCode(form.command()) + "`", true);
    }

    private Rendered list(BotReply.DealList list, ReplyLocale reader, boolean ephemeral) {
        StringBuilder lines = new StringBuilder();
        for (DealSummary deal : list.deals()) {
            lines.append("**#")
                    .append(deal.number())
                    .append("** ")
                    .append(DiscordMarkup.escape(deal.name()))
                    .append(" · ")
                    .append(localizer.format(deal.stage(), reader, DiscordMarkup.MARKDOWN))
                    .append(" · ")
                    .append(deal.estimatedRevenue() == null ? "–" : localizer.number(deal.estimatedRevenue(), reader))
                    .append(" · ")
                    .append(localizer.format(deal.closeDate(), reader))
                    .append(" · ")
                    .append(DiscordMarkup.escape(deal.ownerName()))
                    .append('\n');
        }
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(Text.cut(markdown(list.title(), reader), Text.MAX_TITLE))
                .setDescription(Text.cut(lines.toString(), Text.MAX_DESCRIPTION))
                .setFooter(localizer.text(
                        Message.of("discord.list.page", list.page(), list.pageCount(), list.total()), reader));
        List<ActionRow> rows = list.more() == null
                ? List.of()
                : List.of(ActionRow.of(Button.secondary(
                        ids.button(list.more()),
                        Text.cut(localizer.text(Message.of("discord.list.more"), reader), Text.MAX_LABEL))));
        return new Rendered(null, List.of(embed.build()), rows, List.of(), ephemeral);
    }

    private Rendered table(BotReply.Table table, ReplyLocale reader, boolean ephemeral) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(table.headers().stream()
                .map(h -> localizer.text(h, reader, DiscordMarkup.CODE_BLOCK))
                .toList());
        table.rows()
                .forEach(row -> cells.add(row.stream()
                        .map(v -> localizer.format(v, reader, DiscordMarkup.CODE_BLOCK))
                        .toList()));
        String block = "```\n" + Text.cut(MonospaceTable.render(cells), Text.MAX_DESCRIPTION - 10) + "\n```";
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(Text.cut(markdown(table.title(), reader), Text.MAX_TITLE))
                .setDescription(block);
        if (!table.footer().isEmpty()) {
            // Footers are plain text in Discord: people's text shows as typed without escapes.
            List<String> footer =
                    table.footer().stream().map(m -> localizer.text(m, reader)).toList();
            embed.setFooter(Text.cut(String.join("\n", footer), Text.MAX_FOOTER));
        }
        return new Rendered(null, List.of(embed.build()), List.of(), List.of(), ephemeral);
    }

    /** Each chart of a combined reply points at its own attachment name. */
    private static List<Rendered> renumberCharts(List<Rendered> parts) {
        List<Rendered> out = new ArrayList<>();
        int index = 0;
        for (Rendered part : parts) {
            if (part.pngs().isEmpty()) {
                out.add(part);
                continue;
            }
            String name = Text.chartName(index++);
            var embeds = part.embeds().stream()
                    .map(e ->
                            new EmbedBuilder(e).setImage("attachment://" + name).build())
                    .toList();
            out.add(new Rendered(part.content(), embeds, part.rows(), part.pngs(), part.ephemeral()));
        }
        return out;
    }

    /** Our words with people's text escaped for Discord markdown (content, embed titles and descriptions). */
    private String markdown(Message message, ReplyLocale reader) {
        return localizer.text(message, reader, DiscordMarkup.MARKDOWN);
    }

    private static Rendered content(String text, boolean ephemeral) {
        return new Rendered(Text.cut(text, Text.MAX_CONTENT), List.of(), List.of(), List.of(), ephemeral);
    }
}
