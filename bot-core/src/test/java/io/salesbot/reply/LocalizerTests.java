package io.salesbot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class LocalizerTests {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final ReplyLocale THAI = ReplyLocale.of("th", BANGKOK);
    static final ReplyLocale ENGLISH = ReplyLocale.of("en-US", BANGKOK);

    final Localizer localizer =
            new Localizer((ResourceBundleMessageSource) new MessagesConfiguration().messageSource(java.util.List.of()));

    @Test
    void writesMoneyTheWayEachReaderDoes() {
        Money amount = new Money(new BigDecimal("1200000.00"), "THB");

        assertThat(localizer.format(amount, ENGLISH)).isEqualTo("฿1,200,000");
        assertThat(localizer.format(amount, THAI)).isEqualTo("1,200,000 บาท");
        assertThat(localizer.format(new Money(new BigDecimal("1234.5"), "USD"), ENGLISH))
                .isEqualTo("$1,234.50");
    }

    @Test
    void writesBuddhistEraDatesForThaiReaders() {
        LocalDate newYearsEve = LocalDate.of(2026, 12, 31);

        assertThat(localizer.format(newYearsEve, THAI)).isEqualTo("31 ธ.ค. 2569");
        assertThat(localizer.format(newYearsEve, ENGLISH)).isEqualTo("31 Dec 2026");
        assertThat(localizer.format(Instant.parse("2026-11-27T03:00:00Z"), THAI))
                .isEqualTo("27 พ.ย. 2569 10:00");
    }

    @Test
    void writesPeriodsInTheBuddhistEraForThaiReaders() {
        assertThat(localizer.format(Period.ofLabel("2026-Q4"), THAI)).isEqualTo("ไตรมาส 4/2569");
        assertThat(localizer.format(Period.ofLabel("2026-12"), THAI)).isEqualTo("ธ.ค. 2569");
        assertThat(localizer.format(Period.ofLabel("2027-01"), THAI)).isEqualTo("ม.ค. 2570");
        assertThat(localizer.format(Period.ofLabel("2026"), THAI)).isEqualTo("2569");

        assertThat(localizer.format(Period.ofLabel("2026-Q4"), ENGLISH)).isEqualTo("2026-Q4");
        assertThat(localizer.format(Period.ofLabel("2026-12"), ENGLISH)).isEqualTo("2026-12");
        assertThat(localizer.format(Period.ofLabel("2026"), ENGLISH)).isEqualTo("2026");
    }

    @Test
    void wordsBuiltInCodesInTheReadersLanguageAndListsThemTogether() {
        java.util.List<Code> events = java.util.List.of(new Code("event", "won"), new Code("event", "lost"));

        assertThat(localizer.format(events, THAI)).isEqualTo("ปิดการขายได้, ปิดการขายไม่ได้");
        assertThat(localizer.format(events, ENGLISH)).isEqualTo("won, lost");
        assertThat(localizer.format(new Code("type", "existing_customer"), THAI))
                .isEqualTo("ลูกค้าเก่า");
        assertThat(localizer.format(new Code("type", "renewal_2027"), THAI)).isEqualTo("renewal 2027");
    }

    @Test
    void wordsTheDomainsBuiltInValuesInTheReadersLanguage() {
        assertThat(localizer.format(io.salesbot.notification.NotificationKind.STAGE, THAI))
                .isEqualTo("เปลี่ยนสถานะ");
        assertThat(localizer.format(io.salesbot.notification.NotificationKind.STAGE, ENGLISH))
                .isEqualTo("stage changes");
        assertThat(localizer.format(io.salesbot.lead.LeadStatus.DROPPED, THAI)).isEqualTo("ยกเลิกแล้ว");
    }

    @Test
    void wordsMessagesInTheReadersLanguageWithFormattedArguments() {
        Message won = Message.of(
                "reply.pipeline.total",
                3L,
                new Money(new BigDecimal("500000"), "THB"),
                new Money(new BigDecimal("250000"), "THB"));

        assertThat(localizer.text(won, ENGLISH)).contains("3", "฿500,000", "฿250,000");
        assertThat(localizer.text(won, THAI)).contains("500,000 บาท").matches(".*[ก-๙].*");
        assertThat(localizer.text(Message.of("stage.name", "Closed Won", "ปิดการขายได้"), THAI))
                .isEqualTo("ปิดการขายได้");
        assertThat(localizer.text(Message.of("stage.name", "Closed Won", "ปิดการขายได้"), ENGLISH))
                .isEqualTo("Closed Won");
    }

    @Test
    void namesKnownCodesAndShowsCustomOnesAsTyped() {
        assertThat(localizer.format(new Code("type", "new_customer"), THAI)).isEqualTo("ลูกค้าใหม่");
        assertThat(localizer.format(new Code("type", "renewal_deal"), ENGLISH)).isEqualTo("renewal deal");
    }

    @Test
    void valueErrorsComeInThaiToo() {
        String text = localizer.text(Message.of("error.date.invalid", "31/13/2026"), THAI);

        assertThat(text).contains("31/13/2026", "31/12/2569").matches(".*[ก-๙].*");
    }
    /** Marks people's text so a test sees where and how the Localizer placed it. */
    static final Markup BRACKETS = new Markup() {
        @Override
        public String text(String people) {
            return "[" + people + "]";
        }

        @Override
        public String code(String people) {
            return "{" + people + "}";
        }
    };

    @Test
    void writesPeoplesTextByTheMarkupOfWhereItLands() {
        Message unknown = Message.of("error.deal.unknown", "Acme `ERP`");
        Message created = Message.of("notify.new", "7", "Acme", "Big Co", new Money(BigDecimal.TEN, "THB"), "Ann");

        assertThat(localizer.text(unknown, ENGLISH, BRACKETS)).startsWith("There is no deal `{Acme `ERP`}` in");
        assertThat(localizer.text(created, ENGLISH, BRACKETS))
                .isEqualTo("New deal #[7] [Acme] ([Big Co]), ฿10, owner [Ann].");
        assertThat(localizer.text(created, ENGLISH)).isEqualTo("New deal #7 Acme (Big Co), ฿10, owner Ann.");
    }

    @Test
    void peoplesTextInANestedMessageIsWrittenOnceAndCannotForgeAPlaceholder() {
        Message note = Message.of("notify.note", "\uE0000\uE001 hi");
        Message stage = Message.of("notify.stage", "7", "Acme", "Wait", "Won", "Ann", note);

        assertThat(localizer.text(stage, ENGLISH, BRACKETS))
                .isEqualTo("Deal #[7] [Acme] moved [Wait] → [Won] by [Ann]: [0 hi].");
        assertThat(localizer.format("a*b", ENGLISH, BRACKETS)).isEqualTo("[a*b]");
        assertThat(localizer.format(LocalDate.of(2026, 12, 31), ENGLISH, BRACKETS))
                .isEqualTo("31 Dec 2026");
    }
}
