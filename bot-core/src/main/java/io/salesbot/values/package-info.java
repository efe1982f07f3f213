/**
 * Reading the values people type in Thai and English: amounts, dates (Buddhist era too),
 * probabilities, quantities, discounts, and the tokenizer of command lines. Shared by the
 * command language and the CSV import.
 */
package io.salesbot.values;
