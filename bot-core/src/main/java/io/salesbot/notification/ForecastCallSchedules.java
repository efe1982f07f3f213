package io.salesbot.notification;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.NotFoundException;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceService;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a workspace holds its weekly forecast call ({@code /salesbot forecast-call}): one per
 * workspace, on a day and time of the workspace's time zone, in one channel. Reps who have not
 * called for the current quarter get a direct message {@link #NUDGE_BEFORE} before; at the time,
 * the roll-up goes to the channel ({@link NotificationSchedules}).
 */
@Service
public class ForecastCallSchedules {

    /** How long before the call the reps who have not called are nudged. */
    public static final Duration NUDGE_BEFORE = Duration.ofHours(3);

    private final JdbcTemplate jdbc;
    private final WorkspaceService workspaces;
    private final Clock clock;

    ForecastCallSchedules(JdbcTemplate jdbc, WorkspaceService workspaces, Clock clock) {
        this.jdbc = jdbc;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** Holds the call every {@code day} at {@code time} (workspace time) in {@code channel}. */
    @Transactional
    public void schedule(Actor actor, String channel, DayOfWeek day, LocalTime time) {
        actor.require(Role.MANAGER);
        if (channel == null || channel.isBlank()) {
            throw new InvalidInputException("channel", "error.notify.noChannel");
        }
        ZonedDateTime now =
                clock.instant().atZone(workspaces.enteredSettings(actor).zone());
        // The first nudge and roll-up come at the next occurrence, not at once for one already past.
        LocalDate lastCall = Occurrences.latestWeekly(day, time, now);
        LocalDate lastNudge = Occurrences.latestWeekly(day, time, now.plus(NUDGE_BEFORE));
        jdbc.update(
                """
                INSERT INTO forecast_call_schedule
                    (workspace_id, channel_id, call_day, call_time, last_nudge_on, last_rollup_on, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE channel_id = VALUE(channel_id), call_day = VALUE(call_day),
                    call_time = VALUE(call_time), last_nudge_on = VALUE(last_nudge_on),
                    last_rollup_on = VALUE(last_rollup_on), updated_at = VALUE(updated_at)""",
                actor.workspaceId(),
                channel,
                day.name(),
                Time.valueOf(time),
                Date.valueOf(lastNudge),
                Date.valueOf(lastCall),
                Timestamp.from(clock.instant()));
    }

    /** No more weekly call. */
    @Transactional
    public void stop(Actor actor) {
        actor.require(Role.MANAGER);
        if (jdbc.update("DELETE FROM forecast_call_schedule WHERE workspace_id = ?", actor.workspaceId()) == 0) {
            throw new NotFoundException("error.forecastCall.none");
        }
    }
}
