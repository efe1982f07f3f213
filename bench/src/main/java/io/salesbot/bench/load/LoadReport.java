package io.salesbot.bench.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results as the Markdown tables of BENCHMARKS.md, and a one-line summary per step. */
final class LoadReport {

    private LoadReport() {}

    static String line(LoadRun.Measured measured) {
        OpenLoad.Step step = measured.step();
        return String.format(
                Locale.ROOT,
                "%-8s %4.0f/s: %6.1f/s answered, %d/%d ok, p50 %.1f ms, p99 %.1f ms, max %.1f ms, >3 s %d,"
                        + " acks >3 s %d, answered later %d, send lag max %.1f ms, resident max %d MB, CPU ms %s%s",
                step.target(),
                step.rate(),
                step.achieved(),
                step.ok(),
                step.sent(),
                step.p50(),
                step.p99(),
                step.max(),
                step.overSlackLimit(),
                step.ackedLate(),
                step.answeredLater(),
                step.maxSendLagMillis(),
                measured.residentMaxMb(),
                rounded(measured.cpuMillis()),
                step.problems().isEmpty() ? "" : ", failures " + step.problems());
    }

    static String tables(List<LoadRun.Measured> results, int seconds) {
        StringBuilder out = new StringBuilder();
        out.append("| rate | target | answered/s | failed | p50 ms | p99 ms | max ms | acks > 3 s | answered later |"
                + " CPU ms/command: target, MariaDB, generator | others' CPU | resident max |\n");
        out.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|\n");
        for (LoadRun.Measured measured : results) {
            OpenLoad.Step step = measured.step();
            Map<String, Double> cpu = measured.cpuMillis();
            double commands = step.sent();
            Double own = cpu.get(step.target());
            out.append(String.format(
                    Locale.ROOT,
                    "| %.0f/s | %s | %.1f | %d | %.1f | %.1f | %.1f | %d | %d | %s, %.2f, %.2f | %.0f %% | %s |%n",
                    step.rate(),
                    step.target(),
                    step.achieved(),
                    step.failed(),
                    step.p50(),
                    step.p99(),
                    step.max(),
                    step.ackedLate(),
                    step.answeredLater(),
                    own == null ? "(in generator)" : String.format(Locale.ROOT, "%.2f", own / commands),
                    cpu.getOrDefault("mariadbd", 0.0) / commands,
                    cpu.get("generator") / commands,
                    100
                            * cpu.get("others")
                            / (seconds * 1000.0 * Runtime.getRuntime().availableProcessors()),
                    measured.residentMaxMb() > 0 ? measured.residentMaxMb() + " MB" : "–"));
        }
        out.append(
                "\nBy command (p50 / p99 ms):\n\n| rate | target | stage | new | show |\n|---:|---|---:|---:|---:|\n");
        for (LoadRun.Measured measured : results) {
            OpenLoad.Step step = measured.step();
            StringBuilder row =
                    new StringBuilder(String.format(Locale.ROOT, "| %.0f/s | %s |", step.rate(), step.target()));
            for (CommandMix.Kind kind : CommandMix.Kind.values()) {
                double[] p = step.p50p99ByKind().get(kind);
                row.append(p == null ? " – |" : String.format(Locale.ROOT, " %.1f / %.1f |", p[0], p[1]));
            }
            out.append(row).append('\n');
        }
        out.append("\nWhere the app's time goes (means from its own metrics; ms per command unless said):\n\n");
        out.append("| rate | end to end | Spring MVC /slack/events | core (parse + handler) | connection held |"
                + " connection wait | connections taken | GC pauses |\n|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (LoadRun.Measured measured : results) {
            Map<String, Double> t = measured.appTime();
            if (t.isEmpty()) {
                continue;
            }
            out.append(String.format(
                    Locale.ROOT,
                    "| %.0f/s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f, %.0f ms |%n",
                    measured.step().rate(),
                    measured.step().mean(),
                    t.get("server ms"),
                    t.get("core ms"),
                    t.get("connection held ms"),
                    t.get("connection wait ms"),
                    t.get("checkouts"),
                    t.get("gc pauses"),
                    t.get("gc pause ms")));
        }
        return out.toString();
    }

    private static String rounded(Map<String, Double> millis) {
        StringBuilder text = new StringBuilder("{");
        millis.forEach((name, value) -> text.append(text.length() > 1 ? ", " : "")
                .append(name)
                .append('=')
                .append(Math.round(value)));
        return text.append('}').toString();
    }
}
