package io.salesbot.opportunity;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.MoneyRules;
import io.salesbot.common.NotFoundException;
import io.salesbot.common.Probability;
import io.salesbot.common.RuleViolationException;
import io.salesbot.common.TextRules;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One chance to sell, from first contact to the customer's decision. Every state change goes
 * through a method here that checks the rule and appends to the history, so no caller can change
 * a deal without leaving a trace.
 */
@Entity
public class Opportunity {

    static final int MAX_NAME = 200;
    static final int MAX_REASON = 500;
    static final int MAX_NEXT_STEP = 500;

    /**
     * The most product lines one deal holds. A hundred covers the longest real quotes (most have
     * under thirty) while every line still fits the deal's one query, its CSV export cell, and a
     * card that chat platforms can show with at most a short "more lines" note.
     */
    public static final int MAX_LINES = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private int number;
    private String name;
    private String customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deal_type_id")
    private DealType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id")
    private Stage stage;

    // Copied from the stage so forecasts can filter open/won/lost from one index without a join.
    @Enumerated(EnumType.STRING)
    @Column(name = "stage_kind")
    private StageKind stageKind;

    private int probability;

    @Column(name = "probability_explicit")
    private boolean probabilityExplicit;

    // Its own when categoryExplicit, else its stage's; stored so the forecast's roll-up needs no join.
    @Enumerated(EnumType.STRING)
    @Column(name = "forecast_category")
    private ForecastCategory forecastCategory;

    @Column(name = "category_explicit")
    private boolean categoryExplicit;

    @Column(name = "estimated_revenue")
    private BigDecimal estimatedRevenue;

    @Column(name = "amount_explicit")
    private boolean amountExplicit;

    @Column(name = "expected_close_date")
    private LocalDate expectedCloseDate;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "lead_id")
    private Long leadId;

    @Column(name = "lead_source_id")
    private Long leadSourceId;

    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "lost_reason")
    private String lostReason;

    /** How many times the close date was pushed later while the deal was open (slippage). */
    @Column(name = "slip_count")
    private int slipCount;

    private String description;

    @Column(name = "next_step")
    private String nextStep;

    @Column(name = "next_step_due")
    private LocalDate nextStepDue;

    // Stale alerts wait until this day (V14); the reason is what the manager is told instead.
    @Column(name = "snoozed_until")
    private LocalDate snoozedUntil;

    @Column(name = "snooze_reason")
    private String snoozeReason;

    @Version
    private int version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    // When the deal entered the stage it is in: "stuck" is measured from here (V11).
    @Column(name = "stage_entered_at")
    private Instant stageEnteredAt;

    @OneToMany(mappedBy = "opportunity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<OpportunityLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "opportunity", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt, id")
    private List<OpportunityChange> history = new ArrayList<>();

    // The instant of the latest change recorded on this object and the note given with it, for the
    // change's announcement. Read back from the history instead, every change would load every
    // entry the deal ever had (appending to the history does not load it).
    @Transient
    private Instant latestChangeAt;

    @Transient
    private String latestNote;

    protected Opportunity() {}

    Opportunity(
            long workspaceId,
            int number,
            DealDetails details,
            DealType type,
            Stage stage,
            long ownerId,
            LocalDate today,
            ChangeContext by) {
        this.workspaceId = workspaceId;
        this.number = number;
        this.name = TextRules.required("name", details.name(), MAX_NAME);
        this.customer = TextRules.optional("customer", details.customer(), MAX_NAME);
        this.description = TextRules.optional("description", details.description(), 10_000);
        this.type = type;
        this.ownerId = ownerId;
        this.campaignId = details.campaignId();
        this.leadId = details.leadId();
        this.leadSourceId = details.leadSourceId();
        this.expectedCloseDate = details.closeDate();
        this.amountExplicit = details.amount() != null;
        this.estimatedRevenue =
                amountExplicit ? MoneyRules.amount("amount", details.amount()) : BigDecimal.ZERO.setScale(2);
        this.probabilityExplicit =
                details.probability() != null && !stage.getKind().isClosed();
        this.probability =
                probabilityExplicit ? Probability.check("prob", details.probability()) : stage.probabilityOnEntry();
        this.createdAt = by.at();
        this.updatedAt = by.at();
        // A deal entered as already closed (say, from an import) keeps the close date it was given.
        // Checked as lose() checks it: trimmed, at most MAX_REASON (the column's size).
        String reason = TextRules.optional("reason", details.lostReason(), MAX_REASON);
        enter(stage, reason, details.closeDate() != null ? details.closeDate() : today, by);
        record(ChangeField.CREATED, null, stage.getName(), by, null);
    }

    // ---- stage -----------------------------------------------------------------------------

    /** Moves an open deal to another stage; a lost stage needs a reason (see {@link #lose}). */
    void moveTo(Stage target, String note, LocalDate today, ChangeContext by) {
        if (stageKind.isClosed()) {
            throw new RuleViolationException("error.deal.closed", number, StageView.of(stage));
        }
        if (sameEntity(target.getId(), stage.getId(), target, stage)) {
            throw new RuleViolationException("error.stage.same", number, StageView.of(stage));
        }
        if (target.getKind() == StageKind.LOST) {
            lose(target, note, today, by);
            return;
        }
        String from = stage.getName();
        int probabilityBefore = probability;
        ForecastCategory categoryBefore = forecastCategory;
        LocalDate closeBefore = expectedCloseDate;
        enter(target, null, today, by);
        record(ChangeField.STAGE, from, target.getName(), by, note);
        recordConsequences(probabilityBefore, categoryBefore, closeBefore, by, closeDateField(target));
    }

    /** Closes the deal lost. Why it was lost is required: it is what the team learns from. */
    void lose(Stage lostStage, String reason, LocalDate today, ChangeContext by) {
        if (lostStage.getKind() != StageKind.LOST) {
            throw new IllegalArgumentException("not a lost stage: " + lostStage.getName());
        }
        if (stageKind.isClosed()) {
            throw new RuleViolationException("error.deal.closed", number, StageView.of(stage));
        }
        String why = TextRules.optional("reason", reason, MAX_REASON);
        if (why == null) {
            throw new InvalidInputException("reason", "error.lost.reasonRequired", number);
        }
        String from = stage.getName();
        int probabilityBefore = probability;
        ForecastCategory categoryBefore = forecastCategory;
        LocalDate closeBefore = expectedCloseDate;
        enter(lostStage, why, today, by);
        record(ChangeField.STAGE, from, lostStage.getName(), by, why);
        recordConsequences(probabilityBefore, categoryBefore, closeBefore, by, ChangeField.CLOSED_ON);
    }

    /**
     * Brings a closed deal back into an open stage (a manager's act, checked by the service). Closing
     * made the close date the day it closed; reopening gives the deal back the date it had while
     * open, unless {@code closeDate} names a new one. A deal that never had one while open (it was
     * entered closed) cannot guess it: the reopening asks for it.
     */
    void reopen(Stage openStage, LocalDate closeDate, String note, ChangeContext by) {
        if (!stageKind.isClosed()) {
            throw new RuleViolationException("error.deal.notClosed", number);
        }
        if (openStage.getKind() != StageKind.OPEN) {
            throw new RuleViolationException("error.reopen.needsOpenStage", StageView.of(openStage));
        }
        Optional<LocalDate> whileOpen = closeDate != null ? Optional.of(closeDate) : closeDateWhileOpen();
        if (whileOpen == null) {
            throw new InvalidInputException("close", "error.reopen.closeDateNeeded", number);
        }
        LocalDate expected = whileOpen.orElse(null);
        String from = stage.getName();
        int probabilityBefore = probability;
        ForecastCategory categoryBefore = forecastCategory;
        LocalDate closeBefore = expectedCloseDate;
        this.probabilityExplicit = false;
        this.categoryExplicit = false;
        this.forecastCategory = openStage.categoryOnEntry();
        this.lostReason = null;
        this.closedAt = null;
        this.stage = openStage;
        this.stageKind = StageKind.OPEN;
        this.stageEnteredAt = by.at();
        this.probability = openStage.probabilityOnEntry();
        this.expectedCloseDate = expected;
        record(ChangeField.REOPENED, from, openStage.getName(), by, note);
        recordConsequences(probabilityBefore, categoryBefore, closeBefore, by, ChangeField.CLOSE_DATE);
    }

    /**
     * The close date the deal had before it was last closed, read back from its history: the date
     * that {@link ChangeField#CLOSED_ON} replaced (or, in history written before that entry
     * existed, a close-date change made in the same moment as the closing). A closing that left
     * the date alone means the deal closed on its expected day, which is the date still held. Empty
     * when the deal had no close date while open; null when nobody can tell, because the deal was
     * entered closed.
     */
    @SuppressWarnings("OptionalAssignedToNull") // three answers: a date, none, unknown
    private Optional<LocalDate> closeDateWhileOpen() {
        for (int i = history.size() - 1; i >= 0; i--) {
            OpportunityChange change = history.get(i);
            switch (change.getField()) {
                case CLOSED_ON -> {
                    return Optional.ofNullable(date(change.getFromValue()));
                }
                case STAGE, CREATED -> {
                    for (OpportunityChange same : history.subList(i, history.size())) {
                        if (same.getField() == ChangeField.CLOSE_DATE
                                && same.getChangedAt().equals(change.getChangedAt())) {
                            return Optional.ofNullable(date(same.getFromValue()));
                        }
                    }
                    return change.getField() == ChangeField.STAGE ? Optional.ofNullable(expectedCloseDate) : null;
                }
                default -> {}
            }
        }
        return null;
    }

    private static ChangeField closeDateField(Stage target) {
        return target.getKind().isClosed() ? ChangeField.CLOSED_ON : ChangeField.CLOSE_DATE;
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    private void enter(Stage target, String reason, LocalDate today, ChangeContext by) {
        if (target.getKind() == StageKind.LOST && reason == null) {
            throw new InvalidInputException("reason", "error.lost.reasonRequired", number);
        }
        this.stage = target;
        this.stageKind = target.getKind();
        this.stageEnteredAt = by.at();
        this.lostReason = target.getKind() == StageKind.LOST ? reason : null;
        if (target.getKind().isClosed()) {
            this.probabilityExplicit = false;
            this.probability = target.probabilityOnEntry();
            // A closed deal is Closed (won) or out of the forecast (lost), whatever its owner called it.
            this.categoryExplicit = false;
            this.forecastCategory = target.categoryOnEntry();
            // The close date becomes the day it really closed, so "won this quarter" means what it says.
            this.expectedCloseDate = today;
            this.closedAt = by.at();
            // Nothing is next on a closed deal: its step would show as overdue, and a reopened deal
            // would bring back a stale one.
            clearNextStep(by);
        } else {
            if (!probabilityExplicit) {
                this.probability = target.probabilityOnEntry();
            }
            if (!categoryExplicit) {
                this.forecastCategory = target.categoryOnEntry();
            }
        }
    }

    private void recordConsequences(
            int probabilityBefore,
            ForecastCategory categoryBefore,
            LocalDate closeBefore,
            ChangeContext by,
            ChangeField closeDateField) {
        if (probabilityBefore != probability) {
            record(ChangeField.PROBABILITY, String.valueOf(probabilityBefore), String.valueOf(probability), by, null);
        }
        if (categoryBefore != forecastCategory) {
            record(ChangeField.CATEGORY, name(categoryBefore), name(forecastCategory), by, null);
        }
        if (!Objects.equals(closeBefore, expectedCloseDate)) {
            record(closeDateField, text(closeBefore), text(expectedCloseDate), by, null);
        }
    }

    /** An admin changed the stage's default: deals that follow the stage follow it too. */
    void followStageDefault(ChangeContext by) {
        if (!probabilityExplicit && stageKind == StageKind.OPEN && probability != stage.getDefaultProbability()) {
            int before = probability;
            probability = stage.getDefaultProbability();
            record(ChangeField.PROBABILITY, String.valueOf(before), String.valueOf(probability), by, null);
        }
    }

    // ---- fields ----------------------------------------------------------------------------

    void rename(String newName, ChangeContext by) {
        String checked = TextRules.required("name", newName, MAX_NAME);
        if (!checked.equals(name)) {
            record(ChangeField.NAME, name, checked, by, null);
            name = checked;
        }
    }

    void changeCustomer(String newCustomer, ChangeContext by) {
        String checked = TextRules.optional("customer", newCustomer, MAX_NAME);
        if (!Objects.equals(checked, customer)) {
            record(ChangeField.CUSTOMER, customer, checked, by, null);
            customer = checked;
        }
    }

    void changeDescription(String newDescription, ChangeContext by) {
        String checked = TextRules.optional("description", newDescription, 10_000);
        if (!Objects.equals(checked, description)) {
            record(ChangeField.DESCRIPTION, description, checked, by, null);
            description = checked;
        }
    }

    void changeType(DealType newType, ChangeContext by) {
        if (!sameEntity(newType.getId(), type.getId(), newType, type)) {
            record(ChangeField.TYPE, type.getCode(), newType.getCode(), by, null);
            type = newType;
        }
    }

    /** Sets the amount; {@code null} goes back to the sum of the line items. */
    void changeAmount(BigDecimal newAmount, ChangeContext by) {
        BigDecimal before = estimatedRevenue;
        amountExplicit = newAmount != null;
        estimatedRevenue = amountExplicit ? MoneyRules.amount("amount", newAmount) : linesTotal();
        if (before.compareTo(estimatedRevenue) != 0) {
            record(ChangeField.AMOUNT, before.toPlainString(), estimatedRevenue.toPlainString(), by, null);
        }
    }

    /** An admin changed the stage's category: deals that follow the stage follow it too. */
    void followStageCategory(ChangeContext by) {
        ForecastCategory stages = stage.categoryOnEntry();
        if (!categoryExplicit && stageKind == StageKind.OPEN && forecastCategory != stages) {
            ForecastCategory before = forecastCategory;
            forecastCategory = stages;
            record(ChangeField.CATEGORY, name(before), name(forecastCategory), by, null);
        }
    }

    /**
     * Puts an open deal in a forecast category of the owner's choosing; {@code null} goes back to
     * following the stage's. A closed deal's category is its outcome (Closed, or none when lost).
     */
    void changeCategory(ForecastCategory category, ChangeContext by) {
        if (stageKind.isClosed()) {
            throw new RuleViolationException("error.deal.closedCategory", number, StageView.of(stage));
        }
        if (category == ForecastCategory.CLOSED) {
            throw new InvalidInputException("category", "error.category.closedIsWon", number);
        }
        ForecastCategory before = forecastCategory;
        categoryExplicit = category != null;
        forecastCategory = categoryExplicit ? category : stage.categoryOnEntry();
        if (before != forecastCategory) {
            record(ChangeField.CATEGORY, name(before), name(forecastCategory), by, null);
        } else {
            // Only whether it follows the stage changed (say, commit set on a Commit stage): still the
            // owner's decision, so the deal shows it and the stage's changes no longer move it.
            updatedAt = by.at();
        }
    }

    private static String name(ForecastCategory category) {
        return category == null ? null : category.name();
    }

    /** Overrides the probability; {@code null} goes back to the stage's default. Closed deals keep 100 or 0. */
    void changeProbability(Integer percent, ChangeContext by) {
        if (stageKind.isClosed()) {
            throw new RuleViolationException("error.deal.closedProbability", number, StageView.of(stage));
        }
        int before = probability;
        probabilityExplicit = percent != null;
        probability = probabilityExplicit ? Probability.check("prob", percent) : stage.getDefaultProbability();
        if (before != probability) {
            record(ChangeField.PROBABILITY, String.valueOf(before), String.valueOf(probability), by, null);
        }
    }

    void changeCloseDate(LocalDate newDate, ChangeContext by) {
        if (!Objects.equals(newDate, expectedCloseDate)) {
            if (stageKind == StageKind.OPEN
                    && expectedCloseDate != null
                    && newDate != null
                    && newDate.isAfter(expectedCloseDate)) {
                slipCount++;
            }
            record(ChangeField.CLOSE_DATE, text(expectedCloseDate), text(newDate), by, null);
            expectedCloseDate = newDate;
        }
    }

    void changeOwner(long newOwnerId, String fromName, String toName, ChangeContext by) {
        if (newOwnerId != ownerId) {
            // The names are for people; the ids say who, whatever the names become.
            history.add(new OpportunityChange(this, ChangeField.OWNER, fromName, toName, by, null)
                    .withRefs(ownerId, newOwnerId));
            updatedAt = by.at();
            ownerId = newOwnerId;
        }
    }

    void changeCampaign(Long newCampaignId, String fromName, String toName, ChangeContext by) {
        if (!Objects.equals(newCampaignId, campaignId)) {
            record(ChangeField.CAMPAIGN, fromName, toName, by, null);
            campaignId = newCampaignId;
        }
    }

    void changeLeadSource(Long newSourceId, String fromCode, String toCode, ChangeContext by) {
        if (!Objects.equals(newSourceId, leadSourceId)) {
            record(ChangeField.LEAD_SOURCE, fromCode, toCode, by, null);
            leadSourceId = newSourceId;
        }
    }

    /**
     * Sets what is to be done next and by which day (null: no day); blank text clears the next
     * step. Only an open deal has a next step: a closed one has nothing left to do. Both parts are
     * recorded in the history when they change.
     */
    void planNextStep(String text, LocalDate due, ChangeContext by) {
        if (stageKind.isClosed()) {
            throw new RuleViolationException("error.nextStep.closed", number, StageView.of(stage));
        }
        setNextStep(text, due, by);
    }

    /**
     * Holds the deal's stale alerts until {@code until}, saying why. Not activity on the deal: a
     * snooze does not make an idle deal fresh, it only says the owner knows.
     */
    void snoozeAlerts(LocalDate until, String reason, LocalDate today, ChangeContext by) {
        if (stageKind.isClosed()) {
            throw new RuleViolationException("error.snooze.closed", number, StageView.of(stage));
        }
        if (!until.isAfter(today)) {
            throw new InvalidInputException("when", "error.snooze.past", until);
        }
        String why = TextRules.required("reason", reason, MAX_NEXT_STEP);
        history.add(new OpportunityChange(this, ChangeField.SNOOZED, text(snoozedUntil), text(until), by, why));
        snoozedUntil = until;
        snoozeReason = why;
    }

    private void clearNextStep(ChangeContext by) {
        setNextStep(null, null, by);
    }

    private void setNextStep(String text, LocalDate due, ChangeContext by) {
        String checked = TextRules.optional("text", text, MAX_NEXT_STEP);
        LocalDate checkedDue = checked == null ? null : due;
        if (!Objects.equals(checked, nextStep)) {
            record(ChangeField.NEXT_STEP, nextStep, checked, by, null);
            nextStep = checked;
        }
        if (!Objects.equals(checkedDue, nextStepDue)) {
            record(ChangeField.NEXT_STEP_DUE, text(nextStepDue), text(checkedDue), by, null);
            nextStepDue = checkedDue;
        }
    }

    // ---- line items ------------------------------------------------------------------------

    OpportunityLine addLine(LineItem item, ChangeContext by) {
        if (lines.size() >= MAX_LINES) {
            throw new RuleViolationException("error.line.tooMany", number, MAX_LINES);
        }
        int next = lines.stream().mapToInt(OpportunityLine::getLineNumber).max().orElse(0) + 1;
        OpportunityLine line = new OpportunityLine(this, next, item);
        lines.add(line);
        record(ChangeField.LINE_ADDED, null, lineLabel(line), by, item.description());
        followLines(by);
        return line;
    }

    void removeLine(int lineNumber, ChangeContext by) {
        OpportunityLine line = lines.stream()
                .filter(l -> l.getLineNumber() == lineNumber)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.line.unknown", lineNumber, number));
        lines.remove(line);
        record(ChangeField.LINE_REMOVED, lineLabel(line), null, by, null);
        followLines(by);
    }

    private void followLines(ChangeContext by) {
        if (!amountExplicit) {
            BigDecimal before = estimatedRevenue;
            estimatedRevenue = linesTotal();
            if (before.compareTo(estimatedRevenue) != 0) {
                record(ChangeField.AMOUNT, before.toPlainString(), estimatedRevenue.toPlainString(), by, null);
            }
        }
    }

    private BigDecimal linesTotal() {
        BigDecimal total = lines.stream().map(OpportunityLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return MoneyRules.amount("amount", total);
    }

    private static String lineLabel(OpportunityLine line) {
        LineItem item = line.item();
        return "%d. %s × %s @ %s"
                .formatted(
                        line.getLineNumber(),
                        item.productName(),
                        item.quantity().stripTrailingZeros().toPlainString(),
                        item.unitPrice().toPlainString());
    }

    // ---- history ---------------------------------------------------------------------------

    private void record(ChangeField field, String from, String to, ChangeContext by, String note) {
        history.add(new OpportunityChange(this, field, from, to, by, note));
        updatedAt = by.at();
        if (!by.at().equals(latestChangeAt)) {
            latestChangeAt = by.at();
            latestNote = null;
        }
        if (note != null) {
            latestNote = note;
        }
    }

    /**
     * The note given with the latest change made through this object: one command may record
     * several entries at the same instant (a stage move, then the probability and close date it
     * brings), and the note sits on one of them. Null when none was given, or no change was made.
     */
    String noteOfLatestChange() {
        return latestNote;
    }

    // Stages and types are compared by id once saved, by identity before (as in unit tests).
    private static boolean sameEntity(Long id, Long otherId, Object entity, Object other) {
        return entity == other || (id != null && id.equals(otherId));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    // ---- reading ---------------------------------------------------------------------------

    /** Estimated revenue × probability: derived, never typed. */
    public BigDecimal expectedRevenue() {
        return MoneyRules.percentOf(estimatedRevenue, BigDecimal.valueOf(probability));
    }

    public Long getId() {
        return id;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getCustomer() {
        return customer;
    }

    public DealType getType() {
        return type;
    }

    public Stage getStage() {
        return stage;
    }

    public int getProbability() {
        return probability;
    }

    /** The forecast category it counts in: its own, or its stage's. */
    public ForecastCategory getForecastCategory() {
        return forecastCategory == null ? stage.categoryOnEntry() : forecastCategory;
    }

    /** Whether its owner chose the category (else it follows the stage's). */
    public boolean isCategoryExplicit() {
        return categoryExplicit;
    }

    public boolean isProbabilityExplicit() {
        return probabilityExplicit;
    }

    public BigDecimal getEstimatedRevenue() {
        return estimatedRevenue;
    }

    public boolean isAmountExplicit() {
        return amountExplicit;
    }

    public LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getLeadId() {
        return leadId;
    }

    public Long getLeadSourceId() {
        return leadSourceId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getLostReason() {
        return lostReason;
    }

    public int getSlipCount() {
        return slipCount;
    }

    public String getDescription() {
        return description;
    }

    public String getNextStep() {
        return nextStep;
    }

    public LocalDate getNextStepDue() {
        return nextStepDue;
    }

    public LocalDate getSnoozedUntil() {
        return snoozedUntil;
    }

    public String getSnoozeReason() {
        return snoozeReason;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    // For DealRows, which writes a batch of new deals without the entity manager.
    StageKind getStageKind() {
        return stageKind;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    Instant getStageEnteredAt() {
        return stageEnteredAt;
    }

    public List<OpportunityLine> getLines() {
        return List.copyOf(lines);
    }

    public List<OpportunityChange> getHistory() {
        return List.copyOf(history);
    }
}
