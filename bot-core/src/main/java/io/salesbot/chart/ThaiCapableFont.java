package io.salesbot.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Picks the font family that all chart text is drawn with, once per JVM.
 *
 * <p>Java's default "Dialog"/"SansSerif" fonts only show Thai when fontconfig happens to map a
 * Thai font into them, so on a bare server Thai labels come out as boxes. We therefore look for
 * an installed family that can draw Thai, Latin digits and the baht sign. On Debian the
 * {@code fonts-thai-tlwg} package provides Loma, Waree, Garuda, Umpush, Norasi and others.
 * Preference goes to clean sans-serif faces whose Latin glyphs also read well at 11-13 px;
 * when none of them is installed, any family that passes the check is taken, and only when
 * none passes do we fall back to logical "SansSerif" (and log a warning, since Thai may then
 * be drawn as boxes).
 */
final class ThaiCapableFont {

    static final String SAMPLE = "ปิดการขายได้ รอดำเนินการ ฿0123456789 Won";

    private static final List<String> PREFERRED = List.of(
            "Noto Sans Thai",
            "Noto Sans Thai UI",
            "Sarabun",
            "TH Sarabun New",
            "Waree",
            "Loma",
            "Garuda",
            "Umpush",
            "Tlwg Typo",
            "Norasi");

    private static final Set<String> LOGICAL =
            Set.of(Font.DIALOG, Font.DIALOG_INPUT, Font.MONOSPACED, Font.SANS_SERIF, Font.SERIF);

    private static final System.Logger LOG = System.getLogger(ThaiCapableFont.class.getName());

    static {
        ChartRenderer.ensureHeadless();
    }

    private ThaiCapableFont() {}

    /** The chosen family at plain style and 12 pt; derive other sizes and styles from it. */
    static Font resolve() {
        return Holder.FONT;
    }

    // Holder idiom: resolved lazily, once, without locking on every call.
    private static final class Holder {
        static final Font FONT = choose();
    }

    private static Font choose() {
        String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        Set<String> installed = new TreeSet<>(Arrays.asList(names));
        for (String family : PREFERRED) {
            if (installed.contains(family) && canShowThai(family)) {
                return chosen(family, "preferred");
            }
        }
        for (String family : installed) {
            // Logical families may pass via fontconfig fallback, but which face they pick varies.
            if (!LOGICAL.contains(family) && canShowThai(family)) {
                return chosen(family, "first installed family that shows Thai");
            }
        }
        LOG.log(
                Level.WARNING,
                "No installed font can show Thai; charts fall back to SansSerif and Thai may"
                        + " render as boxes. Install a Thai font, e.g. Debian package fonts-thai-tlwg.");
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    private static boolean canShowThai(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1;
    }

    private static Font chosen(String family, String why) {
        LOG.log(Level.INFO, "Chart font: {0} ({1})", family, why);
        return new Font(family, Font.PLAIN, 12);
    }
}
