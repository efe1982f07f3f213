package io.salesbot.slack.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SlowAnswerIntegrationTests extends io.salesbot.slack.SlackHandlersTestAccess {

    @Autowired
    SlashCommands commands;

    @Autowired
    io.salesbot.slack.SlackSettings settings;

    @Test
    void aSlowAnswerIsAckedAtOnceAndFollowsByResponseUrlWithItsChart() {
        command("/opp", "new Big Deal amount:3m close:2026-12-20");
        commands.ackBudget(Duration.ZERO);
        try {
            String trigger = "trig-slow-" + team();
            HttpResponse<String> ack = commandAs("/pipeline", "", trigger);

            assertThat(ack.statusCode()).isEqualTo(200);
            assertThat(ack.body()).isEmpty();
            JsonObject late = awaitResponse(trigger);
            assertThat(late.get("response_type").getAsString()).isEqualTo("in_channel");
            assertThat(late.getAsJsonArray("blocks").toString()).contains("Team pipeline", "3,000,000");
            awaitUploadTo(channel());
        } finally {
            commands.ackBudget(settings.ackBudget());
        }
    }
}
