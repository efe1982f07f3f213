/** Manager questions: {@code /pipeline}, {@code /forecast} and {@code /campaign}. */
package io.salesbot.command.report;
