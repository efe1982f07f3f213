package io.salesbot.slack;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code salesbot.slack.*}: the bot token (Slack is on when it is set), the signing secret for
 * HTTP mode, the app-level token that switches on Socket Mode, the Web API base URL (Slack's
 * when blank; tests and proxies point it elsewhere) and the longest one Web API call may take.
 *
 * @param botToken Slack bot token, xoxb-... (SLACK_BOT_TOKEN). Slack is off when unset; with neither
 *     this nor a Discord token the console runs.
 * @param signingSecret Verifies that requests to POST /slack/events come from Slack
 *     (SLACK_SIGNING_SECRET): HTTP mode.
 * @param appToken App-level token, xapp-... (SLACK_APP_TOKEN): Socket Mode, no public URL needed.
 * @param apiUrl Slack Web API base URL, for tests or a proxy (SLACK_API_URL). Slack's own when unset.
 * @param callTimeout The longest one Slack Web API call may take, uploads included (SLACK_CALL_TIMEOUT).
 *     A notification then retries, having first looked whether Slack took it.
 * @param ackBudget How long a slash command's answer may take to go back in the ack itself
 *     (SLACK_ACK_BUDGET); a slower one follows by response_url. At most 2.5s: Slack allows 3 s in all.
 */
@ConfigurationProperties("salesbot.slack")
public record SlackSettings(
        String botToken,
        String signingSecret,
        String appToken,
        String apiUrl,
        // Without a bound a Slack that stops answering holds an outbox worker (or a command) forever.
        @DefaultValue("10s") Duration callTimeout,
        // How long a slash command may take to answer in the ack itself; later answers go through
        // the response_url. Slack drops an ack after 3 s, and the network needs its share of that.
        @DefaultValue("2s") Duration ackBudget) {

    private static final Duration LONGEST_ACK_BUDGET = Duration.ofMillis(2500);

    public SlackSettings {
        if (ackBudget != null && (ackBudget.isNegative() || ackBudget.compareTo(LONGEST_ACK_BUDGET) > 0)) {
            throw new IllegalArgumentException("salesbot.slack.ack-budget must be between 0 and 2.5s (Slack allows 3s"
                    + " for the whole round trip), not " + ackBudget);
        }
    }

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
                + mask(appToken) + ", apiUrl=" + apiUrl + ", callTimeout=" + callTimeout + ", ackBudget=" + ackBudget
                + "]";
    }

    static boolean has(String value) {
        return value != null && !value.isBlank();
    }

    private static String mask(String secret) {
        return has(secret) ? "***" : "<unset>";
    }
}
