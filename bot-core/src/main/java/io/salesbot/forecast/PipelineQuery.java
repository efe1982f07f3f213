package io.salesbot.forecast;

/**
 * Whose pipeline: {@code owner} (platform user id or name; null = the whole team), optionally one
 * deal type and one campaign.
 */
public record PipelineQuery(String owner, String type, String campaign) {

    public static PipelineQuery team() {
        return new PipelineQuery(null, null, null);
    }

    public static PipelineQuery of(String owner) {
        return new PipelineQuery(owner, null, null);
    }
}
