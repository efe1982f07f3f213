package io.salesbot.reply;

/**
 * A message bundle an adapter adds to the shared {@link Localizer} (say, the console's own words),
 * declared as a bean so the core need not know which adapters exist.
 */
public record MessageBundle(String basename) {}
