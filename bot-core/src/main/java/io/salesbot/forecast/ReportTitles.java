package io.salesbot.forecast;

import io.salesbot.reply.Code;
import io.salesbot.reply.Message;
import java.util.Locale;

/**
 * Titles that say which filters are in force: the base title (whose numbers) followed by
 * "type: …", "campaign: …" and "by …", so a filtered report never reads as the team's.
 */
final class ReportTitles {

    private ReportTitles() {}

    static Message withFilters(Message base, ReportFilters filters, GroupBy by) {
        Message title = base;
        if (filters.typeCode() != null) {
            title = Message.of(
                    "reply.report.filtered",
                    title,
                    Message.of("reply.filter.type", new Code("type", filters.typeCode())));
        }
        if (filters.campaignName() != null) {
            title = Message.of(
                    "reply.report.filtered", title, Message.of("reply.filter.campaign", filters.campaignName()));
        }
        if (by != null && by != GroupBy.NONE) {
            title = Message.of(
                    "reply.report.filtered",
                    title,
                    Message.of("reply.filter.by." + by.name().toLowerCase(Locale.ROOT)));
        }
        return title;
    }
}
