package io.salesbot.forecast;

import io.salesbot.opportunity.StageKind;
import java.math.BigDecimal;

/**
 * One stage of the pipeline: how many deals, their estimated value and their expected (weighted)
 * value. For won and lost stages only deals closed in the current quarter count.
 */
public record PipelineRow(
        String stage, String thaiStage, StageKind kind, long deals, BigDecimal estimated, BigDecimal expected) {

    public String displayName(String language) {
        return "th".equals(language) && thaiStage != null ? thaiStage : stage;
    }
}
