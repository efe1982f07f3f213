package io.salesbot.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.RuleViolationException;
import io.salesbot.workspace.Platform;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class OpportunityTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final ChangeContext BY = new ChangeContext(7, Platform.SLACK, Instant.parse("2026-11-27T03:00:00Z"));

    final Stage wait = new Stage(1, "Wait", "รอดำเนินการ", 1, StageKind.OPEN, 10);
    final Stage inProgress = new Stage(1, "In progress", "ระหว่างดำเนินการ", 2, StageKind.OPEN, 50);
    final Stage won = new Stage(1, "Closed Won", "ปิดการขายได้", 3, StageKind.WON, 100);
    final Stage lost = new Stage(1, "Closed Lost", "ปิดการขายไม่ได้", 4, StageKind.LOST, 0);
    final DealType newCustomer = new DealType(1, "new_customer");

    Opportunity deal(BigDecimal amount, Integer probability) {
        DealDetails details = new DealDetails(
                "Acme ERP", "Acme", amount, probability, LocalDate.of(2026, 12, 31), null, null, null, null, null);
        return new Opportunity(1, 42, details, newCustomer, wait, 7, TODAY, BY);
    }

    @Test
    void takesItsProbabilityFromTheStageUntilOverridden() {
        Opportunity deal = deal(new BigDecimal("1000000"), null);
        assertThat(deal.getProbability()).isEqualTo(10);

        deal.moveTo(inProgress, null, TODAY, BY);
        assertThat(deal.getProbability()).isEqualTo(50);

        deal.changeProbability(80, BY);
        deal.moveTo(wait, null, TODAY, BY);
        assertThat(deal.getProbability()).as("an override survives stage moves").isEqualTo(80);
    }

    @Test
    void derivesExpectedRevenueFromAmountAndProbability() {
        Opportunity deal = deal(new BigDecimal("1234567.89"), 35);

        assertThat(deal.expectedRevenue()).isEqualByComparingTo("432098.76");
    }

    @Test
    void winningMakesItCertainAndDatesTheClose() {
        Opportunity deal = deal(new BigDecimal("500000"), 70);

        deal.moveTo(won, "signed", TODAY, BY);

        assertThat(deal.getProbability()).isEqualTo(100);
        assertThat(deal.getExpectedCloseDate()).isEqualTo(TODAY);
        assertThat(deal.getHistory())
                .extracting(OpportunityChange::getField)
                .containsExactly(
                        ChangeField.CREATED,
                        ChangeField.STAGE,
                        ChangeField.PROBABILITY,
                        ChangeField.CATEGORY,
                        ChangeField.CLOSED_ON);
        assertThat(deal.getHistory().get(3))
                .extracting(OpportunityChange::getFromValue, OpportunityChange::getToValue)
                .containsExactly("PIPELINE", "CLOSED");
        assertThat(deal.getHistory().get(4))
                .extracting(OpportunityChange::getFromValue, OpportunityChange::getToValue)
                .containsExactly("2026-12-31", "2026-11-27");
    }

    @Test
    void rejectsLostWithoutReason() {
        Opportunity deal = deal(new BigDecimal("500000"), null);

        assertThatThrownBy(() -> deal.lose(lost, "  ", TODAY, BY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.lost.reasonRequired");
        assertThat(deal.getStage()).isSameAs(wait);
    }

    @Test
    void losingKeepsTheReasonAndZeroesTheProbability() {
        Opportunity deal = deal(new BigDecimal("500000"), null);

        deal.lose(lost, "ราคาสูงกว่าคู่แข่ง", TODAY, BY);

        assertThat(deal.getLostReason()).isEqualTo("ราคาสูงกว่าคู่แข่ง");
        assertThat(deal.getProbability()).isZero();
        assertThat(deal.expectedRevenue()).isEqualByComparingTo("0");
    }

    @Test
    void aClosedDealMovesOnlyByReopening() {
        Opportunity deal = deal(new BigDecimal("500000"), null);
        deal.lose(lost, "budget cut", TODAY, BY);

        assertThatThrownBy(() -> deal.moveTo(inProgress, null, TODAY, BY)).isInstanceOf(RuleViolationException.class);

        deal.reopen(inProgress, null, "budget back", BY);
        assertThat(deal.getStage()).isSameAs(inProgress);
        assertThat(deal.getLostReason()).isNull();
        assertThat(deal.getProbability()).isEqualTo(50);
        assertThat(deal.getHistory()).extracting(OpportunityChange::getField).contains(ChangeField.REOPENED);
    }

    @Test
    void amountFollowsLineItemsUnlessSetExplicitly() {
        Opportunity deal = deal(null, null);
        deal.addLine(
                new LineItem(
                        null,
                        "ERP licence",
                        new BigDecimal("10"),
                        new BigDecimal("12000"),
                        new BigDecimal("10"),
                        false,
                        null),
                BY);
        deal.addLine(
                new LineItem(
                        null, "Training", BigDecimal.ONE, new BigDecimal("15000.50"), null, true, "2 days on site"),
                BY);

        assertThat(deal.getEstimatedRevenue()).isEqualByComparingTo("123000.50");

        deal.changeAmount(new BigDecimal("150000"), BY);
        deal.removeLine(2, BY);
        assertThat(deal.getEstimatedRevenue()).as("explicit amount wins").isEqualByComparingTo("150000");

        deal.changeAmount(null, BY);
        assertThat(deal.getEstimatedRevenue()).isEqualByComparingTo("108000");
    }

    @Test
    void refusesALineBeyondTheMostADealHoldsAndChangesNothing() {
        Opportunity deal = deal(null, null);
        LineItem item = new LineItem(null, "Seat", BigDecimal.ONE, new BigDecimal("100"), null, false, null);
        for (int i = 0; i < Opportunity.MAX_LINES; i++) {
            deal.addLine(item, BY);
        }
        int changes = deal.getHistory().size();

        assertThatThrownBy(() -> deal.addLine(item, BY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("error.line.tooMany");
        assertThat(deal.getLines()).hasSize(Opportunity.MAX_LINES);
        assertThat(deal.getHistory()).hasSize(changes);
        assertThat(deal.getEstimatedRevenue()).isEqualByComparingTo("10000");

        deal.removeLine(7, BY);
        deal.addLine(item, BY);
        assertThat(deal.getLines()).as("room again after a removal").hasSize(Opportunity.MAX_LINES);
    }

    @Test
    void rejectsTwoHundredAndOneCharacterNamesButCountsEmojiAsOne() {
        String twoHundred = "ก".repeat(199) + "🎉";
        Opportunity deal = deal(null, null);

        deal.rename(twoHundred, BY);
        assertThat(deal.getName()).isEqualTo(twoHundred);
        assertThatThrownBy(() -> deal.rename(twoHundred + "ข", BY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.field.tooLong");
        assertThat(deal.getName()).isEqualTo(twoHundred);
    }

    @Test
    void rejectsProbabilityOutsideZeroToHundred() {
        Opportunity deal = deal(null, null);

        assertThatThrownBy(() -> deal.changeProbability(101, BY)).hasMessage("error.probability.range");
        assertThatThrownBy(() -> deal.changeProbability(-1, BY)).hasMessage("error.probability.range");
        assertThat(deal.getProbability()).isEqualTo(10);
    }

    @Test
    void rejectsNegativeAmounts() {
        assertThatThrownBy(() -> deal(new BigDecimal("-1"), null)).hasMessage("error.amount.negative");
    }

    @Test
    void recordsEveryFieldChangeWithFromAndTo() {
        Opportunity deal = deal(new BigDecimal("1000"), null);

        deal.changeAmount(new BigDecimal("2500.5"), BY);
        deal.changeCloseDate(LocalDate.of(2027, 1, 15), BY);
        deal.changeOwner(8, "Somchai", "Malee", BY);

        assertThat(deal.getHistory())
                .filteredOn(change -> change.getField() != ChangeField.CREATED)
                .extracting(OpportunityChange::getField, OpportunityChange::getFromValue, OpportunityChange::getToValue)
                .containsExactly(
                        Tuple.tuple(ChangeField.AMOUNT, "1000.00", "2500.50"),
                        Tuple.tuple(ChangeField.CLOSE_DATE, "2026-12-31", "2027-01-15"),
                        Tuple.tuple(ChangeField.OWNER, "Somchai", "Malee"));
    }

    // ---- reopening gives the close date back ---------------------------------------------------

    static final ChangeContext LATER = new ChangeContext(7, Platform.SLACK, Instant.parse("2026-11-28T03:00:00Z"));
    static final ChangeContext LATER_STILL =
            new ChangeContext(7, Platform.SLACK, Instant.parse("2026-11-29T03:00:00Z"));

    @Test
    void reopeningAWonOrLostDealGivesBackTheCloseDateItHadWhileOpen() {
        Opportunity won = deal(new BigDecimal("500000"), null);
        won.moveTo(this.won, "signed", TODAY, BY);
        Opportunity lost = deal(new BigDecimal("500000"), null);
        lost.lose(this.lost, "budget cut", TODAY, BY);

        won.reopen(inProgress, null, "signature withdrawn", LATER);
        lost.reopen(inProgress, null, "budget back", LATER);

        for (Opportunity deal : List.of(won, lost)) {
            assertThat(deal.getExpectedCloseDate()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(deal.getHistory())
                    .filteredOn(change -> change.getField() == ChangeField.CLOSE_DATE)
                    .extracting(OpportunityChange::getFromValue, OpportunityChange::getToValue)
                    .containsExactly(Tuple.tuple("2026-11-27", "2026-12-31"));
        }
    }

    @Test
    void reopeningTakesANewCloseDateWhenGivenOne() {
        Opportunity deal = deal(new BigDecimal("500000"), null);
        deal.lose(lost, "budget cut", TODAY, BY);

        deal.reopen(inProgress, LocalDate.of(2027, 3, 31), null, LATER);

        assertThat(deal.getExpectedCloseDate()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void aDealClosedOnItsExpectedDayKeepsThatDayWhenReopened() {
        Opportunity deal = deal(new BigDecimal("500000"), null);
        deal.changeCloseDate(TODAY, BY);
        deal.moveTo(won, null, TODAY, BY);

        deal.reopen(wait, null, null, LATER);

        assertThat(deal.getExpectedCloseDate()).isEqualTo(TODAY);
    }

    @Test
    void reopeningAgainGivesBackTheDateOfTheLatestOpenSpell() {
        Opportunity deal = deal(new BigDecimal("500000"), null);
        deal.lose(lost, "budget cut", TODAY, BY);
        deal.reopen(inProgress, LocalDate.of(2027, 2, 28), null, LATER);
        deal.lose(lost, "budget cut again", TODAY, LATER);

        deal.reopen(inProgress, null, null, LATER_STILL);

        assertThat(deal.getExpectedCloseDate()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aDealThatHadNoCloseDateWhileOpenHasNoneWhenReopened() {
        DealDetails details =
                new DealDetails("Undated", null, new BigDecimal("1000"), null, null, null, null, null, null, null);
        Opportunity deal = new Opportunity(1, 44, details, newCustomer, wait, 7, TODAY, BY);
        deal.lose(lost, "budget cut", TODAY, BY);

        deal.reopen(inProgress, null, null, LATER);

        assertThat(deal.getExpectedCloseDate()).isNull();
    }

    @Test
    void aDealEnteredClosedAsksForACloseDateWhenReopened() {
        DealDetails details =
                new DealDetails("Imported", null, new BigDecimal("1000"), null, null, null, null, null, null, null);
        Opportunity deal = new Opportunity(1, 43, details, newCustomer, won, 7, TODAY, BY);

        assertThatThrownBy(() -> deal.reopen(inProgress, null, null, LATER))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.reopen.closeDateNeeded");
        assertThat(deal.getStage()).isSameAs(won);

        deal.reopen(inProgress, LocalDate.of(2027, 1, 31), null, LATER);
        assertThat(deal.getExpectedCloseDate()).isEqualTo(LocalDate.of(2027, 1, 31));
    }
}
