package io.salesbot.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import org.junit.jupiter.api.Test;

class ThaiCapableFontTests {

    @Test
    void resolvedFontHasARealGlyphForEveryThaiCharacter() {
        // given the font charts are drawn with
        Font font = ThaiCapableFont.resolve();
        String text = "ปิดการขายได้ รอดำเนินการ";
        // when the text is laid out
        GlyphVector glyphs = font.createGlyphVector(new FontRenderContext(null, true, true), text);
        // then no character falls back to the missing-glyph box
        assertThat(glyphs.getNumGlyphs()).isEqualTo(text.length());
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            assertThat(glyphs.getGlyphCode(i))
                    .as("glyph for '%s' in %s", text.charAt(i), font.getFamily())
                    .isNotEqualTo(font.getMissingGlyphCode());
        }
    }

    @Test
    void resolvedFontShowsBahtSignDigitsLatinAndEllipsis() {
        // given the font, when asked about everything else we draw, then it can show all of it
        Font font = ThaiCapableFont.resolve();
        assertThat(font.canDisplayUpTo("฿0123456789 $1.2M Closed won -…(2)")).isEqualTo(-1);
    }

    @Test
    void resolvesToAnInstalledThaiFamilyRatherThanTheLogicalFallback() {
        // given fonts-thai-tlwg is installed, when resolved, then a physical Thai family is chosen
        assertThat(ThaiCapableFont.resolve().getFamily()).isNotIn(Font.SANS_SERIF, Font.DIALOG);
    }
}
