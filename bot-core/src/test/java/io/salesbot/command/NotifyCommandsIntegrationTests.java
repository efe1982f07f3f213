package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.notification.NotificationKind;
import io.salesbot.notification.SubscriptionService;
import io.salesbot.notification.SubscriptionView;
import io.salesbot.reply.BotReply;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotifyCommandsIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    @Autowired
    SubscriptionService subscriptions;

    @Test
    void adminsChooseWhatAChannelHearsAndWhenItsDigestComes() {
        String team = "T-" + UUID.randomUUID();
        Caller admin = new Caller(new Visitor(Platform.SLACK, team, "Team", "U1", "Ann", Role.ADMIN), null, "C-sales");
        Caller rep = new Caller(new Visitor(Platform.SLACK, team, "Team", "U2", "Bob", Role.REP), null, "C-sales");

        assertThat(gateway.handle(admin, "/salesbot notify won,lost min:500k").reply())
                .isInstanceOf(BotReply.Text.class);
        assertThat(gateway.handle(admin, "/salesbot notify #C-deals stage").reply())
                .isInstanceOf(BotReply.Text.class);
        assertThat(gateway.handle(admin, "/salesbot digest weekly fri 16:30").reply())
                .isInstanceOf(BotReply.Text.class);
        BotReply.Error denied =
                (BotReply.Error) gateway.handle(rep, "/salesbot notify new").reply();
        BotReply.Error badEvent =
                (BotReply.Error) gateway.handle(admin, "/salesbot notify wins").reply();
        BotReply.Error badTime = (BotReply.Error)
                gateway.handle(admin, "/salesbot digest weekly fri 25:00").reply();

        assertThat(denied.message().key()).isEqualTo("error.permission.role");
        assertThat(badEvent.message().key()).isEqualTo("error.notify.unknownEvent");
        assertThat(badTime.message().key()).isEqualTo("error.digest.invalid");
        assertThat(subscriptions.list(workspaces.enter(admin.visitor())))
                .extracting(
                        SubscriptionView::channel,
                        SubscriptionView::kinds,
                        SubscriptionView::digestDay,
                        SubscriptionView::digestTime)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "C-deals", java.util.Set.of(NotificationKind.STAGE), null, null),
                        org.assertj.core.groups.Tuple.tuple(
                                "C-sales",
                                java.util.Set.of(NotificationKind.WON, NotificationKind.LOST),
                                DayOfWeek.FRIDAY,
                                LocalTime.of(16, 30)));

        gateway.handle(admin, "/salesbot notify off");
        gateway.handle(admin, "/salesbot digest off");
        BotReply.Table list =
                (BotReply.Table) gateway.handle(admin, "/salesbot notify list").reply();
        assertThat(list.rows()).hasSize(1);
        assertThat(gateway.handle(admin, "/salesbot outbox").reply()).isInstanceOf(BotReply.Table.class);
    }
}
