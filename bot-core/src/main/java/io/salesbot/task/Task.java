package io.salesbot.task;

import io.salesbot.common.RuleViolationException;
import io.salesbot.common.TextRules;
import io.salesbot.values.Due;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Something a member is to do. Its due moment is kept as people gave it (a day, perhaps a time,
 * and the zone they were read in) and as the two instants every question asks about: when it
 * falls due and when it is late (see V12__next_steps_tasks_activities.sql).
 */
@Entity
class Task {

    static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private int number;
    private String text;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "due_time")
    private LocalTime dueTime;

    @Column(name = "due_zone")
    private String dueZone;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    private int snoozed;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private Long doneBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private int version;

    protected Task() {}

    Task(long workspaceId, int number, String text, Long opportunityId, long ownerId, long createdBy, Instant at) {
        this.workspaceId = workspaceId;
        this.number = number;
        this.text = TextRules.required("text", text, MAX_TEXT);
        this.opportunityId = opportunityId;
        this.ownerId = ownerId;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    /** Sets when it is due, read in {@code zone}; null: no due moment. */
    void dueBy(Due due, ZoneId zone) {
        if (due == null) {
            dueOn = null;
            dueTime = null;
            dueZone = null;
            dueAt = null;
            overdueAt = null;
            return;
        }
        dueOn = due.day();
        dueTime = due.time();
        dueZone = zone.getId();
        dueAt = due.startsAt(zone).toInstant();
        overdueAt = due.lateAt(zone).toInstant();
    }

    /**
     * Puts it off to {@code due}; a day without a time keeps the time of day the task had, so a
     * task due at 14:00 snoozed for a day is due at 14:00 the next day.
     */
    void snooze(Due due, ZoneId zone) {
        requireOpen();
        Due kept = !due.hasTime() && dueTime != null ? new Due(due.day(), dueTime) : due;
        dueBy(kept, zone);
        snoozed++;
    }

    void complete(long memberId, Instant at) {
        requireOpen();
        doneAt = at;
        doneBy = memberId;
    }

    private void requireOpen() {
        if (doneAt != null) {
            throw new RuleViolationException("error.task.done", TaskRef.label(number));
        }
    }

    Due due() {
        return dueOn == null ? null : new Due(dueOn, dueTime);
    }

    long getOwnerId() {
        return ownerId;
    }

    int getNumber() {
        return number;
    }

    Instant getOverdueAt() {
        return overdueAt;
    }
}
