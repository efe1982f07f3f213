package io.salesbot.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NearestTests {

    static final List<String> SUBS = List.of(
            "edit",
            "help",
            "history",
            "list",
            "lost",
            "new",
            "product",
            "product-remove",
            "reopen",
            "show",
            "stage",
            "won");

    @ParameterizedTest
    @CsvSource({
        // one slip in a short word, up to two in a longer one: added, dropped, changed or swapped
        "stag, stage",
        "lisst, list",
        "shwo, show",
        "hsitory, history",
        "prodcut, product",
        "reopne, reopen",
        "NEW1, new",
    })
    void offersTheSubcommandATypoWasMeantToBe(String typed, String meant) {
        assertThat(Nearest.to(typed, SUBS)).first().isEqualTo(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xyz", "delete", "ab", "producer-remover-of-things"})
    void offersNothingForWhatIsNotClose(String typed) {
        assertThat(Nearest.to(typed, List.of("won", "show", "product-remove"))).isEmpty();
    }

    @Test
    void offersOnlyTheClosestAndAtMostThree() {
        assertThat(Nearest.to("lost", List.of("last", "list", "lust", "lest", "host", "lots")))
                .containsExactly("last", "list", "lust");
        assertThat(Nearest.to("quotd", List.of("Quoted", "Quota holder"))).containsExactly("Quoted");
    }

    @Test
    void comparesInAnyCaseWithoutSpacesAndCountsThaiMarksAsLetters() {
        assertThat(Nearest.to("in progres", List.of("Wait", "In progress"))).containsExactly("In progress");
        assertThat(Nearest.to("ERP licnce", List.of("ERP licence", "CRM Starter")))
                .containsExactly("ERP licence");
        // "ปิดการขายได" lacks the tone mark of "ปิดการขายได้": one edit
        assertThat(Nearest.to("ปิดการขายได", List.of("ปิดการขายได้", "รอดำเนินการ")))
                .containsExactly("ปิดการขายได้");
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertThat(Nearest.distance("shwo", "show")).isEqualTo(1);
        assertThat(Nearest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Nearest.distance("", "abc")).isEqualTo(3);
    }
}
