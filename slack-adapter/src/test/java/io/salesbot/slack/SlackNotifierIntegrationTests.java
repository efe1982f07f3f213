package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.notification.ChatNotifier;
import io.salesbot.notification.DeliveryFailure;
import io.salesbot.notification.DeliveryTarget;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Platform;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SlackNotifierIntegrationTests extends SlackTestBase {

    @Autowired
    SlackHealthIndicator health;

    @Test
    void healthSaysWhetherSlackAcceptsTheToken() {
        var report = health.health();

        assertThat(report.getStatus().getCode()).isEqualTo("UP");
        assertThat(report.getDetails()).containsKey("team");
    }

    static final ReplyLocale THAI = ReplyLocale.of("th", ZoneId.of("Asia/Bangkok"));

    @Autowired
    List<ChatNotifier> notifiers;

    ChatNotifier slackNotifier() {
        return notifiers.stream()
                .filter(n -> n.platform() == Platform.SLACK)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void postsToAChannelInTheReadersLanguage() {
        BotReply reply = new BotReply.Text(Message.of("reply.deal.won", 7), Visibility.CHANNEL);

        slackNotifier().deliver(team, DeliveryTarget.channel(channel), reply, THAI);

        FakeSlack.Call post = SLACK.calls("chat.postMessage", c -> channel.equals(c.param("channel")))
                .get(0);
        assertThat(post.param("blocks")).contains("#7");
        assertThat(post.param("text")).contains("ปิดการขายได้แล้ว").doesNotContain("Deal #7");
        assertThat(post.headers().get("Authorization")).containsExactly("Bearer xoxb-test-token");
    }

    @Test
    void directMessagesGoThroughConversationsOpenOncePerMember() {
        BotReply reply = new BotReply.Text(Message.of("reply.deal.won", 8), Visibility.PRIVATE);

        slackNotifier().deliver(team, DeliveryTarget.member(user), reply, THAI);
        slackNotifier().deliver(team, DeliveryTarget.member(user), reply, THAI);

        // the member's DM channel is opened once and kept (conversations.open allows ~50 a minute)
        assertThat(SLACK.calls("conversations.open", c -> user.equals(c.param("users"))))
                .hasSize(1);
        assertThat(SLACK.calls("chat.postMessage", c -> ("D" + user).equals(c.param("channel"))))
                .hasSize(2);
    }

    @Test
    void aRateLimitBecomesARetryAfter() {
        SLACK.rateLimitNext("chat.postMessage", 7);
        BotReply reply = new BotReply.Text(Message.of("reply.deal.won", 9), Visibility.CHANNEL);

        assertThatThrownBy(() -> slackNotifier().deliver(team, DeliveryTarget.channel(channel), reply, THAI))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                    assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(failure.permanent()).isFalse();
                });
    }

    @Test
    void aSlackOutageIsATemporaryFailure() {
        SLACK.serverErrorNext("chat.postMessage");
        BotReply reply = new BotReply.Text(Message.of("reply.deal.won", 12), Visibility.CHANNEL);

        assertThatThrownBy(() -> slackNotifier().deliver(team, DeliveryTarget.channel(channel), reply, THAI))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                    assertThat(failure.permanent()).isFalse();
                    assertThat(failure.retryAfter()).isNull();
                });
    }

    @Test
    void anUnknownChannelIsAPermanentFailure() {
        SLACK.failNext("chat.postMessage", "channel_not_found");
        BotReply reply = new BotReply.Text(Message.of("reply.deal.won", 10), Visibility.CHANNEL);

        assertThatThrownBy(() -> slackNotifier().deliver(team, DeliveryTarget.channel(channel), reply, THAI))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class,
                        failure -> assertThat(failure.permanent()).isTrue());
    }

    @Test
    void chartsAreUploadedWithTheThreeStepFlow() {
        BotReply.Chart chart = new BotReply.Chart(
                Message.of("reply.pipeline.title.team"),
                io.salesbot.chart.ChartKind.values()[0],
                List.of("Wait", "Won"),
                List.of(new BotReply.Chart.Series(
                        Message.of("reply.pipeline.title.team"), List.of(new BigDecimal("1200000"), BigDecimal.TEN))),
                "THB",
                Visibility.CHANNEL);

        slackNotifier().deliver(team, DeliveryTarget.channel(channel), chart, THAI);

        assertThat(SLACK.calls("files.getUploadURLExternal")).isNotEmpty();
        FakeSlack.Call upload = SLACK.calls("upload").get(SLACK.calls("upload").size() - 1);
        assertThat(upload.raw()).hasSizeGreaterThan(1000);
        assertThat(SLACK.calls("files.completeUploadExternal", c -> channel.equals(c.param("channel_id"))))
                .hasSize(1);
    }

    @Test
    void tokensNeverReachTheLog(CapturedOutput output) {
        SLACK.rateLimitNext("chat.postMessage", 3);
        SLACK.failNext("chat.postMessage", "invalid_auth");
        BotReply reply = new BotReply.Text(Message.of("reply.deal.won", 11), Visibility.CHANNEL);
        command("/opp", "new Logged Deal amount:1000");

        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                slackNotifier().deliver(team, DeliveryTarget.channel(channel), reply, THAI);
            } catch (DeliveryFailure expected) {
                org.slf4j.LoggerFactory.getLogger(getClass()).warn("delivery failed: {}", expected.getMessage());
            }
        }

        assertThat(output.getAll()).contains("delivery failed").doesNotContain("xoxb-test-token", SECRET);
    }
}
