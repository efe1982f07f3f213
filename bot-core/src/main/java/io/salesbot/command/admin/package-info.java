/** The {@code /salesbot} commands: setting a workspace up, and the demo pipeline. */
package io.salesbot.command.admin;
