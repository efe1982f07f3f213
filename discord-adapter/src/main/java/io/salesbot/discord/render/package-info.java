/** Rendering of core replies as Discord embeds, components, attachments and modals. */
package io.salesbot.discord.render;
