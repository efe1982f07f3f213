package io.salesbot.slack;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;

/** Opens the shared test set-up to tests that sit in the handlers' package. */
public abstract class SlackHandlersTestAccess extends SlackTestBase {

    protected HttpResponse<String> command(String command, String text) {
        return super.command(command, text);
    }

    protected HttpResponse<String> commandAs(String command, String text, String trigger) {
        return super.commandAs(user, command, text, trigger);
    }

    protected String team() {
        return team;
    }

    protected String channel() {
        return channel;
    }

    protected JsonObject awaitResponse(String trigger) {
        return SLACK.await("respond", c -> c.path().endsWith("/" + trigger), 1)
                .get(0)
                .json();
    }

    protected void awaitUploadTo(String channelId) {
        SLACK.await("files.completeUploadExternal", c -> channelId.equals(c.param("channel_id")), 1);
    }
}
