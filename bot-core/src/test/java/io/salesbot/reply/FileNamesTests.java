package io.salesbot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void keepsAnOrdinaryNameAsItIs() {
        assertThat(FileNames.safe("deals-2026-11-27-1000.csv")).isEqualTo("deals-2026-11-27-1000.csv");
        assertThat(FileNames.safe("ดีลไทย.csv")).isEqualTo("ดีลไทย.csv");
    }

    @Test
    void takesOutPathsControlCharactersAndMarkup() {
        assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("etc_passwd");
        assertThat(FileNames.safe("C:\\win\\<!channel>\n*bold*.csv")).isEqualTo("C_win_channel_bold_.csv");
        assertThat(FileNames.safe(".hidden")).isEqualTo("hidden");
        assertThat(FileNames.safe(" ")).isEqualTo("file");
        assertThat(FileNames.safe(null)).isEqualTo("file");
    }

    @Test
    void cutsALongNameButKeepsItsExtension() {
        String name = FileNames.safe("x".repeat(300) + ".csv");

        assertThat(name).hasSize(FileNames.MAX).endsWith("x.csv");
    }
}
