/** The {@code /opp} commands: deals, their stages, products, history, and the forms behind them. */
package io.salesbot.command.deal;
