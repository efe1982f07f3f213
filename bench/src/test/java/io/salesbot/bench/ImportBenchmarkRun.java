package io.salesbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.campaign.CampaignService;
import io.salesbot.forecast.DealTotals;
import io.salesbot.transfer.DealCsvImport;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CSV import benchmark (BENCHMARKS.md), run as a test so it needs no installed build: its
 * name is not one Surefire picks up by itself, so it runs only when asked for with {@code
 * -Dtest=ImportBenchmarkRun}. Sizes and rounds from {@code -Dbench.import.rows=1000,4000,10000}
 * and {@code -Dbench.import.rounds=3}.
 */
class ImportBenchmarkRun extends IntegrationTestBase {

    @Autowired
    CampaignService campaigns;

    @Autowired
    DealCsvImport importer;

    @Autowired
    DealTotals totals;

    @Test
    void timesImportsOfRisingSize() {
        int[] sizes = Arrays.stream(System.getProperty("bench.import.rows", "1000,4000,10000")
                        .split(","))
                .mapToInt(size -> Integer.parseInt(size.strip()))
                .toArray();
        int rounds = Integer.getInteger("bench.import.rounds", 3);
        ImportBenchmark benchmark = new ImportBenchmark(workspaces, campaigns, importer, totals);
        benchmark.run("import-warmup-" + System.nanoTime(), new int[] {sizes[0]}, 1);

        List<ImportBenchmark.Result> results = benchmark.run("import-" + System.nanoTime(), sizes, rounds);

        results.forEach(result -> System.out.println(result.line()));
        assertThat(results)
                .allSatisfy(result -> assertThat(result.totalsExact()).isTrue());
    }
}
