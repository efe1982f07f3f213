/**
 * Platform-neutral replies. Handlers return a {@link io.salesbot.reply.BotReply} made of message
 * keys and typed values; each adapter renders it (Block Kit, Discord embeds, console text) through
 * the shared {@link io.salesbot.reply.Localizer}, so wording and number formats live in one place.
 */
package io.salesbot.reply;
