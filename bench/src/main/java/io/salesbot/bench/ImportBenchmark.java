package io.salesbot.bench;

import io.salesbot.campaign.CampaignService;
import io.salesbot.forecast.DealTotals;
import io.salesbot.transfer.DealCsvImport;
import io.salesbot.transfer.ImportReport;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import io.salesbot.workspace.WorkspaceService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times a CSV import of deals as an admin runs it: the dry run (every row checked, nothing
 * written) and the import (checked again and written), each into a fresh workspace of 10 reps
 * and 3 campaigns. Rows use every column the import reads: stages by name (a tenth lost with a
 * reason, a tenth won), both deal types, campaigns, sources, owners by name, close dates over a
 * year, Thai and quoted text. Medians over rounds; the roll-ups are compared with the deals after
 * every import.
 */
public final class ImportBenchmark {

    static final String[] STAGES = {"wait", "in progress", "won", "lost", "wait", "in progress", "wait", "in progress"};
    static final String[] SOURCES = {"referral", "web", "event", "cold_call", "social"};

    /** One size's figures: medians in milliseconds, and whether every import's roll-ups were exact. */
    public record Result(int rows, double checkMillis, double importMillis, boolean totalsExact) {

        public double importMicrosPerRow() {
            return importMillis * 1000 / rows;
        }

        /** As BENCHMARKS.md records it. */
        public String line() {
            return String.format(
                    Locale.ROOT,
                    "import %,6d rows: dry run %8.1f ms  import %8.1f ms  (%6.1f µs a row)  roll-ups %s",
                    rows,
                    checkMillis,
                    importMillis,
                    importMicrosPerRow(),
                    totalsExact ? "equal" : "DIFFERENT");
        }
    }

    private final WorkspaceService workspaces;
    private final CampaignService campaigns;
    private final DealCsvImport importer;
    private final DealTotals totals;

    public ImportBenchmark(
            WorkspaceService workspaces, CampaignService campaigns, DealCsvImport importer, DealTotals totals) {
        this.workspaces = workspaces;
        this.campaigns = campaigns;
        this.importer = importer;
        this.totals = totals;
    }

    public List<Result> run(String prefix, int[] sizes, int rounds) {
        List<Result> results = new ArrayList<>();
        for (int rows : sizes) {
            String csv = csv(rows, new Random(rows));
            double[] checks = new double[rounds];
            double[] imports = new double[rounds];
            boolean exact = true;
            for (int round = 0; round < rounds; round++) {
                Actor admin = workspace(prefix + "-" + rows + "-" + round);
                long started = System.nanoTime();
                ImportReport checked = importer.run(admin, csv, true);
                checks[round] = (System.nanoTime() - started) / 1e6;
                started = System.nanoTime();
                ImportReport imported = importer.run(admin, csv, false);
                imports[round] = (System.nanoTime() - started) / 1e6;
                if (!checked.problems().isEmpty() || !imported.imported()) {
                    throw new IllegalStateException("the generated file has problems: " + imported.problems());
                }
                exact &= totals.differences(admin.workspaceId()).isEmpty();
            }
            results.add(new Result(rows, median(checks), median(imports), exact));
        }
        return results;
    }

    private Actor workspace(String team) {
        Actor admin = workspaces.enter(new Visitor(Platform.SLACK, team, team, "admin", "Admin", Role.ADMIN));
        for (int rep = 0; rep < 10; rep++) {
            workspaces.enter(new Visitor(Platform.SLACK, team, team, "rep" + rep, "Rep " + rep, Role.REP));
        }
        for (int campaign = 0; campaign < 3; campaign++) {
            campaigns.create(admin, "Campaign " + campaign, null, null, null);
        }
        return admin;
    }

    /** A file of {@code rows} deals, as a spreadsheet would save it. */
    static String csv(int rows, Random random) {
        StringBuilder csv = new StringBuilder(
                "name,customer,type,stage,prob,amount,close,campaign,source,owner,lost_reason,description\n");
        for (int i = 1; i <= rows; i++) {
            String stage = STAGES[random.nextInt(STAGES.length)];
            csv.append("Deal ")
                    .append(i)
                    .append(",\"บริษัท ")
                    .append(random.nextInt(500))
                    .append(", จำกัด\",")
                    .append(random.nextBoolean() ? "new_customer" : "existing_customer")
                    .append(',')
                    .append(stage)
                    .append(',')
                    .append(
                            stage.equals("won") || stage.equals("lost") || random.nextBoolean()
                                    ? ""
                                    : random.nextInt(101))
                    .append(',')
                    .append(random.nextInt(5_000_000))
                    .append('.')
                    .append(random.nextInt(90) + 10)
                    .append(",2027-")
                    .append(String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .append(',')
                    .append(random.nextInt(4) == 0 ? "" : "Campaign " + random.nextInt(3))
                    .append(',')
                    .append(SOURCES[random.nextInt(SOURCES.length)])
                    .append(',')
                    .append(random.nextInt(11) == 0 ? "" : "Rep " + random.nextInt(10))
                    .append(',')
                    .append(stage.equals("lost") ? "Price too high" : "")
                    .append(",\"Line one\nline \"\"two\"\"\"\n");
        }
        return csv.toString();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
