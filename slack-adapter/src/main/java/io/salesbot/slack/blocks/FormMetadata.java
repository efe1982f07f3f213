package io.salesbot.slack.blocks;

import com.google.gson.Gson;
import java.util.Map;

/**
 * What a modal must remember until it is submitted, kept in the view's private_metadata (Slack
 * hands it back; we keep no state): the command, its fixed options, where it was opened, and the
 * response_url of the message to answer — replacing it when the form came from a card's button.
 */
public record FormMetadata(
        String command, Map<String, String> fixed, String channel, String responseUrl, boolean replace) {

    private static final Gson GSON = new Gson();

    public String json() {
        return GSON.toJson(this);
    }

    public static FormMetadata parse(String json) {
        FormMetadata metadata = GSON.fromJson(json, FormMetadata.class);
        return new FormMetadata(
                metadata.command(),
                metadata.fixed() == null ? Map.of() : metadata.fixed(),
                metadata.channel(),
                metadata.responseUrl(),
                metadata.replace());
    }
}
