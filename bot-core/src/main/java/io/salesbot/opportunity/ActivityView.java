package io.salesbot.opportunity;

import io.salesbot.workspace.Platform;
import java.time.Instant;

/**
 * An activity as shown to people: the deal it is about, what kind, what was said, who recorded it, where and when; for a
 * logged chat message also who wrote it ({@code sourceAuthor}) and a link back ({@code sourceLink}).
 */
public record ActivityView(
        int dealNumber,
        String dealName,
        ActivityKind kind,
        String text,
        String memberName,
        Platform platform,
        Instant at,
        String sourceAuthor,
        String sourceLink) {}
