package io.salesbot.reply;

/**
 * One fact of a row that every platform shows the same: its {@code label} (a table's header), its
 * typed {@code value} (formatted by the {@link Localizer}; null when unset, which a table shows as
 * a dash), and how a sentence says it, {@code inline} (null: a sentence leaves it out).
 *
 * @see DealListRowFacts
 * @see LineItemFacts
 */
public record Fact(Message label, Object value, Message inline) {

    public Fact {
        value = present(value);
    }

    /** A fact a sentence says as its value alone. */
    static Fact of(String labelKey, Object value) {
        return of(labelKey, value, "card.fact");
    }

    /** A fact a sentence says by the message {@code inlineKey} with the value as its argument. */
    static Fact of(String labelKey, Object value, String inlineKey) {
        Object shown = present(value);
        return new Fact(Message.of(labelKey), shown, shown == null ? null : Message.of(inlineKey, shown));
    }

    public boolean isEmpty() {
        return value == null;
    }

    /** The value, or null for none: blank text says nothing, so it shows like an unset value. */
    static Object present(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }
}
