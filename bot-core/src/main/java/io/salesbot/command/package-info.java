/**
 * The command language shared by Slack, Discord and the console: a declared {@link
 * io.salesbot.command.CommandCatalog} of every command and option, a parser from text and a binder
 * from typed options to the same {@link io.salesbot.command.CommandInput}, and the handlers that
 * turn commands into {@link io.salesbot.reply.BotReply}s.
 *
 * <p>This package (not its sub-packages) is the core's API for adapters, with {@code reply} and the
 * notification port: the {@link io.salesbot.command.CommandGateway} in, {@link
 * io.salesbot.command.Suggestions} while typing, an {@link io.salesbot.command.Upload} for a file.
 * Adapters translate (mentions into {@code @id} / {@code #id}, uploads into bytes); the core
 * decides. The app's {@code AdapterBoundaryTests} hold adapters to it.
 */
package io.salesbot.command;
