package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import io.salesbot.reply.MessageBundle;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SlackConfigurationTests {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(SlackConfiguration.class);

    @Test
    void withoutABotTokenThereIsNoSlackAtAll() {
        runner.run(context -> assertThat(context).doesNotHaveBean(App.class).doesNotHaveBean(MessageBundle.class));
        runner.withPropertyValues("salesbot.slack.bot-token=  ")
                .run(context -> assertThat(context).doesNotHaveBean(App.class));
    }

    @Test
    void aBotTokenSwitchesSlackOn() {
        runner.withPropertyValues(
                        "salesbot.slack.bot-token=xoxb-1",
                        "salesbot.slack.signing-secret=s",
                        "salesbot.slack.api-url=http://x")
                .run(context -> {
                    assertThat(context).hasSingleBean(App.class).hasSingleBean(SlackWeb.class);
                    assertThat(context.getBean(MessageBundle.class).basename()).isEqualTo("messages_slack");
                });
    }

    @Test
    void everyWebApiCallIsBoundedByTheCallTimeout() {
        var slackOn = runner.withPropertyValues("salesbot.slack.bot-token=xoxb-1", "salesbot.slack.api-url=http://x");

        slackOn.run(
                context -> assertThat(context.getBean(Slack.class).getConfig().getHttpClientCallTimeoutMillis())
                        .isEqualTo(10_000));
        slackOn.withPropertyValues("salesbot.slack.call-timeout=750ms")
                .run(context -> assertThat(context.getBean(Slack.class)
                                .getHttpClient()
                                .getOkHttpClient()
                                .callTimeoutMillis())
                        .isEqualTo(750));
    }

    @Test
    void settingsNeverPrintSecretsAndBuildTheMethodsPrefix() {
        SlackSettings settings =
                new SlackSettings("xoxb-secret", "sign-secret", "xapp-secret", "http://127.0.0.1:9/", TIMEOUT, null);

        assertThat(settings.toString()).doesNotContain("xoxb-secret", "sign-secret", "xapp-secret");
        assertThat(settings.methodsPrefix()).isEqualTo("http://127.0.0.1:9/api/");
        assertThat(new SlackSettings("t", null, null, "http://h/api", TIMEOUT, null).methodsPrefix())
                .isEqualTo("http://h/api/");
        assertThat(new SlackSettings("t", null, null, " ", TIMEOUT, null).methodsPrefix())
                .isNull();
        assertThat(settings.socketMode()).isTrue();
    }

    @Test
    void recentKeysNoticeARepeat() {
        RecentKeys keys = new RecentKeys(java.time.Duration.ofMinutes(1), java.time.Clock.systemUTC());

        assertThat(keys.first("a")).isTrue();
        assertThat(keys.first("a")).isFalse();
        keys.forget("a");
        assertThat(keys.first("a")).isTrue();
    }
}
