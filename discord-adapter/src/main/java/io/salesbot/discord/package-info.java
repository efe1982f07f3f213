/** The Discord adapter: translates JDA interactions into core commands and renders replies as embeds. */
package io.salesbot.discord;
