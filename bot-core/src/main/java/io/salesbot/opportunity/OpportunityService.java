package io.salesbot.opportunity;

import io.salesbot.common.ConflictException;
import io.salesbot.common.SalesbotException;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceService;
import io.salesbot.workspace.Workspaces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Everything people do to deals. Each operation is one transaction, scoped to the actor's
 * workspace and checked against the actor's role: reps change their own deals, managers and
 * admins any deal of the workspace, and only managers reopen a closed deal.
 */
@Service
public class OpportunityService {

    private final Opportunities opportunities;
    private final Workspaces workspaceCounters;
    private final WorkspaceService workspaces;
    private final PipelineSetupService pipeline;
    private final DealFinder finder;
    private final DealViews views;
    private final DealReferences references;
    private final DealEditor editor;
    private final DealAnnouncer announcer;
    private final LineItems lineItems;
    private final DealNumbers dealNumbers;
    private final DealRows dealRows;
    private final DealActivities activities;
    private final Clock clock;

    OpportunityService(
            Opportunities opportunities,
            Workspaces workspaceCounters,
            WorkspaceService workspaces,
            PipelineSetupService pipeline,
            DealFinder finder,
            DealViews views,
            DealReferences references,
            DealEditor editor,
            DealAnnouncer announcer,
            LineItems lineItems,
            DealNumbers dealNumbers,
            DealRows dealRows,
            DealActivities activities,
            Clock clock) {
        this.opportunities = opportunities;
        this.workspaceCounters = workspaceCounters;
        this.workspaces = workspaces;
        this.pipeline = pipeline;
        this.finder = finder;
        this.views = views;
        this.references = references;
        this.editor = editor;
        this.announcer = announcer;
        this.lineItems = lineItems;
        this.dealNumbers = dealNumbers;
        this.dealRows = dealRows;
        this.activities = activities;
        this.clock = clock;
    }

    @Transactional
    public DealView create(Actor actor, NewDeal deal) {
        return createAndAnnounce(actor, deal, null);
    }

    /** Creates the deal a lead turned into; the lead service has already checked the lead. */
    @Transactional
    public DealView createFromLead(Actor actor, NewDeal deal, long leadId) {
        return createAndAnnounce(actor, deal, leadId);
    }

    /** Opens one deal and announces it, its card taking the pipeline that opening it read. */
    private DealView createAndAnnounce(Actor actor, NewDeal deal, Long leadId) {
        DealBatch lookups = DealBatch.oneDeal();
        Opportunity opened = open(actor, deal, leadId, lookups);
        return announcer.announce(
                actor, DealChanged.Kind.NEW, null, opened, null, pipeline.load(actor.workspaceId(), lookups));
    }

    /**
     * Opens one deal by the rules of {@code /opp new}: saved at once with the workspace's next
     * number, or, in a {@link DealBatch}, numbered from its block and kept there for writing with
     * the others, its lookups remembered by the batch.
     */
    private Opportunity open(Actor actor, NewDeal deal, Long leadId, DealBatch batch) {
        long ownerId = deal.owner() == null
                ? actor.memberId()
                : references.member(actor, deal.owner(), batch).id();
        actor.requireMayAssignTo(ownerId);
        Stage stage = deal.stage() == null
                ? pipeline.firstOf(actor.workspaceId(), StageKind.OPEN, batch)
                : pipeline.stage(actor.workspaceId(), deal.stage(), batch);
        DealType type = pipeline.type(actor.workspaceId(), deal.type(), batch);
        DealDetails details = new DealDetails(
                deal.name(),
                deal.customer(),
                deal.amount(),
                deal.probability(),
                deal.closeDate(),
                references.campaignId(actor, deal.campaign(), batch),
                leadId,
                references.sourceId(actor, deal.source(), batch),
                deal.lostReason(),
                deal.description());
        if (batch.isBatch()) {
            // One of many (checkAll, createAll): numbered from the batch's block, written with the others.
            return batch.add(new Opportunity(
                    actor.workspaceId(),
                    batch.nextNumber(),
                    details,
                    type,
                    stage,
                    ownerId,
                    today(actor, batch),
                    ChangeContext.of(actor, clock().instant())));
        }
        // The number is taken in this transaction: if the deal is refused below, the counter rolls
        // back with it, so refused deals leave no gaps.
        workspaceCounters.incrementDealNumber(actor.workspaceId());
        int number = workspaceCounters.lastDealNumber(actor.workspaceId());
        ChangeContext by = ChangeContext.of(actor, clock().instant());
        return opportunities.saveAndFlush(
                new Opportunity(actor.workspaceId(), number, details, type, stage, ownerId, today(actor), by));
    }

    /**
     * Checks deals against the rules of {@link #create}, as this actor would create them, in order
     * and writing nothing: for each, why it would be refused, or null when it would be created.
     * Stages, types, campaigns, sources and members are looked up once per name, not per deal.
     */
    @Transactional(readOnly = true)
    public List<SalesbotException> checkAll(Actor actor, List<NewDeal> deals) {
        List<SalesbotException> refusals = new ArrayList<>(deals.size());
        DealBatch batch = DealBatch.numberedFrom(workspaceCounters.lastDealNumber(actor.workspaceId()) + 1);
        for (NewDeal deal : deals) {
            try {
                open(actor, deal, null, batch);
                refusals.add(null);
            } catch (SalesbotException refused) {
                refusals.add(refused);
            }
        }
        // A refused lookup marks the transaction rollback-only; nothing was written, so roll back quietly.
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return refusals;
    }

    /**
     * Creates deals as {@link #create} would, all of them or, when one is refused, none; channels
     * are not told deal by deal (see {@link BulkChanges}). Their numbers are reserved as one block
     * in a short transaction of its own, so the workspace's counter row is locked for a moment, not
     * for the whole write, and given back if this transaction rolls back and nobody took a number
     * since. Returns how many deals were created. Not for use inside a transaction that has
     * already taken a deal number: the reservation would wait for that transaction's lock.
     */
    @Transactional
    public int createAll(Actor actor, List<NewDeal> deals) {
        if (deals.isEmpty()) {
            return 0;
        }
        DealNumbers.Block numbers = dealNumbers.reserve(actor.workspaceId(), deals.size());
        DealBatch batch = DealBatch.numberedFrom(numbers.first());
        deals.forEach(deal -> open(actor, deal, null, batch));
        dealRows.insert(batch.deals());
        return batch.deals().size();
    }

    @Transactional(readOnly = true)
    public DealView show(Actor actor, String ref) {
        return views.view(actor, finder.findToView(actor, ref));
    }

    @Transactional
    public DealView edit(Actor actor, String ref, DealEdit edit) {
        return change(actor, ref, edit.expectedVersion(), null, (deal, by) -> editor.apply(actor, deal, edit, by));
    }

    @Transactional
    public DealView moveStage(Actor actor, String ref, String stage, String note, Integer expectedVersion) {
        List<Stage> stages = pipeline.load(actor.workspaceId());
        Stage target = StageMatcher.match(stages, stage);
        return change(actor, ref, expectedVersion, stages, (deal, by) -> deal.moveTo(target, note, today(actor), by));
    }

    /**
     * Moves a deal to the stage that {@code stageAndNote} begins with ({@code in progress demo went
     * well}); the words after the stage's name are the note. The pipeline is read once, for both.
     */
    @Transactional
    public DealView moveStageWithNote(Actor actor, String ref, String stageAndNote, Integer expectedVersion) {
        List<Stage> stages = pipeline.load(actor.workspaceId());
        DealFinder.Leading deal = finder.leading(actor, ref, stageAndNote, true);
        StageAndNote typed = StageAndNote.split(deal.text(), stages);
        Stage target = StageMatcher.match(stages, typed.stage());
        return change(
                actor,
                deal.ref(),
                expectedVersion,
                stages,
                (opportunity, by) -> opportunity.moveTo(target, typed.note(), today(actor), by));
    }

    @Transactional
    public DealView win(Actor actor, String ref, String note, Integer expectedVersion) {
        List<Stage> stages = pipeline.load(actor.workspaceId());
        Stage won = PipelineSetupService.firstOf(stages, StageKind.WON);
        DealFinder.Leading named = finder.leading(actor, ref, note, false);
        return change(
                actor,
                named.ref(),
                expectedVersion,
                stages,
                (deal, by) -> deal.moveTo(won, named.text(), today(actor), by));
    }

    @Transactional
    public DealView lose(Actor actor, String ref, String reason, Integer expectedVersion) {
        List<Stage> stages = pipeline.load(actor.workspaceId());
        Stage lost = PipelineSetupService.firstOf(stages, StageKind.LOST);
        DealFinder.Leading named = finder.leading(actor, ref, reason, true);
        return change(
                actor,
                named.ref(),
                expectedVersion,
                stages,
                (deal, by) -> deal.lose(lost, named.text(), today(actor), by));
    }

    /** Brings a closed deal back to {@code stage} (default: the last open stage), with the close date it had. */
    @Transactional
    public DealView reopen(Actor actor, String ref, String stage, String note) {
        return reopen(actor, ref, stage, null, note);
    }

    /**
     * Brings a closed deal back to {@code stage} (default: the last open stage), expected to close on
     * {@code closeDate}, or when null on the date it had before it closed. Managers only.
     */
    @Transactional
    public DealView reopen(Actor actor, String ref, String stage, LocalDate closeDate, String note) {
        actor.require(Role.MANAGER);
        List<Stage> stages = pipeline.load(actor.workspaceId());
        Stage target = stage == null ? lastOpenStage(stages) : StageMatcher.match(stages, stage);
        return change(actor, ref, null, stages, (deal, by) -> deal.reopen(target, closeDate, note, by));
    }

    @Transactional
    public DealView addLine(Actor actor, String ref, NewLine line) {
        LineItem item = lineItems.from(actor, line);
        return change(actor, ref, null, null, (deal, by) -> deal.addLine(item, by));
    }

    @Transactional
    public DealView removeLine(Actor actor, String ref, int lineNumber) {
        return change(actor, ref, null, null, (deal, by) -> deal.removeLine(lineNumber, by));
    }

    /**
     * Plans what is to be done next on an open deal ({@code /opp next}): {@code refAndText} is the
     * deal's reference followed by the words of the next step, read apart as {@link
     * #moveStageWithNote} reads a stage and its note. Null or blank text clears it.
     */
    @Transactional
    public DealView planNextStep(Actor actor, String ref, String text, LocalDate due) {
        DealFinder.Leading named = finder.leading(actor, ref, text, true);
        return change(actor, named.ref(), null, null, (deal, by) -> deal.planNextStep(named.text(), due, by));
    }

    /** Holds a deal's stale alerts until {@code until} (a day after today, the workspace's), saying why. */
    @Transactional
    public DealView snoozeAlerts(Actor actor, String ref, LocalDate until, String reason) {
        LocalDate today =
                LocalDate.now(clock().withZone(workspaces.enteredSettings(actor).zone()));
        return change(actor, ref, null, null, (deal, by) -> deal.snoozeAlerts(until, reason, today, by));
    }

    /** A page (from 1) of deals matching the filter, most recently active first. */
    @Transactional(readOnly = true)
    public DealPage list(Actor actor, DealFilter filter, int page, int pageSize) {
        DealSearch search = new DealSearch(
                actor.workspaceId(),
                filter.owner() == null
                        ? null
                        : references.member(actor, filter.owner()).id(),
                filter.stage() == null
                        ? null
                        : pipeline.stage(actor.workspaceId(), filter.stage()).getId(),
                filter.type() == null
                        ? null
                        : pipeline.type(actor.workspaceId(), filter.type()).getId(),
                references.campaignId(actor, filter.campaign()),
                filter.closingFrom(),
                filter.closingTo(),
                filter.openOnly());
        Page<Opportunity> found = opportunities.findAll(
                search.toSpecification(),
                PageRequest.of(Math.max(page, 1) - 1, pageSize, Sort.by(Sort.Direction.DESC, "updatedAt")));
        return new DealPage(
                views.summaries(actor, found.getContent()),
                found.getNumber() + 1,
                Math.max(found.getTotalPages(), 1),
                found.getTotalElements());
    }

    /** The deal a person named, for a record that points at it (a task, an activity). */
    @Transactional(readOnly = true)
    public DealKey key(Actor actor, String ref) {
        Opportunity deal = finder.find(actor, ref);
        return new DealKey(deal.getId(), deal.getNumber(), deal.getName(), deal.getOwnerId());
    }

    /** The number of a deal of the actor's workspace, given its id (for records that point at a deal). */
    @Transactional(readOnly = true)
    public Integer numberOf(Actor actor, long opportunityId) {
        return opportunities
                .findById(opportunityId)
                .filter(deal -> deal.getWorkspaceId() == actor.workspaceId())
                .map(Opportunity::getNumber)
                .orElse(null);
    }

    /** The deal's changes and, apart, its activities (both oldest first). */
    @Transactional(readOnly = true)
    public DealHistory history(Actor actor, String ref) {
        Opportunity deal = finder.find(actor, ref);
        return views.history(
                actor,
                deal,
                pipeline.load(actor.workspaceId()),
                activities.findByWorkspaceIdAndOpportunityIdOrderByHappenedAtAscIdAsc(
                        actor.workspaceId(), deal.getId()));
    }

    /**
     * Records something that happened with a deal ({@code /opp note}, a chat message logged to it):
     * by its owner or a manager, as for any change to the deal. {@code sourceAuthor} and {@code
     * sourceLink} say who wrote a logged message and where it is (null for a note typed here).
     */
    @Transactional
    public ActivityView addActivity(
            Actor actor, String ref, String text, ActivityKind kind, String sourceAuthor, String sourceLink) {
        DealFinder.Leading named = finder.leading(actor, ref, text, true);
        Opportunity deal = finder.find(actor, named.ref());
        actor.requireOwnerOrManager(deal.getOwnerId());
        DealActivity activity = activities.save(new DealActivity(
                deal, kind, named.text(), sourceAuthor, sourceLink, ChangeContext.of(actor, clock.instant())));
        return activity.view(deal, views.memberName(actor, actor.memberId()));
    }

    /**
     * Loads, checks the role and the version the person saw, changes, and flushes so a conflict
     * shows here. {@code stages} is the pipeline when the caller has read it already (null: read it
     * when the view needs it).
     */
    private DealView change(Actor actor, String ref, Integer expectedVersion, List<Stage> stages, DealChange change) {
        Opportunity deal = finder.findForChange(actor, ref);
        actor.requireOwnerOrManager(deal.getOwnerId());
        if (expectedVersion != null && expectedVersion != deal.getVersion()) {
            throw new ConflictException("error.deal.conflict", deal.getNumber());
        }
        Stage before = deal.getStage();
        change.apply(deal, ChangeContext.of(actor, clock().instant()));
        try {
            // The deal is managed: flushing writes it (and its new history) with the version check.
            // Calling save would merge, which copies the new history entries instead of persisting them.
            opportunities.flush();
            if (deal.getStage() != before) {
                DealChanged.Kind kind = switch (deal.getStage().getKind()) {
                    case WON -> DealChanged.Kind.WON;
                    case LOST -> DealChanged.Kind.LOST;
                    case OPEN -> DealChanged.Kind.STAGE;
                };
                return announcer.announce(actor, kind, before, deal, deal.noteOfLatestChange(), stages);
            }
            return views.view(actor, deal, stages);
        } catch (ObjectOptimisticLockingFailureException | PessimisticLockingFailureException lostRace) {
            throw new ConflictException("error.deal.conflict", deal.getNumber());
        }
    }

    @FunctionalInterface
    private interface DealChange {
        void apply(Opportunity deal, ChangeContext by);
    }

    private static Stage lastOpenStage(List<Stage> stages) {
        return stages.stream()
                .filter(stage -> stage.getKind() == StageKind.OPEN)
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private LocalDate today(Actor actor) {
        return today(actor, DealBatch.none());
    }

    private LocalDate today(Actor actor, DealBatch batch) {
        ZoneId zone = batch.remembered(
                "zone",
                actor.workspaceId(),
                () -> workspaces.enteredSettings(actor).zone());
        return LocalDate.now(clock().withZone(zone));
    }

    // The demo makes its changes as if in the past (Backdated); everyone else, now.
    private Clock clock() {
        return Backdated.clock(clock);
    }
}
