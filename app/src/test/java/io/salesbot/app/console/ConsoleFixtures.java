package io.salesbot.app.console;

import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.LineView;
import io.salesbot.opportunity.StageKind;
import io.salesbot.opportunity.StageView;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.ReplyLocale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Hand-made values and a real localizer for the console's unit tests. */
final class ConsoleFixtures {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final ReplyLocale ENGLISH = ReplyLocale.of("en", BANGKOK);
    static final ReplyLocale THAI = ReplyLocale.of("th", BANGKOK);

    static final StageView WAIT = new StageView(1, "Wait", "รอ", 1, StageKind.OPEN, 10);
    static final StageView IN_PROGRESS = new StageView(2, "In progress", "กำลังดำเนินการ", 2, StageKind.OPEN, 50);
    static final StageView WON = new StageView(3, "Closed Won", "ปิดการขายได้", 3, StageKind.WON, 100);

    private ConsoleFixtures() {}

    /** The same message setup as the core's, plus the console's own words. */
    static Localizer localizer() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "messages_value", "messages_console");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return new Localizer(source);
    }

    /** Deal #42, "ระบบ ERP 🎉" for บริษัท เอ จำกัด, in progress, with one product and one add-on. */
    static DealView deal() {
        List<LineView> lines = List.of(
                new LineView(
                        1,
                        "ERP licence",
                        new BigDecimal("10"),
                        new BigDecimal("100000"),
                        new BigDecimal("10"),
                        false,
                        "ผู้ใช้ 10 คน",
                        new BigDecimal("900000")),
                new LineView(
                        2,
                        "Training",
                        BigDecimal.ONE,
                        new BigDecimal("300000"),
                        BigDecimal.ZERO,
                        true,
                        null,
                        new BigDecimal("300000")));
        return new DealView(
                7,
                42,
                "ระบบ ERP 🎉",
                "บริษัท เอ จำกัด",
                3,
                new DealView.Progress(
                        IN_PROGRESS, WON, 50, false, LocalDate.of(2026, 12, 31), null, java.util.List.of()),
                new DealView.Revenue(new BigDecimal("1200000"), false, new BigDecimal("600000"), "THB"),
                new DealView.Owner(3, "Somchai"),
                new DealView.Origin("new_customer", "Expo 2026", 5, "referral"),
                null,
                lines);
    }
}
