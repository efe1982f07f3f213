package io.salesbot.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTests {

    @Test
    void carriesKeyAndArgumentsNotASentence() {
        InvalidValueException e = new InvalidValueException("error.amount.invalid", "12abc", 3);

        assertThat(e.messageKey()).isEqualTo("error.amount.invalid");
        assertThat(e.args()).containsExactly("12abc", 3);
        assertThat(e).isInstanceOf(RuntimeException.class).hasMessageContaining("error.amount.invalid");
    }

    @Test
    void keepsArgumentsImmutableAndIndependentOfTheCallersArray() {
        Object[] args = {"a"};
        InvalidValueException e = new InvalidValueException("k", args);
        args[0] = "changed";

        assertThat(e.args()).containsExactly("a");
        assertThatThrownBy(() -> e.args().add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void acceptsNoArgumentsAndNullArguments() {
        assertThat(new InvalidValueException("k").args()).isEmpty();
        assertThat(new InvalidValueException("k", (Object[]) null).args()).isEmpty();
        assertThat(new InvalidValueException("k", "a", null).args()).containsExactly("a", null);
    }

    @Test
    void requiresAKey() {
        assertThatThrownBy(() -> new InvalidValueException(null)).isInstanceOf(NullPointerException.class);
    }
}
