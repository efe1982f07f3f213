/** {@code /task}: new, list, done, snooze. */
package io.salesbot.command.task;
