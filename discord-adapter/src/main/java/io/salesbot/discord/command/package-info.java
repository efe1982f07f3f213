/** Slash command registration from the shared command catalog, and Discord's length limits. */
package io.salesbot.discord.command;
