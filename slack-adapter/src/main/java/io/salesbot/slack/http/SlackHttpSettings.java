package io.salesbot.slack.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code salesbot.slack.http.*}: limits of the HTTP endpoint. {@code maxBody} is the largest body
 * read from anyone (default 1 MB): Slack's own payloads stay far below it (a modal submission with
 * every field filled is a few KB), and anything larger is answered 413 before it is read.
 */
@ConfigurationProperties("salesbot.slack.http")
record SlackHttpSettings(@DefaultValue("1MB") DataSize maxBody) {

    // A cap must hold a real request, and must stay an array size.
    private static final DataSize SMALLEST = DataSize.ofKilobytes(16);
    private static final DataSize LARGEST = DataSize.ofMegabytes(64);

    SlackHttpSettings {
        if (maxBody == null) {
            maxBody = DataSize.ofMegabytes(1);
        }
        if (maxBody.compareTo(SMALLEST) < 0 || maxBody.compareTo(LARGEST) > 0) {
            throw new IllegalArgumentException(
                    "salesbot.slack.http.max-body must be between 16KB and 64MB, not " + maxBody);
        }
    }
}
