package io.salesbot.slack.notify;

import com.slack.api.model.File;
import com.slack.api.model.Message;
import io.salesbot.notification.Delivery;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a notification's posts carry its {@link Delivery#key()}, so that a retry can recognise them:
 * the message in its metadata (which people do not see), each chart in its file name (files take
 * no metadata). An untracked delivery is posted unmarked, as before.
 */
final class NotificationMarks {

    static final String EVENT_TYPE = "salesbot_notification";

    private NotificationMarks() {}

    /** The metadata to post the message with, or null when there is nothing to find it by later. */
    static Message.Metadata metadata(Delivery delivery) {
        return delivery.tracked() ? new Message.Metadata(EVENT_TYPE, Map.of("id", delivery.key())) : null;
    }

    /** The file name of the delivery's chart number {@code index} (from 0). */
    static String chartFile(Delivery delivery, int index) {
        return delivery.tracked() ? delivery.key() + "-chart-" + (index + 1) + ".png" : "chart.png";
    }

    static boolean isMessageOf(Message message, Delivery delivery) {
        Message.Metadata metadata = message.getMetadata();
        return metadata != null
                && EVENT_TYPE.equals(metadata.getEventType())
                && metadata.getEventPayload() != null
                && delivery.key().equals(metadata.getEventPayload().get("id"));
    }

    /** The names of the delivery's charts that this message shared. */
    static List<String> chartsOf(Message message, Delivery delivery) {
        List<File> files = message.getFiles();
        if (files == null) {
            return List.of();
        }
        // The dash keeps salesbot-1's charts apart from salesbot-12's.
        String prefix = delivery.key() + "-chart-";
        return files.stream()
                .map(File::getName)
                .filter(Objects::nonNull)
                .filter(name -> name.startsWith(prefix))
                .toList();
    }
}
