package io.salesbot.opportunity;

import io.salesbot.campaign.CodeNames;
import io.salesbot.campaign.Codes;
import io.salesbot.common.InvalidInputException;
import io.salesbot.common.Nearest;
import io.salesbot.common.NotFoundException;
import io.salesbot.common.RuleViolationException;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceCreated;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shape of a workspace's pipeline: its stages and deal types. Starts as the source's pipeline
 * (Wait → In progress → Closed Won / Closed Lost); admins add, rename and reorder open stages.
 * Closed stages always come last, so "next stage" never skips past a decision.
 */
@Service
public class PipelineSetupService {

    static final List<String> DEFAULT_TYPES = List.of("new_customer", "existing_customer");

    private final Stages stages;
    private final DealTypes types;
    private final Opportunities opportunities;
    private final Clock clock;
    private final CodeNames names;

    PipelineSetupService(Stages stages, DealTypes types, Opportunities opportunities, Clock clock, CodeNames names) {
        this.names = names;
        this.stages = stages;
        this.types = types;
        this.opportunities = opportunities;
        this.clock = clock;
    }

    @EventListener
    void onWorkspaceCreated(WorkspaceCreated created) {
        long id = created.workspaceId();
        stages.save(new Stage(id, "Wait", "รอดำเนินการ", 1, StageKind.OPEN, 10));
        stages.save(new Stage(id, "In progress", "ระหว่างดำเนินการ", 2, StageKind.OPEN, 50));
        stages.save(new Stage(id, "Closed Won", "ปิดการขายได้", 3, StageKind.WON, 100));
        stages.save(new Stage(id, "Closed Lost", "ปิดการขายไม่ได้", 4, StageKind.LOST, 0));
        DEFAULT_TYPES.forEach(code -> types.save(new DealType(id, code)));
    }

    @Transactional(readOnly = true)
    public List<StageView> stages(Actor actor) {
        return stages.findByWorkspaceIdOrderByPosition(actor.workspaceId()).stream()
                .map(StageView::of)
                .toList();
    }

    /** Adds an open stage after {@code after} (an open stage), or after the last open stage. */
    @Transactional
    public List<StageView> addStage(Actor actor, String name, String thaiName, int probability, String after) {
        actor.require(Role.ADMIN);
        List<Stage> pipeline = new ArrayList<>(stages.findByWorkspaceIdOrderByPosition(actor.workspaceId()));
        requireNewName(pipeline, name, null);
        if (thaiName != null) {
            requireNewName(pipeline, thaiName, null);
        }
        int insertAt = after == null ? lastOpenIndex(pipeline) + 1 : openIndex(pipeline, after) + 1;
        Stage added = new Stage(actor.workspaceId(), name, thaiName, 0, StageKind.OPEN, probability);
        pipeline.add(insertAt, stages.save(added));
        renumber(pipeline);
        return stages(actor);
    }

    @Transactional
    public StageView renameStage(Actor actor, String stage, String newName, String newThaiName) {
        actor.require(Role.ADMIN);
        List<Stage> pipeline = stages.findByWorkspaceIdOrderByPosition(actor.workspaceId());
        Stage target = StageMatcher.match(pipeline, stage);
        requireNewName(pipeline, newName, target);
        if (newThaiName != null) {
            requireNewName(pipeline, newThaiName, target);
        }
        target.rename(newName, newThaiName);
        return StageView.of(target);
    }

    /** Moves an open stage to {@code position} (1 = first) among the open stages. */
    @Transactional
    public List<StageView> moveStage(Actor actor, String stage, int position) {
        actor.require(Role.ADMIN);
        List<Stage> pipeline = new ArrayList<>(stages.findByWorkspaceIdOrderByPosition(actor.workspaceId()));
        Stage target = StageMatcher.match(pipeline, stage);
        if (target.getKind().isClosed()) {
            throw new RuleViolationException("error.stage.closedFixed", StageView.of(target));
        }
        int openCount = lastOpenIndex(pipeline) + 1;
        if (position < 1 || position > openCount) {
            throw new InvalidInputException("position", "error.stage.position", position, openCount);
        }
        pipeline.remove(target);
        pipeline.add(position - 1, target);
        renumber(pipeline);
        return stages(actor);
    }

    /** Changes an open stage's default probability; deals in it without their own probability follow. */
    @Transactional
    public StageView changeDefaultProbability(Actor actor, String stage, int probability) {
        actor.require(Role.ADMIN);
        Stage target = StageMatcher.match(stages.findByWorkspaceIdOrderByPosition(actor.workspaceId()), stage);
        if (target.getKind().isClosed()) {
            throw new RuleViolationException("error.stage.closedFixed", StageView.of(target));
        }
        target.changeDefaultProbability(probability);
        ChangeContext by = ChangeContext.of(actor, clock.instant());
        opportunities.findInStage(actor.workspaceId(), target.getId()).forEach(deal -> deal.followStageDefault(by));
        return StageView.of(target);
    }

    /** Longest a stuck-after limit may be: ten years is "never" in any sales cycle. */
    public static final int MAX_STUCK_DAYS = 3650;

    /**
     * Sets how many days a deal may stay in an open stage before it counts as stuck; {@code 0}
     * removes the limit (the deal is then stale only when nobody touched it for 14 days).
     */
    @Transactional
    public StageView limitStay(Actor actor, String stage, int days) {
        actor.require(Role.ADMIN);
        Stage target = StageMatcher.match(stages.findByWorkspaceIdOrderByPosition(actor.workspaceId()), stage);
        if (target.getKind().isClosed()) {
            throw new RuleViolationException("error.stage.limitClosed", StageView.of(target));
        }
        if (days < 0 || days > MAX_STUCK_DAYS) {
            throw new InvalidInputException("days", "error.stage.limitRange", days, MAX_STUCK_DAYS);
        }
        target.limitStay(days == 0 ? null : days);
        return StageView.of(target);
    }

    /** The stuck-after limit of each stage that has one, by stage id. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> stuckLimits(Actor actor) {
        Map<Long, Integer> limits = new HashMap<>();
        for (Stage stage : stages.findByWorkspaceIdOrderByPosition(actor.workspaceId())) {
            if (stage.getStuckAfterDays() != null) {
                limits.put(stage.getId(), stage.getStuckAfterDays());
            }
        }
        return limits;
    }

    /**
     * Changes an open stage's forecast category; deals in it that have no category of their own
     * follow, each with the change in its history. Closed stages keep theirs (won is Closed, lost
     * is out of the forecast). A null category gives the stage back the default of its probability.
     */
    @Transactional
    public StageView changeForecastCategory(Actor actor, String stage, ForecastCategory category) {
        actor.require(Role.ADMIN);
        Stage target = StageMatcher.match(stages.findByWorkspaceIdOrderByPosition(actor.workspaceId()), stage);
        if (target.getKind().isClosed()) {
            throw new RuleViolationException("error.stage.closedFixed", StageView.of(target));
        }
        if (category == null) {
            category = ForecastCategory.defaultFor(target.getKind(), target.getDefaultProbability());
        }
        if (!ForecastCategory.CHOICES.contains(category)) {
            throw new InvalidInputException("category", "error.category.invalid", String.valueOf(category));
        }
        target.changeForecastCategory(category);
        ChangeContext by = ChangeContext.of(actor, clock.instant());
        opportunities.findInStage(actor.workspaceId(), target.getId()).forEach(deal -> deal.followStageCategory(by));
        return StageView.of(target);
    }

    @Transactional(readOnly = true)
    public List<String> types(Actor actor) {
        return types.findByWorkspaceIdOrderByCode(actor.workspaceId()).stream()
                .map(DealType::getCode)
                .toList();
    }

    @Transactional
    public String addType(Actor actor, String name) {
        actor.require(Role.ADMIN);
        String code = Codes.of("type", name);
        if (types.findByWorkspaceIdAndCode(actor.workspaceId(), code).isPresent()) {
            throw new InvalidInputException("type", "error.type.exists", code);
        }
        return types.save(new DealType(actor.workspaceId(), code)).getCode();
    }

    // ---- used by the opportunity service ---------------------------------------------------

    // In a DealBatch (an import) each of these asks the database once per name, not once per deal.

    Stage stage(long workspaceId, String typed) {
        return stage(workspaceId, typed, DealBatch.none());
    }

    Stage stage(long workspaceId, String typed, DealBatch batch) {
        return batch.remembered("stage", typed, () -> StageMatcher.match(load(workspaceId, batch), typed));
    }

    /** The workspace's stages in order, read once for an operation that needs them more than once. */
    List<Stage> load(long workspaceId) {
        return load(workspaceId, DealBatch.none());
    }

    /** The workspace's stages in order, read once per {@code batch} that remembers its lookups. */
    List<Stage> load(long workspaceId, DealBatch batch) {
        return batch.remembered("stages", workspaceId, () -> stages.findByWorkspaceIdOrderByPosition(workspaceId));
    }

    Stage firstOf(long workspaceId, StageKind kind, DealBatch batch) {
        return batch.remembered("firstOf", kind, () -> firstOf(load(workspaceId, batch), kind));
    }

    static Stage firstOf(List<Stage> pipeline, StageKind kind) {
        return pipeline.stream()
                .filter(stage -> stage.getKind() == kind)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "error.stage.noneOfKind", kind.name().toLowerCase()));
    }

    DealType type(long workspaceId, String typed) {
        return type(workspaceId, typed, DealBatch.none());
    }

    DealType type(long workspaceId, String typed, DealBatch batch) {
        return batch.remembered("type", typed, () -> findType(workspaceId, typed));
    }

    private DealType findType(long workspaceId, String typed) {
        if (typed == null) {
            return types.findByWorkspaceIdAndCode(workspaceId, DEFAULT_TYPES.get(0))
                    .or(() -> types.findByWorkspaceIdOrderByCode(workspaceId).stream()
                            .findFirst())
                    .orElseThrow(() -> new NotFoundException("error.type.unknown", "", ""));
        }
        List<DealType> all = types.findByWorkspaceIdOrderByCode(workspaceId);
        String code = names.find(
                        "type", typed, all.stream().map(DealType::getCode).toList())
                .orElseThrow(() -> new NotFoundException(
                                "error.type.unknown",
                                typed,
                                all.stream().map(DealType::getCode).collect(Collectors.joining(", ")))
                        .withNearest(Nearest.to(
                                typed, all.stream().map(DealType::getCode).toList())));
        return all.stream()
                .filter(type -> type.getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static void requireNewName(List<Stage> pipeline, String name, Stage except) {
        String wanted = StageMatcher.normalise(name);
        boolean taken = pipeline.stream()
                .filter(stage -> stage != except)
                .anyMatch(stage -> StageMatcher.normalise(stage.getName()).equals(wanted)
                        || StageMatcher.normalise(stage.getThaiName()).equals(wanted));
        if (taken) {
            throw new InvalidInputException("name", "error.stage.exists", name);
        }
    }

    private static int lastOpenIndex(List<Stage> pipeline) {
        int last = -1;
        for (int i = 0; i < pipeline.size(); i++) {
            if (pipeline.get(i).getKind() == StageKind.OPEN) {
                last = i;
            }
        }
        return last;
    }

    private static int openIndex(List<Stage> pipeline, String typed) {
        Stage after = StageMatcher.match(pipeline, typed);
        if (after.getKind().isClosed()) {
            throw new RuleViolationException("error.stage.closedFixed", StageView.of(after));
        }
        return pipeline.indexOf(after);
    }

    private static void renumber(List<Stage> pipeline) {
        for (int i = 0; i < pipeline.size(); i++) {
            pipeline.get(i).moveTo(i + 1);
        }
    }
}
