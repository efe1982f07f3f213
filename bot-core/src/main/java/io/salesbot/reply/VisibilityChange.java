package io.salesbot.reply;

import java.util.List;

/**
 * The same reply for another audience: every part of it, so a combined reply never shows one part
 * to the channel and another to the asker alone. Errors and forms stay private.
 */
final class VisibilityChange implements BotReply.Visitor<BotReply> {

    private final Visibility to;

    VisibilityChange(Visibility to) {
        this.to = to;
    }

    @Override
    public BotReply text(BotReply.Text text) {
        return new BotReply.Text(text.message(), to);
    }

    @Override
    public BotReply error(BotReply.Error error) {
        return error;
    }

    @Override
    public BotReply dealCard(BotReply.DealCard card) {
        return new BotReply.DealCard(card.headline(), card.deal(), card.actions(), to, card.moves());
    }

    @Override
    public BotReply dealClosed(BotReply.DealClosed closed) {
        return new BotReply.DealClosed(
                closed.won(), closed.headline(), closed.owner(), closed.ping(), closed.facts(), closed.open(), to);
    }

    @Override
    public BotReply dealList(BotReply.DealList list) {
        return new BotReply.DealList(
                list.title(), list.deals(), list.page(), list.pageCount(), list.total(), list.more(), to);
    }

    @Override
    public BotReply table(BotReply.Table table) {
        return new BotReply.Table(table.title(), table.headers(), table.rows(), table.footer(), to);
    }

    @Override
    public BotReply chart(BotReply.Chart chart) {
        return new BotReply.Chart(
                chart.title(), chart.kind(), chart.categories(), chart.series(), chart.currency(), to);
    }

    @Override
    public BotReply form(BotReply.Form form) {
        return form;
    }

    @Override
    public BotReply attachment(BotReply.Attachment file) {
        return new BotReply.Attachment(file.fileName(), file.mediaType(), file.content(), file.caption(), to);
    }

    @Override
    public BotReply prompt(BotReply.Prompt prompt) {
        return new BotReply.Prompt(prompt.message(), prompt.actions(), to);
    }

    @Override
    public BotReply many(BotReply.Many many) {
        List<BotReply> parts =
                many.parts().stream().map(part -> part.accept(this)).toList();
        return new BotReply.Many(parts, to);
    }
}
