package io.salesbot.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DealRefTests {

    @ParameterizedTest
    @ValueSource(strings = {"#42", "42", "OPP-42", "opp-42", "OPP42", " #42 "})
    void readsDealNumbers(String typed) {
        assertThat(DealRef.parse(typed)).isEqualTo(new DealRef.ByNumber(42));
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme erp", "ระบบ ERP", "#42 acme", "OPP-", "1234567890"})
    void treatsAnythingElseAsAPartOfTheName(String typed) {
        assertThat(DealRef.parse(typed)).isEqualTo(new DealRef.ByName(typed.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesAnEmptyReference(String typed) {
        assertThatThrownBy(() -> DealRef.parse(typed)).hasMessage("error.ref.missing");
    }
}
