package io.salesbot.slack;

/**
 * A Web API call that did not work: the HTTP status (0 when Slack was not reached), Slack's error
 * code ({@code channel_not_found}) and the seconds Slack asked us to wait on a 429.
 */
public class SlackCallFailed extends RuntimeException {

    private final int status;
    private final String error;
    private final Long retryAfterSeconds;

    public SlackCallFailed(String method, int status, String error, Long retryAfterSeconds, Throwable cause) {
        // The message names the method and outcome only: request bodies may carry tokens.
        super(method + " failed: " + (error != null ? error : status == 0 ? "unreachable" : "HTTP " + status), cause);
        this.status = status;
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public boolean rateLimited() {
        return status == 429 || "ratelimited".equals(error);
    }
}
