package io.salesbot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of reply reaches its own method of a visitor: a renderer cannot miss one. */
class BotReplyVisitorTests {

    static final List<BotReply> ONE_OF_EACH = List.of(
            new BotReply.Text(Message.of("t"), Visibility.PRIVATE),
            BotReply.Error.of(Message.of("e")),
            new BotReply.DealCard(Message.of("h"), null, List.of(), Visibility.PRIVATE),
            new BotReply.DealClosed(
                    true,
                    Message.of("w"),
                    new Mention("U1", "Ann"),
                    true,
                    List.of(),
                    new CardAction(CardAction.Kind.OPEN, Message.of("o"), "/opp show #1"),
                    Visibility.CHANNEL),
            new BotReply.DealList(Message.of("l"), List.of(), 1, 1, 0, null, Visibility.PRIVATE),
            new BotReply.Table(Message.of("t"), List.of(), List.of(), List.of(), Visibility.PRIVATE),
            new BotReply.Chart(Message.of("c"), null, List.of(), List.of(), "THB", Visibility.PRIVATE),
            new BotReply.Form("f", Message.of("f"), "/opp new", List.of(), Map.of()),
            new BotReply.Attachment("a.csv", "text/csv", new byte[0], Message.of("a"), Visibility.PRIVATE),
            new BotReply.Many(List.of(), Visibility.PRIVATE),
            new BotReply.Prompt(
                    Message.of("p"),
                    List.of(new CardAction(CardAction.Kind.DONE, Message.of("d"), "/task done T-1")),
                    Visibility.PRIVATE));

    @Test
    void theVisitorHasOneMethodForEachKindAndEachKindCallsItsOwn() {
        // given a visitor that says which method it was called by
        @SuppressWarnings("unchecked")
        BotReply.Visitor<Method> which = (BotReply.Visitor<Method>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {BotReply.Visitor.class}, (proxy, method, args) -> method);

        // then there is one method per kind, taking that kind, and each kind calls it
        assertThat(ONE_OF_EACH)
                .extracting(Object::getClass)
                .containsExactlyInAnyOrder(BotReply.class.getPermittedSubclasses());
        assertThat(BotReply.Visitor.class.getDeclaredMethods()).hasSameSizeAs(BotReply.class.getPermittedSubclasses());
        for (BotReply reply : ONE_OF_EACH) {
            Method called = reply.accept(which);
            assertThat(called.getParameterTypes())
                    .as(reply.getClass().getSimpleName())
                    .containsExactly(reply.getClass());
        }
        assertThat(Arrays.stream(BotReply.Visitor.class.getDeclaredMethods()).filter(Method::isDefault))
                .as("no defaults: a visitor says what it does with every kind")
                .isEmpty();
    }

    @Test
    void onlyACardOrTheNextPageOfAListTakesTheOldMessagesPlace() {
        assertThat(ONE_OF_EACH)
                .filteredOn(BotReply::replacesMessage)
                .extracting(Object::getClass)
                .containsExactly(BotReply.DealCard.class, BotReply.DealList.class);
    }
}
