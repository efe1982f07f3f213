package io.salesbot.slack.notify;

import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import io.salesbot.notification.Delivery;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.SlackCallFailed;
import io.salesbot.slack.SlackWeb;
import io.salesbot.slack.SlackWeb.BotIdentity;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds what an earlier attempt of a delivery already posted. A call that timed out may have
 * reached Slack, so before trying again we read the channel's history since the notification was
 * queued ({@code conversations.history} with all metadata) for our own posts marked with its key.
 * The search is bounded ({@link #MAX_PAGES} pages, newest first): in a channel busier than that
 * since the notification was queued, a post in the unread oldest part would be repeated.
 */
@Component
@ConditionalOnSlack
class EarlierPosts {

    /** What is there already: the message, and the names of the charts shared. */
    record Found(boolean message, Set<String> charts) {

        static final Found NOTHING = new Found(false, Set.of());
    }

    private static final Logger log = LoggerFactory.getLogger(EarlierPosts.class);
    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 5;
    // Our clock and Slack's may disagree; looking a minute further back costs a few messages at most.
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final SlackWeb web;
    private volatile BotIdentity us;

    EarlierPosts(SlackWeb web) {
        this.web = web;
    }

    /**
     * What of this delivery is already in the channel: nothing when it was never tried. A rate
     * limit, an outage or a timeout while looking is thrown (looking again later beats posting
     * twice); a channel we may not read (no history scope, not a member) is reported as nothing
     * found, so the notification still arrives, at the risk of a second copy.
     */
    Found in(String channel, Delivery delivery) {
        if (!delivery.tracked() || !delivery.triedBefore()) {
            return Found.NOTHING;
        }
        try {
            return search(channel, delivery);
        } catch (SlackCallFailed e) {
            if (!SlackFailures.permanent(e)) {
                throw e;
            }
            log.warn(
                    "Cannot look for notification {} in {} ({}): posting again may show it twice",
                    delivery.key(),
                    channel,
                    e.getMessage());
            return Found.NOTHING;
        }
    }

    private Found search(String channel, Delivery delivery) {
        BotIdentity self = self();
        String oldest = String.valueOf(delivery.queuedAt().minus(CLOCK_SKEW).getEpochSecond());
        boolean message = false;
        Set<String> charts = new HashSet<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            ConversationsHistoryResponse history = web.history(channel, oldest, cursor, PAGE_SIZE);
            for (Message posted : history.getMessages() == null ? List.<Message>of() : history.getMessages()) {
                if (postedBy(self, posted)) {
                    message |= NotificationMarks.isMessageOf(posted, delivery);
                    charts.addAll(NotificationMarks.chartsOf(posted, delivery));
                }
            }
            cursor = nextCursor(history);
            if (cursor == null) {
                return new Found(message, Set.copyOf(charts));
            }
        }
        log.warn(
                "Searched {} messages of {} for notification {} without reaching its start",
                PAGE_SIZE * MAX_PAGES,
                channel,
                delivery.key());
        return new Found(message, Set.copyOf(charts));
    }

    // Anyone can post metadata that looks like ours; only the bot's own posts count.
    private static boolean postedBy(BotIdentity self, Message posted) {
        return (self.botId() != null && Objects.equals(self.botId(), posted.getBotId()))
                || (self.userId() != null && Objects.equals(self.userId(), posted.getUser()));
    }

    private static String nextCursor(ConversationsHistoryResponse history) {
        if (!history.isHasMore() || history.getResponseMetadata() == null) {
            return null;
        }
        String next = history.getResponseMetadata().getNextCursor();
        return next == null || next.isBlank() ? null : next;
    }

    private BotIdentity self() {
        BotIdentity known = us;
        if (known == null) {
            known = web.identity();
            us = known;
        }
        return known;
    }
}
