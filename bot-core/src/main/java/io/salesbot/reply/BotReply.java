package io.salesbot.reply;

import io.salesbot.chart.ChartKind;
import io.salesbot.opportunity.DealSummary;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.StageView;
import java.util.List;
import java.util.Map;

/**
 * What the bot answers, before any platform has worded or drawn it. Every text is a {@link
 * Message}; every value keeps its type ({@link Money}, dates, {@link Percent}) until rendered.
 *
 * <p>A platform renders a reply through {@link #accept} with a {@link Visitor}: it has one method
 * per kind, so a new kind does not compile until every renderer says how it shows it.
 */
public sealed interface BotReply {

    Visibility visibility();

    /** Calls the method of {@code visitor} that takes this kind of reply, and returns its result. */
    <R> R accept(Visitor<R> visitor);

    /**
     * Whether this reply takes the place of the message it answers (a card after its button, the
     * next page of a list) rather than coming as a new message.
     */
    static boolean replacesMessage(BotReply reply) {
        return reply.accept(new ReplacesMessage());
    }

    /** The same reply, every part of it, for {@code audience}; errors and forms stay private. */
    static BotReply shownTo(BotReply reply, Visibility audience) {
        return reply.accept(new VisibilityChange(audience));
    }

    /**
     * Something that handles every kind of reply, such as a platform's renderer. Its methods have no
     * defaults on purpose: adding a kind of reply breaks the build until each visitor handles it.
     *
     * @param <R> what handling a reply gives, e.g. the rendered message
     */
    interface Visitor<R> {

        R text(Text text);

        R error(Error error);

        R dealCard(DealCard card);

        R dealClosed(DealClosed closed);

        R dealList(DealList list);

        R table(Table table);

        R chart(Chart chart);

        R form(Form form);

        R attachment(Attachment attachment);

        R many(Many many);

        R prompt(Prompt prompt);
    }

    /** A sentence or two. */
    record Text(Message message, Visibility visibility) implements BotReply {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    /**
     * Something went wrong in a way the person can fix. {@code field} names the form field it
     * belongs to (for forms), {@code suggestions} are "did you mean" lines. Always private.
     */
    record Error(Message message, String field, List<Message> suggestions) implements BotReply {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.error(this);
        }

        public static Error of(Message message) {
            return new Error(message, null, List.of());
        }

        @Override
        public Visibility visibility() {
            return Visibility.PRIVATE;
        }
    }

    /**
     * A deal with what just happened to it (headline), the actions offered as buttons, and the
     * stages it may be moved to ({@code moves}, in pipeline order; empty when closed), for
     * platforms that offer a stage menu.
     */
    record DealCard(
            Message headline, DealView deal, List<CardAction> actions, Visibility visibility, List<StageView> moves)
            implements BotReply {

        public DealCard {
            moves = moves == null ? List.of() : List.copyOf(moves);
        }

        /** A card without a stage menu. */
        public DealCard(Message headline, DealView deal, List<CardAction> actions, Visibility visibility) {
            this(headline, deal, actions, visibility, List.of());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dealCard(this);
        }
    }

    /**
     * The news that a deal closed, told to a channel as people want to celebrate or learn from it:
     * the {@code headline}, the {@code owner} (mentioned where the platform can; {@code ping} says
     * whether the mention may notify them), the deal's facts (customer, amount, days from creation to
     * close, the lost reason) and a button that opens the deal.
     */
    record DealClosed(
            boolean won,
            Message headline,
            Mention owner,
            boolean ping,
            List<DealCardField> facts,
            CardAction open,
            Visibility visibility)
            implements BotReply {

        public DealClosed {
            facts = List.copyOf(facts);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dealClosed(this);
        }
    }

    /** A page of deals. {@code more} is the command that shows the next page, or null. */
    record DealList(
            Message title,
            List<DealSummary> deals,
            int page,
            int pageCount,
            long total,
            String more,
            Visibility visibility)
            implements BotReply {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dealList(this);
        }
    }

    /** A table of typed cells; {@code footer} lines follow it. */
    record Table(
            Message title, List<Message> headers, List<List<Object>> rows, List<Message> footer, Visibility visibility)
            implements BotReply {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }
    }

    /**
     * A chart to draw in the reader's language: categories and series names are plain text or
     * {@link Message}s, values are amounts in {@code currency}.
     */
    record Chart(
            Message title,
            ChartKind kind,
            List<Object> categories,
            List<Series> series,
            String currency,
            Visibility visibility)
            implements BotReply {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.chart(this);
        }

        /** One series of a chart. */
        public record Series(Message name, List<java.math.BigDecimal> values) {}
    }

    /**
     * A form to fill in. Submitting it runs {@code command} with the fields as options, so a form
     * is only another way to type the same command. {@code fixed} options are sent unchanged.
     */
    record Form(String id, Message title, String command, List<FormField> fields, Map<String, String> fixed)
            implements BotReply {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.form(this);
        }

        @Override
        public Visibility visibility() {
            return Visibility.PRIVATE;
        }

        /**
         * The command that opens this form again, with its fixed options ({@code /forecast submit
         * period:2026-Q4}): what a button runs where the form cannot open at once (a notification).
         */
        public String reopening() {
            StringBuilder line = new StringBuilder(command.strip());
            if (fixed != null) {
                new java.util.TreeMap<>(fixed).forEach((key, value) -> {
                    boolean quote = value.isEmpty() || value.chars().anyMatch(Character::isWhitespace);
                    line.append(' ').append(key).append(':');
                    line.append(quote ? '"' + value.replace("\"", "'") + '"' : value);
                });
            }
            return line.toString();
        }
    }

    /**
     * A file for the reader (a CSV export): platforms upload it, the console saves it and prints
     * where. {@code caption} says what it is.
     */
    record Attachment(String fileName, String mediaType, byte[] content, Message caption, Visibility visibility)
            implements BotReply {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.attachment(this);
        }
    }

    /**
     * A sentence or two with buttons under it, such as a due task's Done and Snooze. Each button
     * runs its command as the person who presses it; where there are no buttons (the console) the
     * commands are shown to be typed.
     */
    record Prompt(Message message, List<CardAction> actions, Visibility visibility) implements BotReply {

        public Prompt {
            actions = List.copyOf(actions);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.prompt(this);
        }
    }

    /** Several replies shown together, e.g. a pipeline table and its chart. */
    record Many(List<BotReply> parts, Visibility visibility) implements BotReply {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.many(this);
        }
    }
}
