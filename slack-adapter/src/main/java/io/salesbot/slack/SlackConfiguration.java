package io.salesbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import io.salesbot.reply.MessageBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires Bolt: one {@link App} for the single workspace of the bot token, a Web API client that
 * honours {@code salesbot.slack.api-url}, Slack's own words, and a small pool for work done after
 * the 3-second ack (charts, slow reports, answers sent by response_url).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSlack
@EnableConfigurationProperties(SlackSettings.class)
class SlackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

    @Bean
    MessageBundle slackMessages() {
        return new MessageBundle("messages_slack");
    }

    @Bean(destroyMethod = "close")
    Slack slack(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        if (settings.methodsPrefix() != null) {
            config.setMethodsEndpointUrlPrefix(settings.methodsPrefix());
        }
        // Never echo request or response bodies: they would carry tokens and customer data.
        config.setPrettyResponseLoggingEnabled(false);
        // OkHttp's call timeout bounds the whole call (connect, send, wait, read); its per-read
        // timeout alone would let a Slack that trickles bytes hold the caller for ever.
        config.setHttpClientCallTimeoutMillis(
                Math.toIntExact(settings.callTimeout().toMillis()));
        return Slack.getInstance(config);
    }

    @Bean
    App slackApp(SlackSettings settings, Slack slack) {
        AppConfig config = AppConfig.builder()
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                // Off: the only way a request reaches Bolt over HTTP is SlackEventsController, whose
                // RequestGate has already checked the signature over the raw bytes and the timestamp
                // in both directions (RawSignature, stricter than Bolt's). Checking it again cost
                // 2 % of the app's CPU per command (a new Mac each time); Socket Mode signs nothing.
                .requestVerificationEnabled(false)
                .slack(slack)
                .build();
        // Which ways in are open, never the secrets themselves.
        log.info(
                "Slack on: HTTP mode {}, Socket Mode {}, API {}",
                settings.httpMode() ? "at POST /slack/events" : "off (no signing secret)",
                settings.socketMode() ? "on" : "off",
                settings.methodsPrefix() == null ? "Slack's" : settings.methodsPrefix());
        return new App(config);
    }

    @Bean
    SlackWeb slackWeb(Slack slack, SlackSettings settings) {
        return new SlackWeb(slack, settings.botToken());
    }

    @Bean(destroyMethod = "close")
    SlackWorkers slackWorkers() {
        return new SlackWorkers(8);
    }
}
