package io.salesbot.chart;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes sample PNGs for eyeballing: {@code SampleCharts [outputDir]} (default samples/). */
public final class SampleCharts {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    private SampleCharts() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples");
        Files.createDirectories(dir);
        ChartRenderer renderer = new ChartRenderer();
        write(renderer, dir, "pipeline-th.png", pipelineThai());
        write(renderer, dir, "forecast-en.png", forecastEnglish());
        write(renderer, dir, "campaigns-th.png", campaignsThai());
        write(renderer, dir, "many-categories-en.png", manyCategories());
        write(renderer, dir, "funnel-en.png", FunnelChartTests.sample(Locale.ENGLISH));
        write(renderer, dir, "funnel-th.png", FunnelChartTests.sample(THAI));
        for (int n : new int[] {1, 3, 7, 12, 30}) {
            for (int series : new int[] {1, 3}) {
                write(renderer, dir, "breakdown-" + n + "x" + series + "-en.png", breakdown(n, series, Locale.ENGLISH));
                write(renderer, dir, "breakdown-" + n + "x" + series + "-th.png", breakdown(n, series, THAI));
            }
        }
        write(
                renderer,
                dir,
                "empty-en.png",
                new ChartSpec(
                        ChartKind.BAR, "Pipeline by stage", "Value", List.of(), List.of(), Locale.ENGLISH, "THB"));
        write(
                renderer,
                dir,
                "negative-usd-en.png",
                new ChartSpec(
                        ChartKind.BAR,
                        "Net change 📈",
                        "USD",
                        List.of("Jan", "Feb", "Mar"),
                        List.of(series("Net", "-250000", "0", "1234567890")),
                        Locale.ENGLISH,
                        "USD"));
    }

    static ChartSpec pipelineThai() {
        return new ChartSpec(
                ChartKind.BAR,
                "มูลค่าไปป์ไลน์ตามขั้นตอน",
                "มูลค่า (บาท)",
                List.of("ผู้สนใจ", "คัดกรองแล้ว", "เสนอราคา", "เจรจาต่อรอง", "ปิดการขายได้"),
                List.of(series("มูลค่า", "3450000", "2100000", "1250000", "640000", "1200000")),
                THAI,
                "THB");
    }

    static ChartSpec forecastEnglish() {
        return new ChartSpec(
                ChartKind.GROUPED_BAR,
                "Sales forecast by quarter",
                "Amount",
                List.of("Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025"),
                List.of(
                        series("Open (unweighted)", "4200000", "5600000", "3100000", "2500000"),
                        series("Open (weighted)", "1900000", "2450000", "1200000", "800000"),
                        series("Closed won", "1250000", "980000", "450000", "0")),
                Locale.ENGLISH,
                "THB");
    }

    static ChartSpec campaignsThai() {
        return new ChartSpec(
                ChartKind.GROUPED_BAR,
                "รายงานแคมเปญ",
                "มูลค่า",
                List.of("โปรโมชันสงกรานต์", "งานแสดงสินค้า 2025", "อีเมลลูกค้าเก่า", "Facebook Ads"),
                List.of(
                        series("รายได้ที่ปิดการขายได้", "850000", "1520000", "310000", "95000.50"),
                        series("ไปป์ไลน์ที่เปิดอยู่", "1200000", "640000", "980000", "410000")),
                THAI,
                "THB");
    }

    static ChartSpec manyCategories() {
        List<String> categories = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            categories.add("Account " + i);
            values.add(BigDecimal.valueOf(i * 37_000L % 900_000));
        }
        return new ChartSpec(
                ChartKind.BAR,
                "Open pipeline per account",
                "Value",
                categories,
                List.of(new ChartSeries("Open", values)),
                Locale.ENGLISH,
                "THB");
    }

    /**
     * A forecast broken down by rep: {@code n} categories of period and rep, in English or Thai,
     * with one series or the forecast's three, amounts from tens of thousands to millions.
     */
    static ChartSpec breakdown(int n, int seriesCount, Locale locale) {
        boolean thai = "th".equals(locale.getLanguage());
        String[] reps = thai
                ? new String[] {"สมชาย ใจดี", "มาลี ศรีสุข", "นิรันดร์ วงศ์ใหญ่", "ประภาพร เจริญพาณิชย์กุล"}
                : new String[] {"Somchai Jaidee", "Malee Srisuk", "Niran Wongyai", "Praphaporn Charoenphanichkul"};
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            categories.add((thai ? "ไตรมาส " + (i % 4 + 1) + "/2569" : "2026-Q" + (i % 4 + 1)) + " · "
                    + reps[i % reps.length] + (i >= reps.length ? " " + (i + 1) : ""));
        }
        String[] names = thai
                ? new String[] {"ยังเปิดอยู่", "ถ่วงน้ำหนัก", "ปิดการขายได้"}
                : new String[] {"Open", "Open, weighted", "Won"};
        List<ChartSeries> series = new ArrayList<>();
        for (int s = 0; s < seriesCount; s++) {
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                values.add(BigDecimal.valueOf((i * 7919L + s * 104729L) % 1_800_000 + 20_000)
                        .divide(BigDecimal.valueOf(s + 1), 0, java.math.RoundingMode.HALF_UP));
            }
            series.add(new ChartSeries(names[s], values));
        }
        return new ChartSpec(
                seriesCount == 1 ? ChartKind.BAR : ChartKind.GROUPED_BAR,
                thai ? "คาดการณ์ยอดขาย · แยกตามพนักงานขาย" : "Forecast 2026-Q4 – 2027-Q3 · by rep",
                thai ? "มูลค่า" : "Amount",
                categories,
                series,
                locale,
                "THB");
    }

    static ChartSeries series(String name, String... values) {
        return new ChartSeries(
                name, java.util.Arrays.stream(values).map(BigDecimal::new).toList());
    }

    private static void write(ChartRenderer renderer, Path dir, String name, ChartSpec spec) throws IOException {
        Files.write(dir.resolve(name), renderer.renderPng(spec));
    }
}
