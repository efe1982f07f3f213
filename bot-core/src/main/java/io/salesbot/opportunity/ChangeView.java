package io.salesbot.opportunity;

import io.salesbot.workspace.Platform;
import java.time.Instant;

/** One history entry as shown to people: what changed, from what to what, by whom, where and when. */
public record ChangeView(
        ChangeField field, String from, String to, String memberName, Platform platform, Instant at, String note) {}
