package io.salesbot.slack.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code salesbot.slack.http.*}: limits of the HTTP endpoint. {@code maxBody} is the largest body
 * read from anyone (default 1 MB): Slack's own payloads stay far below it (a modal submission with
 * every field filled is a few KB), and anything larger is answered 413 before it is read.
 *
 * <p>A body larger than {@code largeBody} (default 64 KB, more than any of Slack's) is read only
 * with a pass from {@link LargeBodies}: at most {@code largeBodyReads} of them at once (default 2),
 * and at most {@code largeBodyRate} of their bytes per second (default 8 MB, a few ms of hashing).
 * Past that budget such a request is answered 503 before its body is read, so a flood of large
 * bodies with fresh-looking headers costs us headers, not megabytes; smaller bodies never ask.
 *
 * @param maxBody The largest request body read at POST /slack/events (SLACK_MAX_BODY); a larger one
 *     is answered 413 before it is read. Between 16KB and 64MB.
 * @param largeBody A body larger than this (SLACK_LARGE_BODY; Slack's own are a few KB) is read only
 *     within the large-body budget below.
 * @param largeBodyReads How many large bodies may be read at once (SLACK_LARGE_BODY_READS); past it,
 *     a 503 before reading.
 * @param largeBodyRate How many bytes of large bodies may be read per second (SLACK_LARGE_BODY_RATE);
 *     past it, a 503 before reading.
 */
@ConfigurationProperties("salesbot.slack.http")
record SlackHttpSettings(
        @DefaultValue("1MB") DataSize maxBody,
        @DefaultValue("64KB") DataSize largeBody,
        @DefaultValue("2") int largeBodyReads,
        @DefaultValue("8MB") DataSize largeBodyRate) {

    // A cap must hold a real request, and must stay an array size.
    private static final DataSize SMALLEST = DataSize.ofKilobytes(16);
    private static final DataSize LARGEST = DataSize.ofMegabytes(64);

    SlackHttpSettings {
        if (maxBody == null) {
            maxBody = DataSize.ofMegabytes(1);
        }
        if (largeBody == null) {
            largeBody = DataSize.ofKilobytes(64);
        }
        if (largeBodyRate == null) {
            largeBodyRate = DataSize.ofMegabytes(8);
        }
        if (maxBody.compareTo(SMALLEST) < 0 || maxBody.compareTo(LARGEST) > 0) {
            throw new IllegalArgumentException(
                    "salesbot.slack.http.max-body must be between 16KB and 64MB, not " + maxBody);
        }
        // Below 16 KB even a slash command with a long text would need a pass.
        if (largeBody.compareTo(SMALLEST) < 0) {
            throw new IllegalArgumentException(
                    "salesbot.slack.http.large-body must be at least 16KB, not " + largeBody);
        }
        if (largeBodyReads < 1 || largeBodyRate.toBytes() < 1) {
            throw new IllegalArgumentException(
                    "salesbot.slack.http.large-body-reads and large-body-rate must admit something");
        }
    }
}
