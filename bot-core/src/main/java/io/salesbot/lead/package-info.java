/** Leads: people or companies who may buy, until they become a deal or are dropped. */
package io.salesbot.lead;
