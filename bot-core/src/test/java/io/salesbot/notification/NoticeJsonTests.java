package io.salesbot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeJsonTests {

    @Test
    void everyKindOfNoticeComesBackAsWritten() {
        List<Notice> notices = List.of(
                new Notice.DealCreated(7, "ระบบ ERP 🎉", "บริษัท สยาม", new BigDecimal("1200000.00"), "Ann"),
                new Notice.StageChanged(
                        7,
                        "ระบบ ERP",
                        new Notice.StageName("Proposal", "เสนอราคา"),
                        new Notice.StageName("Negotiation", null),
                        "Bob",
                        "line one\nline \"two\""),
                new Notice.DealWon(8, "Cloud", null, new BigDecimal("1000000"), "Ann"),
                new Notice.DealLost(9, "CRM", "Beta", BigDecimal.ZERO, "Bob", "price"),
                new Notice.DealWon(10, "Cloud", null, new BigDecimal("5"), "Ann", "U0ANN", 42),
                new Notice.DealLost(11, "CRM", null, BigDecimal.ONE, "Bob", "price", "123456789012345678", 0),
                new Notice.Digest(Instant.parse("2026-02-23T02:00:00Z")),
                new Notice.Reminder(LocalDate.parse("2026-03-02")));

        for (Notice notice : notices) {
            assertThat(NoticeJson.read(notice.kind(), NoticeJson.write(notice))).isEqualTo(notice);
        }
    }

    @Test
    void writesThaiAsItselfAndLeavesAbsentFactsOut() {
        assertThat(NoticeJson.write(new Notice.StageChanged(
                        3, "ดีล", new Notice.StageName("Lead", null), new Notice.StageName("Won", "ชนะ"), "Ann", null)))
                .isEqualTo("{\"number\":3,\"name\":\"ดีล\",\"from\":{\"name\":\"Lead\"},"
                        + "\"to\":{\"name\":\"Won\",\"thai\":\"ชนะ\"},\"by\":\"Ann\"}");
        assertThat(NoticeJson.write(new Notice.Digest(Instant.parse("2026-02-23T02:00:00Z"))))
                .isEqualTo("{\"since\":\"2026-02-23T02:00:00Z\"}");
        assertThat(NoticeJson.write(new Notice.DealWon(8, "Cloud", null, new BigDecimal("1E+6"), null)))
                .isEqualTo("{\"number\":8,\"name\":\"Cloud\",\"amount\":1000000}");
    }
}
