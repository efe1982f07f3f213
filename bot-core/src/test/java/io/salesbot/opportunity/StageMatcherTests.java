package io.salesbot.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.NotFoundException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StageMatcherTests {

    static final List<Stage> PIPELINE = List.of(
            new Stage(1, "Wait", "รอดำเนินการ", 1, StageKind.OPEN, 10),
            new Stage(1, "In progress", "ระหว่างดำเนินการ", 2, StageKind.OPEN, 50),
            new Stage(1, "Negotiation", null, 3, StageKind.OPEN, 70),
            new Stage(1, "Closed Won", "ปิดการขายได้", 4, StageKind.WON, 100),
            new Stage(1, "Closed Lost", "ปิดการขายไม่ได้", 5, StageKind.LOST, 0));

    @ParameterizedTest
    @CsvSource({
        "Wait, Wait",
        "wait, Wait",
        "WAIT, Wait",
        "inprogress, In progress",
        "in progress, In progress",
        "in_progress, In progress",
        "In-Progress, In progress",
        "won, Closed Won",
        "lost, Closed Lost",
        "closed won, Closed Won",
        "closedlost, Closed Lost",
        "neg, Negotiation",
        "ปิดการขายได้, Closed Won",
        "ปิดการขายไม่ได้, Closed Lost",
        "รอ, Wait",
        "ระหว่าง, In progress",
    })
    void findsStagesByEitherNameAnyCaseOrUniquePrefix(String typed, String expected) {
        assertThat(StageMatcher.match(PIPELINE, typed).getName()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"closed", "ปิดการขาย"})
    void refusesToGuessBetweenSeveralStages(String typed) {
        assertThatThrownBy(() -> StageMatcher.match(PIPELINE, typed))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.stage.ambiguous");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quoted", "xyz", "ขาย"})
    void namesTheStagesThereAreWhenNoneMatches(String typed) {
        assertThatThrownBy(() -> StageMatcher.match(PIPELINE, typed))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.args())
                                .containsExactly(typed, "Wait, In progress, Negotiation, Closed Won, Closed Lost"));
    }

    @ParameterizedTest
    @CsvSource({
        "wiat, Wait",
        "in porgress, In progress",
        "negotation, Negotiation",
        "closed wonn, Closed Won",
        "ระหว่างดำเนินกร, ระหว่างดำเนินการ",
    })
    void aTypoOfAStageGetsDidYouMeanInTheLanguageItWasTypedIn(String typed, String meant) {
        assertThatThrownBy(() -> StageMatcher.match(PIPELINE, typed))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.nearest()).containsExactly(meant));
    }
}
