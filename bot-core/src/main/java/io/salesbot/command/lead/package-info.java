/** The {@code /lead} commands. */
package io.salesbot.command.lead;
