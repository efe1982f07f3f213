/** Discord interactions in: slash commands, autocomplete, buttons, menus and modal submits. */
package io.salesbot.discord.interaction;
