package io.salesbot.task;

import io.salesbot.common.NotFoundException;
import io.salesbot.common.PermissionDeniedException;
import io.salesbot.opportunity.DealKey;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.values.Due;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.MemberView;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything people do to tasks, each operation one transaction scoped to the actor's workspace.
 * Anyone may give themselves a task; giving one to someone else takes a manager ({@link
 * Actor#requireMayAssignTo}); a task is done or put off by its owner or a manager.
 *
 * <p>Due moments are read in the zone of whoever sets them: for now the workspace's time zone,
 * which is kept with the task ({@code due_zone}), so a later change of zone, or members with
 * zones of their own, never move a task that is already set.
 */
@Service
public class TaskService {

    private final Tasks tasks;
    private final TaskRows rows;
    private final JdbcTemplate jdbc;
    private final WorkspaceService workspaces;
    private final OpportunityService deals;
    private final Clock clock;

    TaskService(
            Tasks tasks,
            TaskRows rows,
            JdbcTemplate jdbc,
            WorkspaceService workspaces,
            OpportunityService deals,
            Clock clock) {
        this.tasks = tasks;
        this.rows = rows;
        this.jdbc = jdbc;
        this.workspaces = workspaces;
        this.deals = deals;
        this.clock = clock;
    }

    @Transactional
    public TaskView create(Actor actor, NewTask task) {
        long ownerId = task.owner() == null
                ? actor.memberId()
                : workspaces.member(actor, task.owner()).id();
        actor.requireMayAssignTo(ownerId);
        DealKey deal = task.deal() == null ? null : deals.key(actor, task.deal());
        Instant now = clock.instant();
        // Taken in this transaction, so a refused task leaves no gap in the numbers.
        jdbc.update(
                "UPDATE workspace_counter SET last_task_number = last_task_number + 1 WHERE workspace_id = ?",
                actor.workspaceId());
        int number = jdbc.queryForObject(
                "SELECT last_task_number FROM workspace_counter WHERE workspace_id = ?",
                Integer.class,
                actor.workspaceId());
        Task created = new Task(
                actor.workspaceId(),
                number,
                task.text(),
                deal == null ? null : deal.id(),
                ownerId,
                actor.memberId(),
                now);
        created.dueBy(task.due(), zone(actor));
        tasks.saveAndFlush(created);
        return rows.one(actor.workspaceId(), number, now);
    }

    @Transactional(readOnly = true)
    public TaskList list(Actor actor, TaskQuery query) {
        Instant now = clock.instant();
        boolean manager = actor.role().includes(Role.MANAGER);
        return switch (query.scope()) {
            case MINE -> page(actor, actor.memberId(), null, null, query, now, false, null);
            case TODAY -> {
                ZoneId zone = zone(actor);
                Instant tomorrow = LocalDate.now(clock.withZone(zone))
                        .plusDays(1)
                        .atStartOfDay(zone)
                        .toInstant();
                yield page(actor, actor.memberId(), null, tomorrow, query, now, false, null);
            }
            case OVERDUE -> page(actor, manager ? null : actor.memberId(), now, null, query, now, manager, null);
            case ALL -> page(actor, manager ? null : actor.memberId(), null, null, query, now, manager, null);
            case MEMBER -> {
                MemberView member = workspaces.member(actor, query.member());
                if (member.id() != actor.memberId() && !manager) {
                    throw new PermissionDeniedException("error.task.othersTasks");
                }
                yield page(actor, member.id(), null, null, query, now, false, member.displayName());
            }
        };
    }

    private TaskList page(
            Actor actor,
            Long ownerId,
            Instant lateBy,
            Instant dueBefore,
            TaskQuery query,
            Instant now,
            boolean team,
            String memberName) {
        TaskRows.Page page = rows.open(actor.workspaceId(), ownerId, lateBy, dueBefore, query.limit(), now);
        return new TaskList(page.tasks(), page.total(), team, memberName);
    }

    @Transactional
    public TaskView done(Actor actor, String ref) {
        Task task = find(actor, ref);
        actor.requireOwnerOrManager(task.getOwnerId());
        Instant now = clock.instant();
        task.complete(actor.memberId(), now);
        tasks.flush();
        return rows.one(actor.workspaceId(), task.getNumber(), now);
    }

    /**
     * A member's open tasks due before {@code before} (late ones included), at most {@code limit}
     * of them in the order people work them: what their morning "my day" lists.
     */
    @Transactional(readOnly = true)
    public TaskList dueFor(long workspaceId, long memberId, Instant before, int limit) {
        TaskRows.Page page = rows.open(workspaceId, memberId, null, before, limit, clock.instant());
        return new TaskList(page.tasks(), page.total(), false, null);
    }

    /**
     * Whether a task is still open and still due at {@code dueAt}: a reminder held through quiet
     * hours has nothing to say once the task was done or put off meanwhile.
     */
    @Transactional(readOnly = true)
    public boolean stillDue(long workspaceId, int number, Instant dueAt) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM task WHERE workspace_id = ? AND number = ? AND done_at IS NULL"
                        + " AND due_at = ?)",
                Boolean.class,
                workspaceId,
                number,
                java.sql.Timestamp.from(dueAt)));
    }

    /** A task its owner or a manager may change, as it is now. */
    @Transactional(readOnly = true)
    public TaskView changeable(Actor actor, String ref) {
        Task task = find(actor, ref);
        actor.requireOwnerOrManager(task.getOwnerId());
        return rows.one(actor.workspaceId(), task.getNumber(), clock.instant());
    }

    /** Puts a task off to {@code due} (a day alone keeps the task's time of day). */
    @Transactional
    public TaskView snooze(Actor actor, String ref, Due due) {
        Task task = find(actor, ref);
        actor.requireOwnerOrManager(task.getOwnerId());
        task.snooze(due, zone(actor));
        tasks.flush();
        return rows.one(actor.workspaceId(), task.getNumber(), clock.instant());
    }

    /**
     * Open tasks of every workspace that fall due in {@code [from, to)}, earliest first: what a
     * reminder schedule sends. A task without a time falls due at the start of its day in its zone.
     */
    @Transactional(readOnly = true)
    public List<TaskView> dueBetween(Instant from, Instant to) {
        return rows.dueBetween(from, to, clock.instant());
    }

    private Task find(Actor actor, String ref) {
        int number = TaskRef.parse(ref);
        return tasks.findByWorkspaceIdAndNumber(actor.workspaceId(), number)
                .orElseThrow(() -> new NotFoundException("error.task.unknown", TaskRef.label(number)));
    }

    private ZoneId zone(Actor actor) {
        // the clock the member typed the time in (a task's own zone is kept with it)
        return workspaces.enteredSettings(actor).readerZone();
    }
}
