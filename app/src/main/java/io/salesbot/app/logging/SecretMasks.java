package io.salesbot.app.logging;

import java.util.regex.Pattern;

/**
 * Masks what looks like a Slack token ({@code xoxb-…}, {@code xapp-…}) or a value named as a
 * token, secret or authorization header, before it is written to a log: {@code xoxb-****},
 * {@code secret: ****}. One rule for both log formats, the one-line text ({@code %mask(...)}) and
 * structured JSON ({@link MaskedJsonLogs}).
 */
public final class SecretMasks {

    private static final Pattern SLACK_TOKEN = Pattern.compile("(xox[abprse]-|xapp-)[A-Za-z0-9-]+");
    private static final Pattern NAMED_SECRET =
            Pattern.compile("(?i)((?:token|secret|authorization)[\\s\":=]+(?:Bot |Bearer )?)[A-Za-z0-9._-]{8,}");

    private SecretMasks() {}

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = SLACK_TOKEN.matcher(text).replaceAll("$1****");
        return NAMED_SECRET.matcher(masked).replaceAll("$1****");
    }
}
