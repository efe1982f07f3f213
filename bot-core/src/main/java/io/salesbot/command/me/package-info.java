/** {@code /salesbot me}: a member's own time zone, language, quiet hours and morning DM. */
package io.salesbot.command.me;
