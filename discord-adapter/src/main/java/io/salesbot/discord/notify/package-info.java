/** Notifications out: the Discord implementation of the core's chat notifier. */
package io.salesbot.discord.notify;
