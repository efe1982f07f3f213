package io.salesbot.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesbot.slack.*}: the bot token (Slack is on when it is set), the signing secret for
 * HTTP mode, the app-level token that switches on Socket Mode, and the Web API base URL (Slack's
 * when blank; tests and proxies point it elsewhere).
 */
@ConfigurationProperties("salesbot.slack")
public record SlackSettings(String botToken, String signingSecret, String appToken, String apiUrl) {

    public boolean httpMode() {
        return has(signingSecret);
    }

    public boolean socketMode() {
        return has(appToken);
    }

    /** The Web API methods prefix Bolt wants, with its trailing slash; null means Slack's own. */
    public String methodsPrefix() {
        if (!has(apiUrl)) {
            return null;
        }
        String base = apiUrl.strip().replaceAll("/+$", "");
        return base.endsWith("/api") ? base + "/" : base + "/api/";
    }

    /** Never prints the secrets: records would, and settings end up in logs and error pages. */
    @Override
    public String toString() {
        return "SlackSettings[botToken=" + mask(botToken) + ", signingSecret=" + mask(signingSecret) + ", appToken="
                + mask(appToken) + ", apiUrl=" + apiUrl + "]";
    }

    static boolean has(String value) {
        return value != null && !value.isBlank();
    }

    private static String mask(String secret) {
        return has(secret) ? "***" : "<unset>";
    }
}
