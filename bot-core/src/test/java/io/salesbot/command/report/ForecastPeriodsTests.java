package io.salesbot.command.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.forecast.GroupBy;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A period is read the way it is shown: Thai readers type what they read. */
class ForecastPeriodsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @ParameterizedTest(name = "{1} is {0}")
    @CsvSource({
        "2026-Q4, ไตรมาส 4/2569",
        "2026-Q4, ไตรมาส4/2569",
        "2026-Q4, ไตรมาสที่ 4/2569",
        "2026-Q4, q4/2026",
        "2026-12, ธ.ค. 2569",
        "2026-12, ธ.ค.2569",
        "2027-01, ม.ค. 2570",
        "2026, 2569",
        "month, เดือน",
        "month, รายเดือน",
        "quarter, ไตรมาส",
        "quarter, รายไตรมาส",
        "year, ปี",
    })
    void readsThaiPeriodsAsTheirEnglishForms(String english, String thai) {
        assertThat(ForecastPeriods.query(thai, TODAY, GroupBy.NONE, null))
                .isEqualTo(ForecastPeriods.query(english, TODAY, GroupBy.NONE, null));
    }
}
