package io.salesbot.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared assertion: a parser refused the input with this key and echoed the raw text. */
final class Rejections {

    private Rejections() {}

    static void assertRejected(ThrowingCallable call, String key, String raw) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            // The raw text comes first; a limit the input broke may follow it.
            assertThat(e.args()).first().isEqualTo(raw == null ? "" : raw);
        });
    }
}
