package io.salesbot.reply;

/**
 * Which replies take the place of the message they answer on platforms that can edit it: a card
 * after one of its buttons (showing the deal as it is now) and the next page of a list. The rest
 * come as new messages, so nothing the reader was looking at disappears.
 */
final class ReplacesMessage implements BotReply.Visitor<Boolean> {

    @Override
    public Boolean text(BotReply.Text text) {
        return false;
    }

    @Override
    public Boolean error(BotReply.Error error) {
        return false;
    }

    @Override
    public Boolean dealCard(BotReply.DealCard card) {
        return true;
    }

    @Override
    public Boolean dealClosed(BotReply.DealClosed closed) {
        return false;
    }

    @Override
    public Boolean dealList(BotReply.DealList list) {
        return true;
    }

    @Override
    public Boolean table(BotReply.Table table) {
        return false;
    }

    @Override
    public Boolean chart(BotReply.Chart chart) {
        return false;
    }

    @Override
    public Boolean form(BotReply.Form form) {
        return false;
    }

    @Override
    public Boolean attachment(BotReply.Attachment attachment) {
        return false;
    }

    @Override
    public Boolean many(BotReply.Many many) {
        return false;
    }

    @Override
    public Boolean prompt(BotReply.Prompt prompt) {
        return false;
    }
}
