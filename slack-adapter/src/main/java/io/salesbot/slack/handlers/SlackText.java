package io.salesbot.slack.handlers;

import java.util.regex.Pattern;

/**
 * Slash command text as the core's language expects it. Slack (with escaping on, as the manifest
 * asks) sends a mention as {@code <@U123|ann>} and a channel as {@code <#C123|sales>}; the core
 * knows no platform's syntax, only a member {@code @id} and a channel {@code #id}, so they become
 * {@code @U123} and {@code #C123}. Slack's HTML escapes of &, < and > are undone last, so typed text
 * (an escaped {@code &lt;@U1&gt;} included) arrives as typed and is never read as a mention.
 */
final class SlackText {

    private static final Pattern USER = Pattern.compile("<@([UW][A-Z0-9]+)(\\|[^>]*)?>");
    private static final Pattern CHANNEL = Pattern.compile("<#([CG][A-Z0-9]+)(\\|[^>]*)?>");

    private SlackText() {}

    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String mentions = CHANNEL.matcher(USER.matcher(text).replaceAll("@$1")).replaceAll("#$1");
        return mentions.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
