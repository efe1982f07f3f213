package io.salesbot.task;

import io.salesbot.values.Due;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A task as it leaves the service. {@code due} is the day (and time, if one was given) as read in
 * {@code dueZone}; {@code dueAt} is when it falls due and {@code overdueAt} when it is late (both
 * null when it has no due day). {@code overdue} says whether it was late when read.
 */
public record TaskView(
        long workspaceId,
        int number,
        String text,
        Integer dealNumber,
        String dealName,
        long ownerId,
        String ownerName,
        String ownerUserId,
        Due due,
        ZoneId dueZone,
        Instant dueAt,
        Instant overdueAt,
        boolean overdue,
        Instant doneAt) {

    /** {@code T-12}. */
    public String label() {
        return TaskRef.label(number);
    }

    public boolean isDone() {
        return doneAt != null;
    }

    /**
     * The due moment as a reply shows it: the instant when a time was given (each reader sees it
     * in their own zone), the day when not; null without a due day.
     */
    public Object dueShown() {
        if (due == null) {
            return null;
        }
        return due.hasTime() ? dueAt : due.day();
    }
}
