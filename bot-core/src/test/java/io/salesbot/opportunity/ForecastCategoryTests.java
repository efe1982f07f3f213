package io.salesbot.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.common.RuleViolationException;
import io.salesbot.workspace.Platform;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** A deal's forecast category: its stage's until its owner sets one, {@code auto} going back. */
class ForecastCategoryTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final ChangeContext BY = new ChangeContext(7, Platform.SLACK, Instant.parse("2026-11-27T03:00:00Z"));

    final Stage wait = new Stage(1, "Wait", null, 1, StageKind.OPEN, 10);
    final Stage negotiation = new Stage(1, "Negotiation", null, 2, StageKind.OPEN, 90);
    final Stage won = new Stage(1, "Closed Won", null, 3, StageKind.WON, 100);
    final Stage lost = new Stage(1, "Closed Lost", null, 4, StageKind.LOST, 0);

    Opportunity deal() {
        DealDetails details = new DealDetails(
                "Acme ERP", "Acme", new BigDecimal("100000"), null, TODAY, null, null, null, null, null);
        return new Opportunity(1, 42, details, new DealType(1, "new_customer"), wait, 7, TODAY, BY);
    }

    @Test
    void aStagesDefaultFollowsItsKindAndProbabilityAsSalesforceMapsIt() {
        assertThat(ForecastCategory.defaultFor(StageKind.OPEN, 10)).isEqualTo(ForecastCategory.PIPELINE);
        assertThat(ForecastCategory.defaultFor(StageKind.OPEN, 69)).isEqualTo(ForecastCategory.PIPELINE);
        assertThat(ForecastCategory.defaultFor(StageKind.OPEN, 70)).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(ForecastCategory.defaultFor(StageKind.OPEN, 89)).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(ForecastCategory.defaultFor(StageKind.OPEN, 90)).isEqualTo(ForecastCategory.COMMIT);
        assertThat(ForecastCategory.defaultFor(StageKind.WON, 100)).isEqualTo(ForecastCategory.CLOSED);
        assertThat(ForecastCategory.defaultFor(StageKind.LOST, 0)).isEqualTo(ForecastCategory.OMITTED);
        assertThat(negotiation.getForecastCategory()).isEqualTo(ForecastCategory.COMMIT);
    }

    @Test
    void readsTheWordsPeopleType() {
        assertThat(ForecastCategory.ofWord("best-case")).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(ForecastCategory.ofWord("Best_Case")).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(ForecastCategory.ofWord("commit")).isEqualTo(ForecastCategory.COMMIT);
        assertThat(ForecastCategory.ofWord("maybe")).isNull();
        assertThat(ForecastCategory.BEST_CASE.word()).isEqualTo("best-case");
    }

    @Test
    void followsTheStageUntilSetAndAutoGoesBack() {
        Opportunity deal = deal();
        assertThat(deal.getForecastCategory()).isEqualTo(ForecastCategory.PIPELINE);
        assertThat(deal.isCategoryExplicit()).isFalse();

        deal.moveTo(negotiation, null, TODAY, BY);
        assertThat(deal.getForecastCategory()).as("the stage's").isEqualTo(ForecastCategory.COMMIT);

        deal.changeCategory(ForecastCategory.BEST_CASE, BY);
        deal.moveTo(wait, null, TODAY, BY);
        deal.moveTo(negotiation, null, TODAY, BY);
        assertThat(deal.getForecastCategory())
                .as("an owner's choice survives moves")
                .isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(deal.isCategoryExplicit()).isTrue();

        deal.changeCategory(null, BY);
        assertThat(deal.getForecastCategory()).isEqualTo(ForecastCategory.COMMIT);
        assertThat(deal.isCategoryExplicit()).isFalse();

        assertThat(deal.getHistory())
                .filteredOn(change -> change.getField() == ChangeField.CATEGORY)
                .extracting(OpportunityChange::getFromValue, OpportunityChange::getToValue)
                .containsExactly(
                        Tuple.tuple("PIPELINE", "COMMIT"), // moved to Negotiation
                        Tuple.tuple("COMMIT", "BEST_CASE"), // set by the owner
                        Tuple.tuple("BEST_CASE", "COMMIT")); // auto: the stage's again
    }

    @Test
    void anAdminsChangeOfTheStageMovesOnlyDealsThatFollowIt() {
        Opportunity following = deal();
        Opportunity chosen = deal();
        chosen.changeCategory(ForecastCategory.PIPELINE, BY); // the same as the stage's, but chosen

        wait.changeForecastCategory(ForecastCategory.BEST_CASE);
        following.followStageCategory(BY);
        chosen.followStageCategory(BY);

        assertThat(following.getForecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(chosen.getForecastCategory()).isEqualTo(ForecastCategory.PIPELINE);
        assertThat(following.getHistory())
                .last()
                .extracting(OpportunityChange::getField)
                .isEqualTo(ChangeField.CATEGORY);
    }

    @Test
    void closingMakesItClosedOrOutAndForgetsTheOwnersChoice() {
        Opportunity winner = deal();
        winner.changeCategory(ForecastCategory.COMMIT, BY);
        winner.moveTo(won, "signed", TODAY, BY);
        assertThat(winner.getForecastCategory()).isEqualTo(ForecastCategory.CLOSED);
        assertThat(winner.isCategoryExplicit()).isFalse();
        assertThatThrownBy(() -> winner.changeCategory(ForecastCategory.COMMIT, BY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("error.deal.closedCategory");

        Opportunity loser = deal();
        loser.lose(lost, "price", TODAY, BY);
        assertThat(loser.getForecastCategory()).isEqualTo(ForecastCategory.OMITTED);

        winner.reopen(negotiation, TODAY, null, BY);
        assertThat(winner.getForecastCategory()).as("the stage's again").isEqualTo(ForecastCategory.COMMIT);
    }

    @Test
    void nobodyPutsAnOpenDealInClosed() {
        Opportunity deal = deal();
        assertThatThrownBy(() -> deal.changeCategory(ForecastCategory.CLOSED, BY))
                .hasMessageContaining("error.category.closedIsWon");
        assertThat(deal.getForecastCategory()).isEqualTo(ForecastCategory.PIPELINE);
    }
}
