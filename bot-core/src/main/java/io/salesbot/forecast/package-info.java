/**
 * The questions managers ask: pipeline per stage, forecast per period, stale and slipping deals.
 * Every answer is one SQL aggregate over indexed columns; no answer loads every deal.
 */
package io.salesbot.forecast;
