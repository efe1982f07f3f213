package io.salesbot.command.report;

import io.salesbot.forecast.PipelineRow;
import io.salesbot.reply.Message;

/** A pipeline row's stage, shown by its Thai name to Thai readers. */
final class StageName {

    private StageName() {}

    static Message of(PipelineRow row) {
        return Message.of("stage.name", row.stage(), row.thaiStage() == null ? row.stage() : row.thaiStage());
    }
}
