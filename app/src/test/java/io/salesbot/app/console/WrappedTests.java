package io.salesbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedTests {

    @Test
    void breaksAtSpacesWithinTheWidthCountingThaiMarksAsNothing() {
        // "ที่ดิน" is 6 characters but 4 columns wide
        List<String> lines = Wrapped.lines("ขาย ที่ดิน ให้ ลูกค้า ใหม่ ERP", 10);

        assertThat(lines).containsExactly("ขาย ที่ดิน ให้", "ลูกค้า ใหม่", "ERP");
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(10));
    }

    @Test
    void cutsAWordWiderThanTheLineButNeverBetweenALetterAndItsMarks() {
        List<String> lines = Wrapped.lines("น้ำน้ำน้ำ", 2);

        assertThat(lines).containsExactly("น้ำ", "น้ำ", "น้ำ");
        assertThat(String.join("", lines)).isEqualTo("น้ำน้ำน้ำ");
    }

    @Test
    void cutsThaiTextWithoutSpacesBetweenItsWordsNotInsideThem() {
        // Thai writes a phrase without spaces: "โรงงาน" (factory) then "บางนา" (Bang Na).
        assertThat(Wrapped.lines("โรงงานบางนา", 7)).containsExactly("โรงงาน", "บางนา");
        assertThat(Wrapped.lines("ระหว่างดำเนินการ", 10)).containsExactly("ระหว่าง", "ดำเนินการ");
    }

    @Test
    void keepsAPathWholeWhenWrappingAReply() {
        String path = "/root/.salesbot/charts/forecast-by-quarter-20261127-093045.png";

        assertThat(Wrapped.text("Chart saved to " + path, 30)).isEqualTo("Chart saved to\n  " + path);
    }

    @Test
    void countsWideCharactersAsTwoColumns() {
        assertThat(Wrapped.lines("🎉🎉 🎉", 4)).containsExactly("🎉🎉", "🎉");
    }

    @Test
    void wrapsOnlyTheLinesThatAreTooWideIndentingTheirContinuation() {
        String text = "short\n  - a suggestion that is much too long for the line\nend";

        assertThat(Wrapped.text(text, 24))
                .isEqualTo("short\n  - a suggestion that\n    is much too long for\n    the line\nend");
    }

    @Test
    void narrowsTheWidestTextColumnOfATableAndKeepsNumbersWhole() {
        AlignedColumns table = new AlignedColumns(List.of("Command", "What it does", "Deals"), false, false, true);
        table.add(List.of(
                "/opp new <name…> [amount:] [close:]", "Create a deal; with no name, opens the form.", "1,200"));
        table.add(List.of("/opp list", "ดูรายการโอกาสการขาย ของคุณ เรียงตาม กิจกรรมล่าสุด", "7"));

        String text = table.render("", 60);

        assertThat(text.lines())
                .allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(60));
        assertThat(text).contains("1,200").contains("/opp list");
        // every word is still there, in order
        assertThat(text.replaceAll("[\\s\\-]+", " "))
                .contains("Create a deal; with no name, opens the form.".split(" ")[0]);
    }
}
