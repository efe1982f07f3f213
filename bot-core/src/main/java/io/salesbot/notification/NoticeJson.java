package io.salesbot.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one codec of {@link Notice}s: JSON with the record components as fields, absent facts left
 * out, non-ASCII text (Thai) as itself, so {@code JSON_VALUE(payload, '$.name')} reads it in SQL.
 * The record to read is chosen by the notification's kind, kept in its own column.
 */
public final class NoticeJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
            // The fields in the records' order, amounts never in exponent notation: for people reading SQL.
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            // An instance of an older version must still read what a newer one wrote during a rollout.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private NoticeJson() {}

    public static String write(Notice notice) {
        return JSON.writeValueAsString(notice);
    }

    public static Notice read(NotificationKind kind, String json) {
        return JSON.readValue(json, type(kind));
    }

    private static Class<? extends Notice> type(NotificationKind kind) {
        return switch (kind) {
            case NEW -> Notice.DealCreated.class;
            case STAGE -> Notice.StageChanged.class;
            case WON -> Notice.DealWon.class;
            case LOST -> Notice.DealLost.class;
            case DIGEST -> Notice.Digest.class;
            case REMINDER -> Notice.Reminder.class;
            case CALL -> Notice.ForecastCall.class;
            case TASK -> Notice.TaskDue.class;
            case MYDAY -> Notice.MyDay.class;
            case STALE -> Notice.StaleDeal.class;
        };
    }
}
