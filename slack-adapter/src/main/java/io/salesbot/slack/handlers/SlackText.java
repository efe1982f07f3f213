package io.salesbot.slack.handlers;

import java.util.regex.Pattern;

/**
 * Slash command text as the core's language expects it. Slack (with escaping on, as the manifest
 * asks) sends a mention as {@code <@U123|ann>}; the core finds members by user id, so the mention
 * becomes {@code U123}. Channel mentions stay as they are (the core reads {@code <#C123|sales>}), and
 * Slack's HTML escapes of &, < and > are undone last, so typed text arrives as typed.
 */
final class SlackText {

    private static final Pattern USER = Pattern.compile("<@([UW][A-Z0-9]+)(\\|[^>]*)?>");

    private SlackText() {}

    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String mentions = USER.matcher(text).replaceAll("$1");
        return mentions.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
