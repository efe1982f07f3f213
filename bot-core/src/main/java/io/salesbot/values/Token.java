package io.salesbot.values;

import java.util.Objects;

/** One piece of a chat command line, as produced by {@link Tokenizer}. */
public sealed interface Token {

    /** A plain or quoted word; quotes removed, inner whitespace collapsed. Text may be empty ({@code ""}). */
    record Word(String text) implements Token {
        public Word {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A {@code key:value} option; key is lower-case {@code [a-z][a-z_-]*}, value may be empty. */
    record Option(String key, String value) implements Token {
        public Option {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }
}
