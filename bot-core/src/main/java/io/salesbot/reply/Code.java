package io.salesbot.reply;

/**
 * A list value such as a deal type or lead source. Known codes have a translated name
 * ({@code type.new_customer}); codes an admin added show as typed, underscores as spaces.
 */
public record Code(String kind, String code) {}
