package io.salesbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.campaign.CampaignReportService;
import io.salesbot.campaign.CampaignService;
import io.salesbot.forecast.DealTotals;
import io.salesbot.forecast.ForecastService;
import io.salesbot.forecast.PipelineQuery;
import io.salesbot.transfer.DealCsvImport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The quick smoke mode CI runs: the generator and the benchmarks work, on a few thousand deals. */
class BenchmarkSmokeTests extends IntegrationTestBase {

    @Autowired
    ForecastService forecasts;

    @Autowired
    CampaignReportService campaigns;

    @Autowired
    DealTotals totals;

    @Autowired
    CampaignService campaignService;

    @Autowired
    DealCsvImport importer;

    @Test
    void generatesDealsTheServiceCountsAndTimesEveryQuestion() {
        List<DataGenerator.Generated> generated =
                new DataGenerator(jdbc, workspaces).generate("smoke-" + System.nanoTime(), 2, 2_000, 5);

        long deals = jdbc.queryForObject(
                "SELECT COUNT(*) FROM opportunity WHERE workspace_id = ?",
                Long.class,
                generated.get(0).workspaceId());
        long openByService = forecasts
                .pipeline(generated.get(0).admin(), PipelineQuery.team())
                .openDeals();
        long openBySql = jdbc.queryForObject(
                "SELECT COUNT(*) FROM opportunity WHERE workspace_id = ? AND stage_kind = 'OPEN'",
                Long.class,
                generated.get(0).workspaceId());
        List<QuestionBenchmark.Result> results = new QuestionBenchmark(forecasts, campaigns, jdbc)
                .run(generated.get(0).admin(), LocalDate.of(2026, 11, 27), 1, 3);

        assertThat(deals).isEqualTo(2_000);
        assertThat(openByService).isEqualTo(openBySql);
        assertThat(results)
                .hasSize(4)
                .allSatisfy(result -> assertThat(result.serviceMedian()).isPositive())
                .allSatisfy(result -> assertThat(result.totalsSqlMedian()).isPositive());
        assertThat(totals.differences(generated.get(0).workspaceId()))
                .as("bulk-loaded deals are in the roll-ups too")
                .isEmpty();
    }

    @Test
    void importsGeneratedFilesWithExactRollUps() {
        List<ImportBenchmark.Result> results = new ImportBenchmark(workspaces, campaignService, importer, totals)
                .run("import-smoke-" + System.nanoTime(), new int[] {100, 400}, 1);

        assertThat(results)
                .hasSize(2)
                .allSatisfy(result -> assertThat(result.importMillis()).isPositive())
                .allSatisfy(result -> assertThat(result.totalsExact()).isTrue());
    }
}
