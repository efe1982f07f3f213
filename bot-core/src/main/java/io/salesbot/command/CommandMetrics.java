package io.salesbot.command;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.salesbot.reply.BotReply;
import io.salesbot.workspace.Platform;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code salesbot.commands}: how many commands ran and how long they took, by command, platform and
 * outcome (ok, a person's mistake, or our failure). Exported by the app (Prometheus) when present.
 */
@Component
class CommandMetrics {

    private final MeterRegistry registry;

    CommandMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
    }

    void record(String command, Platform platform, BotReply reply, long nanos) {
        Timer.builder("salesbot.commands")
                .description("Commands handled, by command, platform and outcome")
                .tag("command", command)
                .tag("platform", platform.name().toLowerCase(Locale.ROOT))
                .tag("outcome", outcome(reply))
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.ofNanos(nanos));
    }

    private static String outcome(BotReply reply) {
        if (reply instanceof BotReply.Error error) {
            return error.message().key().equals("error.unexpected")
                            || error.message().key().equals("error.database.unavailable")
                    ? "failed"
                    : "refused";
        }
        return "ok";
    }
}
