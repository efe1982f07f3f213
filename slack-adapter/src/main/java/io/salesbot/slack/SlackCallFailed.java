package io.salesbot.slack;

import java.io.InterruptedIOException;

/**
 * A Web API call that did not work: the HTTP status (0 when no answer came), Slack's error code
 * ({@code channel_not_found}) and the seconds Slack asked us to wait on a 429. A call that timed out
 * may still have done its work at Slack: only the caller can find out.
 */
public class SlackCallFailed extends RuntimeException {

    private final int status;
    private final String error;
    private final Long retryAfterSeconds;

    public SlackCallFailed(String method, int status, String error, Long retryAfterSeconds, Throwable cause) {
        // The message names the method and outcome only: request bodies may carry tokens.
        super(method + " failed: " + outcome(status, error, cause), cause);
        this.status = status;
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    private static String outcome(int status, String error, Throwable cause) {
        if (error != null) {
            return error;
        }
        if (status != 0) {
            return "HTTP " + status;
        }
        return timeout(cause) ? "timed out" : "unreachable";
    }

    // OkHttp reports its call timeout as InterruptedIOException and a read timeout as its subclass.
    private static boolean timeout(Throwable cause) {
        return cause instanceof InterruptedIOException;
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

    /** No answer in time: the request may or may not have reached Slack. */
    public boolean timedOut() {
        return status == 0 && timeout(getCause());
    }
}
