/**
 * Platform-neutral replies. Handlers return a {@link io.salesbot.reply.BotReply} made of message
 * keys and typed values; each adapter renders it (Block Kit, Discord embeds, console text) with a
 * {@link io.salesbot.reply.BotReply.Visitor}, so a new kind of reply does not build until every
 * platform shows it. What a card, a list row and a product line show is decided here ({@link
 * io.salesbot.reply.DealCardField}, {@link io.salesbot.reply.DealListRowFacts}, {@link
 * io.salesbot.reply.LineItemFacts}), and wording and number formats in the shared {@link
 * io.salesbot.reply.Localizer}.
 */
package io.salesbot.reply;
