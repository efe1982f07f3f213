package io.salesbot.reply;

import io.salesbot.common.Worded;
import io.salesbot.opportunity.StageView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Words messages and formats values the way each reader writes them: Thai readers get Buddhist-era
 * dates ({@code 31 ธ.ค. 2569}) and baht after the number ({@code 1,200,000 บาท}); English readers
 * {@code 31 Dec 2026} and {@code ฿1,200,000}.
 */
@Component
public class Localizer {

    private static final Map<String, String> SYMBOLS =
            Map.of("THB", "฿", "USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter THAI_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", ReplyLocale.THAI);
    private static final DateTimeFormatter THAI_MONTH = DateTimeFormatter.ofPattern("MMM", ReplyLocale.THAI);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    public Localizer(MessageSource messages) {
        this.messages = messages;
    }

    /** The message in the reader's language, its arguments formatted; the key itself if none is written. */
    public String text(Message message, ReplyLocale reader) {
        return text(message, reader, Markup.PLAIN);
    }

    /**
     * The message for a platform's formatted text: every argument that is people's text (see {@link
     * #isPeoplesText}) is written by {@code markup}, inside a code span of the message or outside one.
     */
    public String text(Message message, ReplyLocale reader, Markup markup) {
        List<String> people = new ArrayList<>();
        Object[] args = message.args().stream()
                .map(arg -> argument(arg, reader, markup, people))
                .toArray();
        String worded;
        try {
            worded = messages.getMessage(message.key(), args, reader.locale());
        } catch (NoSuchMessageException missing) {
            return message.key();
        }
        return people.isEmpty() ? worded : PeoplesText.fill(worded, people, markup);
    }

    /** One value for a platform's formatted text: people's text is written by {@code markup}. */
    public String format(Object value, ReplyLocale reader, Markup markup) {
        if (value instanceof Message message) {
            return text(message, reader, markup);
        }
        if (value instanceof List<?> several) {
            return String.join(
                    ", ",
                    several.stream().map(one -> format(one, reader, markup)).toList());
        }
        String shown = format(value, reader);
        return isPeoplesText(value) ? markup.text(PeoplesText.clean(shown)) : shown;
    }

    /**
     * Whether a value shows text that people typed (names, notes, stage and campaign names, codes an
     * admin added): anything but our own messages and the values we format ourselves.
     */
    static boolean isPeoplesText(Object value) {
        return value != null
                && !(value instanceof Message
                        || value instanceof Money
                        || value instanceof Percent
                        || value instanceof Period
                        || value instanceof Worded
                        || value instanceof List<?>
                        || value instanceof LocalDate
                        || value instanceof Instant
                        || value instanceof BigDecimal
                        || value instanceof Integer
                        || value instanceof Long);
    }

    /** One value as the reader writes it. */
    public String format(Object value, ReplyLocale reader) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Message message) {
            return text(message, reader);
        }
        if (value instanceof Money money) {
            return money(money.amount(), money.currency(), reader);
        }
        if (value instanceof Percent percent) {
            return number(percent.value(), reader) + "%";
        }
        if (value instanceof LocalDate date) {
            return date(date, reader);
        }
        if (value instanceof Instant instant) {
            return date(LocalDate.ofInstant(instant, reader.zone()), reader) + " "
                    + TIME.format(instant.atZone(reader.zone()));
        }
        if (value instanceof Code code) {
            return code(code, reader);
        }
        if (value instanceof Worded worded) {
            return text(Message.of(worded.messageKey()), reader);
        }
        if (value instanceof Period period) {
            return period(period, reader);
        }
        if (value instanceof List<?> several) {
            return join(several, reader);
        }
        if (value instanceof StageView stage) {
            return stage.displayName(reader.language());
        }
        if (value instanceof BigDecimal number) {
            return number(number, reader);
        }
        if (value instanceof Integer || value instanceof Long) {
            return NumberFormat.getIntegerInstance(reader.locale()).format(value);
        }
        return value.toString();
    }

    public String money(BigDecimal amount, String currency, ReplyLocale reader) {
        String number = number(amount.setScale(2, RoundingMode.HALF_UP), reader);
        if (reader.thai() && "THB".equals(currency)) {
            return number + " บาท";
        }
        String symbol = SYMBOLS.get(currency);
        return symbol != null ? symbol + number : currency + " " + number;
    }

    public String date(LocalDate date, ReplyLocale reader) {
        return reader.thai() ? THAI_DATE.format(ThaiBuddhistDate.from(date)) : ENGLISH_DATE.format(date);
    }

    /** Grouped digits; decimals only when there are any ({@code 1,200,000} but {@code 1,200.50}). */
    public String number(BigDecimal value, ReplyLocale reader) {
        NumberFormat format = NumberFormat.getNumberInstance(reader.locale());
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        return format.format(value);
    }

    /** Several values joined for a line of text. */
    public String join(List<?> values, ReplyLocale reader) {
        return String.join(
                ", ", values.stream().map(value -> format(value, reader)).toList());
    }

    /**
     * What a sentence says of {@code facts} (each {@link Fact#inline}), joined by {@code separator},
     * with people's text written by {@code markup}; facts a sentence leaves out are left out.
     */
    public String inline(List<Fact> facts, String separator, ReplyLocale reader, Markup markup) {
        return String.join(
                separator,
                facts.stream()
                        .filter(fact -> fact.inline() != null)
                        .map(fact -> text(fact.inline(), reader, markup))
                        .toList());
    }

    /** {@code 2026-Q4}, {@code 2026-12}, {@code 2026}; Thai readers {@code ไตรมาส 4/2569}, {@code ธ.ค. 2569}, {@code 2569}. */
    public String period(Period period, ReplyLocale reader) {
        if (!reader.thai()) {
            return period.label();
        }
        int year = period.year() + 543;
        return switch (period.kind()) {
            case MONTH -> THAI_MONTH.format(java.time.Month.of(period.index())) + " " + year;
            case QUARTER ->
                text(Message.of("period.quarter", String.valueOf(period.index()), String.valueOf(year)), reader);
            case YEAR -> String.valueOf(year);
        };
    }

    private String code(Code code, ReplyLocale reader) {
        try {
            return messages.getMessage(code.kind() + "." + code.code(), null, reader.locale());
        } catch (NoSuchMessageException custom) {
            return code.code().replace('_', ' ');
        }
    }

    private Object argument(Object arg, ReplyLocale reader, Markup markup, List<String> people) {
        // Whole numbers stay numbers so MessageFormat can pick a plural; everything else is ours to format.
        if (arg instanceof Integer || arg instanceof Long) {
            return arg;
        }
        if (markup == Markup.PLAIN || !isPeoplesText(arg)) {
            return format(arg, reader, markup);
        }
        // A placeholder now, the written text once the message shows whether it sits in a code span.
        people.add(format(arg, reader));
        return PeoplesText.placeholder(people.size() - 1);
    }
}
