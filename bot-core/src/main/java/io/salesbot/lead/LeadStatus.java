package io.salesbot.lead;

import io.salesbot.common.Worded;
import java.util.Locale;

/** Where a lead stands. Converted and dropped leads are final. */
public enum LeadStatus implements Worded {
    OPEN,
    CONVERTED,
    DROPPED;

    @Override
    public String messageKey() {
        return "lead.status." + name().toLowerCase(Locale.ROOT);
    }
}
