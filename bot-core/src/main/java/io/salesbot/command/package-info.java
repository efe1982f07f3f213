/**
 * The command language shared by Slack, Discord and the console: a declared {@link
 * io.salesbot.command.CommandCatalog} of every command and option, a parser from text and a binder
 * from typed options to the same {@link io.salesbot.command.CommandInput}, and the handlers that
 * turn commands into {@link io.salesbot.reply.BotReply}s.
 */
package io.salesbot.command;
