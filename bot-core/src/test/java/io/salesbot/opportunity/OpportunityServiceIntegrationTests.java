package io.salesbot.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.IntegrationTestBase;
import io.salesbot.campaign.CampaignService;
import io.salesbot.catalog.CatalogService;
import io.salesbot.common.ConflictException;
import io.salesbot.common.InvalidInputException;
import io.salesbot.common.NotFoundException;
import io.salesbot.common.PermissionDeniedException;
import io.salesbot.common.RuleViolationException;
import io.salesbot.common.SalesbotException;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OpportunityServiceIntegrationTests extends IntegrationTestBase {

    @Autowired
    OpportunityService deals;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CatalogService catalog;

    Actor admin;
    Actor rep;
    Actor otherRep;
    Actor manager;

    @BeforeEach
    void team() {
        admin = newWorkspace(Role.ADMIN);
        rep = join(admin, "U-rep", Role.REP);
        otherRep = join(admin, "U-other", Role.REP);
        manager = join(admin, "U-manager", Role.MANAGER);
    }

    @Test
    void createsADealWithEveryField() {
        campaigns.create(admin, "Expo 2026", null, null, null);

        DealView created = deals.create(
                rep,
                new NewDeal(
                        "ระบบ ERP บริษัท เอเชีย 🎉",
                        "บริษัท เอเชีย จำกัด",
                        new BigDecimal("1200000"),
                        60,
                        LocalDate.of(2026, 12, 31),
                        "in progress",
                        "existing customer",
                        "expo 2026",
                        "referral",
                        null,
                        null,
                        "Wants a demo"));

        assertThat(created.number()).isEqualTo(1);
        assertThat(created.name()).isEqualTo("ระบบ ERP บริษัท เอเชีย 🎉");
        assertThat(created.progress().stage().name()).isEqualTo("In progress");
        assertThat(created.origin().type()).isEqualTo("existing_customer");
        assertThat(created.origin().campaign()).isEqualTo("Expo 2026");
        assertThat(created.origin().leadSource()).isEqualTo("referral");
        assertThat(created.owner().name()).isEqualTo("U-rep");
        assertThat(created.revenue().expected()).isEqualByComparingTo("720000");
        assertThat(created.revenue().currency()).isEqualTo("THB");
        assertThat(created.progress().nextStage().kind()).isEqualTo(StageKind.WON);
        assertThat(deals.show(admin, "#1").name())
                .as("Thai and emoji round-trip")
                .isEqualTo(created.name());
    }

    @Test
    void createsASingleOpenDealInABatch() {
        // One open deal is a batch of one row whose closed_at is null: the driver must be told it is null.
        assertThat(deals.createAll(rep, List.of(NewDeal.named("Alone in its batch"))))
                .isEqualTo(1);

        assertThat(deals.show(rep, "Alone in its batch").isClosed()).isFalse();
    }

    @Test
    void numbersDealsPerWorkspace() {
        Actor elsewhere = newWorkspace(Role.ADMIN);

        deals.create(rep, NewDeal.named("First"));
        deals.create(rep, NewDeal.named("Second"));
        DealView firstElsewhere = deals.create(elsewhere, NewDeal.named("Other team"));

        assertThat(deals.show(rep, "OPP-2").name()).isEqualTo("Second");
        assertThat(firstElsewhere.number()).isEqualTo(1);
    }

    @Test
    void findsDealsByUniqueNamePartAndListsCandidatesWhenAmbiguous() {
        deals.create(rep, NewDeal.named("Acme ERP"));
        deals.create(rep, NewDeal.named("Acme CRM"));
        deals.create(rep, NewDeal.named("Globex 100% uptime"));

        assertThat(deals.show(rep, "erp").name()).isEqualTo("Acme ERP");
        assertThat(deals.show(rep, "100%").name()).isEqualTo("Globex 100% uptime");
        assertThatThrownBy(() -> deals.show(rep, "acme"))
                .isInstanceOfSatisfying(
                        AmbiguousReferenceException.class,
                        e -> assertThat(e.candidates())
                                .extracting(DealSummary::name)
                                .containsExactlyInAnyOrder("Acme ERP", "Acme CRM"));
        assertThatThrownBy(() -> deals.show(rep, "initech")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void badInputGetsATypedErrorAndChangesNothing() {
        deals.create(rep, NewDeal.named("Existing"));
        Actor elsewhere = newWorkspace(Role.ADMIN);
        deals.create(elsewhere, NewDeal.named("Secret deal of another team"));

        Map<ThrowingCallable, Class<? extends SalesbotException>> attempts = Map.of(
                () -> deals.create(rep, NewDeal.named("Negative").withAmount(new BigDecimal("-5"))),
                        InvalidInputException.class,
                () -> deals.create(
                                rep,
                                new NewDeal(
                                        "Too sure", null, null, 101, null, null, null, null, null, null, null, null)),
                        InvalidInputException.class,
                () -> deals.create(
                                rep,
                                new NewDeal(
                                        "Nowhere",
                                        null,
                                        null,
                                        null,
                                        null,
                                        "Negotiation",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)),
                        NotFoundException.class,
                () -> deals.create(rep, NewDeal.named("x".repeat(201))), InvalidInputException.class,
                () -> deals.lose(rep, "#1", "", null), InvalidInputException.class,
                () -> deals.edit(rep, "#2", DealEdits.name("Not in this workspace")), NotFoundException.class,
                () -> deals.edit(otherRep, "#1", DealEdits.name("Not mine")), PermissionDeniedException.class,
                () -> deals.edit(rep, "#1", DealEdits.probability(-3)), InvalidInputException.class);

        attempts.forEach((attempt, expected) -> {
            Map<String, Long> before = snapshot();
            assertThatThrownBy(attempt).isInstanceOf(expected);
            assertThat(snapshot()).isEqualTo(before);
        });
        assertThat(deals.show(rep, "#1").name()).isEqualTo("Existing");
    }

    private Map<String, Long> snapshot() {
        return Map.of(
                "deals", count("opportunity", rep),
                "changes", count("opportunity_change", rep),
                "number",
                        jdbc.queryForObject(
                                "SELECT last_deal_number FROM workspace_counter WHERE workspace_id = ?",
                                Long.class,
                                rep.workspaceId()));
    }

    @Test
    void managersChangeAnyDealRepsOnlyTheirOwn() {
        deals.create(rep, NewDeal.named("Rep's deal"));

        assertThatThrownBy(() -> deals.moveStage(otherRep, "#1", "in progress", null, null))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(deals.moveStage(manager, "#1", "in progress", null, null)
                        .progress()
                        .stage()
                        .name())
                .isEqualTo("In progress");
        assertThatThrownBy(() -> deals.create(
                        rep,
                        NewDeal.named("For someone else")
                                .withCloseDate(null)
                                .withAmount(null)
                                .withOwnerOf("U-other")))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void onlyManagersReopenAndTheReopeningIsRecorded() {
        deals.create(rep, NewDeal.named("Lost then found"));
        deals.lose(rep, "#1", "ลูกค้าเลือกคู่แข่ง", null);

        assertThatThrownBy(() -> deals.reopen(rep, "#1", null, null)).isInstanceOf(PermissionDeniedException.class);
        DealView reopened = deals.reopen(manager, "#1", "wait", "budget approved");

        assertThat(reopened.progress().stage().name()).isEqualTo("Wait");
        assertThat(reopened.progress().lostReason()).isNull();
        assertThat(deals.history(rep, "#1").changes())
                .extracting(
                        ChangeView::field, ChangeView::from, ChangeView::to, ChangeView::memberName, ChangeView::note)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                ChangeField.STAGE, "Wait", "Closed Lost", "U-rep", "ลูกค้าเลือกคู่แข่ง"),
                        org.assertj.core.groups.Tuple.tuple(
                                ChangeField.REOPENED, "Closed Lost", "Wait", "U-manager", "budget approved"));
    }

    @Test
    void historyKeepsWhoWhenAndWhichPlatform() {
        deals.create(rep, NewDeal.named("Tracked"));
        Actor onSlack = new Actor(rep.workspaceId(), rep.memberId(), rep.role(), Platform.SLACK);
        clock.advance(java.time.Duration.ofHours(2));

        deals.moveStage(onSlack, "#1", "inprogress", "demo went well", null);

        ChangeView move = deals.history(rep, "#1").changes().stream()
                .filter(change -> change.field() == ChangeField.STAGE)
                .findFirst()
                .orElseThrow();
        assertThat(move.platform()).isEqualTo(Platform.SLACK);
        assertThat(move.at()).isEqualTo(clock.instant());
        assertThat(move.note()).isEqualTo("demo went well");
    }

    @Test
    void lineItemsPriceFromTheCatalogueAndDriveTheAmount() {
        catalog.save(admin, "ERP licence", new BigDecimal("12000"), false);
        deals.create(rep, NewDeal.named("Acme ERP"));

        deals.addLine(
                rep, "#1", new NewLine("erp licence", new BigDecimal("10"), null, new BigDecimal("10"), null, null));
        DealView withTraining = deals.addLine(
                rep,
                "#1",
                new NewLine("On-site training", BigDecimal.ONE, new BigDecimal("15000"), null, true, "2 วัน"));

        assertThat(withTraining.lines())
                .extracting(LineView::product, LineView::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ERP licence", new BigDecimal("108000.00")),
                        org.assertj.core.groups.Tuple.tuple("On-site training", new BigDecimal("15000.00")));
        assertThat(withTraining.revenue().estimated()).isEqualByComparingTo("123000");
        assertThat(deals.removeLine(rep, "#1", 2).revenue().estimated()).isEqualByComparingTo("108000");
        assertThatThrownBy(() -> deals.addLine(rep, "#1", NewLine.of("Mystery box", BigDecimal.ONE, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.line.priceRequired");
    }

    @Test
    void refusesAnEditMadeOnAStaleView() {
        DealView seen = deals.create(rep, NewDeal.named("Contested"));
        deals.edit(manager, "#1", DealEdits.amount(new BigDecimal("5000")));

        assertThatThrownBy(() -> deals.edit(rep, "#1", DealEdits.amount(new BigDecimal("7000"), seen.version())))
                .isInstanceOf(ConflictException.class);
        assertThat(deals.show(rep, "#1").revenue().estimated()).isEqualByComparingTo("5000");
    }

    @Test
    void concurrentChangesQueueAndEveryOneIsInTheHistory() throws Exception {
        deals.create(rep, NewDeal.named("Busy"));

        List<Boolean> outcomes =
                concurrently(12, i -> deals.edit(manager, "#1", DealEdits.amount(BigDecimal.valueOf(1000 + i))));

        assertThat(outcomes).containsOnly(true);
        assertThat(deals.show(rep, "#1").version()).isEqualTo(12);
        assertThat(changesOf("AMOUNT")).isEqualTo(12);
    }

    @Test
    void concurrentChangesFromOneStaleCardLetOnlyTheFirstThrough() throws Exception {
        int seen = deals.create(rep, NewDeal.named("Contested card")).version();

        List<Boolean> outcomes =
                concurrently(12, i -> deals.moveStage(manager, "#1", i % 2 == 0 ? "won" : "in progress", null, seen));

        assertThat(outcomes).filteredOn(ok -> ok).hasSize(1);
        assertThat(changesOf("STAGE")).isEqualTo(1);
    }

    /** Runs {@code attempts} changes at once; true for each that went through, false for each conflict. */
    private List<Boolean> concurrently(int attempts, java.util.function.IntConsumer change) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Boolean>> tasks = java.util.stream.IntStream.range(0, attempts)
                    .<Callable<Boolean>>mapToObj(i -> () -> {
                        try {
                            change.accept(i);
                            return true;
                        } catch (ConflictException lost) {
                            return false;
                        }
                    })
                    .toList();
            List<Boolean> outcomes = new java.util.ArrayList<>();
            for (Future<Boolean> outcome : pool.invokeAll(tasks)) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private long changesOf(String field) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM opportunity_change WHERE workspace_id = ? AND field = ?",
                Long.class,
                rep.workspaceId(),
                field);
    }

    @Test
    void listsWithFiltersNewestActivityFirst() {
        deals.create(rep, NewDeal.named("Old").withCloseDate(LocalDate.of(2026, 12, 5)));
        clock.advance(java.time.Duration.ofMinutes(1));
        deals.create(otherRep, NewDeal.named("Theirs").withCloseDate(LocalDate.of(2026, 12, 20)));
        clock.advance(java.time.Duration.ofMinutes(1));
        deals.create(rep, NewDeal.named("Next year").withCloseDate(LocalDate.of(2027, 2, 1)));
        clock.advance(java.time.Duration.ofMinutes(1));
        deals.moveStage(rep, "Old", "won", null, null);

        assertThat(deals.list(manager, DealFilter.all(), 1, 10).deals())
                .extracting(DealSummary::name)
                .containsExactly("Old", "Next year", "Theirs");
        assertThat(deals.list(manager, DealFilter.all().ownedBy("U-rep").onlyOpen(), 1, 10)
                        .deals())
                .extracting(DealSummary::name)
                .containsExactly("Next year");
        assertThat(deals.list(
                                manager,
                                DealFilter.all().closingBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)),
                                1,
                                10)
                        .deals())
                .extracting(DealSummary::name)
                .containsExactly("Theirs");
        DealPage firstPage = deals.list(manager, DealFilter.all(), 1, 2);
        assertThat(firstPage.pageCount()).isEqualTo(2);
        assertThat(firstPage.total()).isEqualTo(3);
    }

    @Test
    void closedDealsKeepTheirProbability() {
        deals.create(rep, NewDeal.named("Done"));
        deals.win(rep, "#1", null, null);

        assertThatThrownBy(() -> deals.edit(rep, "#1", DealEdits.probability(50)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> deals.moveStage(rep, "#1", "wait", null, null))
                .isInstanceOf(RuleViolationException.class);
    }
}
