package io.salesbot.bench;

import io.salesbot.campaign.CampaignReportService;
import io.salesbot.campaign.CampaignService;
import io.salesbot.command.CommandGateway;
import io.salesbot.forecast.DealTotals;
import io.salesbot.forecast.ForecastService;
import io.salesbot.notification.Outbox;
import io.salesbot.transfer.DealCsvImport;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import io.salesbot.workspace.WorkspaceService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates deals into the database given by {@code spring.datasource.*} and times the manager
 * questions. Arguments: workspaces, deals per workspace, reps per workspace, rounds. See
 * BENCHMARKS.md for the command and the figures.
 */
@SpringBootApplication(scanBasePackages = "io.salesbot")
// Entities and repositories live in bot-core's packages, above this one.
@AutoConfigurationPackage(basePackages = "io.salesbot")
public class BenchMain {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("notifications")) {
            notifications(args.length > 1 ? Integer.parseInt(args[1]) : 1_000);
            return;
        }
        if (args.length > 0 && args[0].equals("dms")) {
            directMessages(
                    args.length > 1 ? Integer.parseInt(args[1]) : 10_000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 4,
                    args.length > 3 ? Integer.parseInt(args[3]) : 20);
            return;
        }
        if (args.length > 0 && args[0].equals("import")) {
            imports(args.length > 1 ? args[1] : "1000,4000,10000", args.length > 2 ? Integer.parseInt(args[2]) : 3);
            return;
        }
        if (args.length > 0 && args[0].equals("funnel")) {
            funnel(
                    args.length > 1 ? Integer.parseInt(args[1]) : 100_000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 15);
            return;
        }
        if (args.length > 1 && args[0].equals("call")) {
            forecastCall(args[1], args.length > 2 ? Integer.parseInt(args[2]) : 15);
            return;
        }
        if (args.length > 1 && args[0].equals("changes")) {
            changesAgain(args[1], args.length > 2 ? Integer.parseInt(args[2]) : 15);
            return;
        }
        if (args.length > 1 && args[0].equals("questions")) {
            questionsAgain(args[1], args.length > 2 ? Integer.parseInt(args[2]) : 15);
            return;
        }
        int workspaces = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int deals = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        SpringApplication application = new SpringApplication(BenchMain.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--salesbot.outbox.enabled=false")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            String prefix = "bench-" + System.currentTimeMillis();
            long started = System.nanoTime();
            List<DataGenerator.Generated> generated = new DataGenerator(jdbc, context.getBean(WorkspaceService.class))
                    .generate(prefix, workspaces, deals, reps);
            System.out.printf(
                    Locale.ROOT,
                    "generated %d workspace(s) x %d deals in %.1f s, team %s%n",
                    workspaces,
                    deals,
                    (System.nanoTime() - started) / 1e9,
                    prefix + "-0");
            checkTotals(
                    context,
                    generated.stream().map(DataGenerator.Generated::workspaceId).toList());
            questions(context, generated.get(0).admin(), rounds);
        }
    }

    /**
     * {@code questions <team> [rounds]}: times the questions again on a workspace generated before
     * (its team id is printed as "team"), without generating.
     */
    private static void questionsAgain(String team, int rounds) {
        SpringApplication application = new SpringApplication(BenchMain.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--salesbot.outbox.enabled=false")) {
            Actor admin = context.getBean(WorkspaceService.class)
                    .enter(new Visitor(Platform.SLACK, team, team, "admin", "Admin", Role.ADMIN));
            checkTotals(context, List.of(admin.workspaceId()));
            questions(context, admin, rounds);
        }
    }

    /** {@code changes <team> [rounds]}: times only {@code /forecast changes} on a generated workspace. */
    private static void changesAgain(String team, int rounds) {
        SpringApplication application = new SpringApplication(BenchMain.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--salesbot.outbox.enabled=false")) {
            Actor admin = context.getBean(WorkspaceService.class)
                    .enter(new Visitor(Platform.SLACK, team, team, "admin", "Admin", Role.ADMIN));
            changes(context, admin, rounds);
        }
    }

    private static void checkTotals(ConfigurableApplicationContext context, List<Long> workspaceIds) {
        DealTotals totals = context.getBean(DealTotals.class);
        for (long workspaceId : workspaceIds) {
            List<String> differences = totals.differences(workspaceId);
            System.out.printf(
                    Locale.ROOT,
                    "roll-ups of workspace %d against its deals: %s%n",
                    workspaceId,
                    differences.isEmpty() ? "equal" : differences);
        }
    }

    private static void questions(ConfigurableApplicationContext context, Actor admin, int rounds) {
        QuestionBenchmark benchmark = new QuestionBenchmark(
                context.getBean(ForecastService.class),
                context.getBean(CampaignReportService.class),
                context.getBean(JdbcTemplate.class));
        for (QuestionBenchmark.Result result : benchmark.run(admin, LocalDate.now(), 3, rounds)) {
            System.out.printf(
                    Locale.ROOT,
                    "%-28s service median %7.1f ms (p95 %7.1f)  SQL on deals %7.1f ms  SQL on roll-ups %6.1f ms"
                            + "  ratio to best %.2f%n",
                    result.question(),
                    result.serviceMedian(),
                    result.serviceP95(),
                    result.dealsSqlMedian(),
                    result.totalsSqlMedian(),
                    result.ratio());
        }
        benchmark.plan(admin.workspaceId()).forEach(row -> System.out.println("plan: " + row));
        changes(context, admin, rounds);
    }

    private static void changes(ConfigurableApplicationContext context, Actor admin, int rounds) {
        QuestionBenchmark.Result moved = new ForecastChangesBenchmark(
                        context.getBean(io.salesbot.forecast.ForecastChangeService.class),
                        context.getBean(JdbcTemplate.class))
                .run(admin, LocalDate.now(), 3, rounds);
        System.out.printf(
                Locale.ROOT,
                "%-28s service median %7.1f ms (p95 %7.1f)  hand-written SQL %7.1f ms  ratio %.2f%n",
                moved.question(),
                moved.serviceMedian(),
                moved.serviceP95(),
                moved.dealsSqlMedian(),
                moved.ratio());
    }

    /** {@code funnel <deals> [rounds]}: /pipeline funnel on deals with their stage history (FunnelBenchmark). */
    private static void funnel(int deals, int rounds) {
        SpringApplication application = new SpringApplication(BenchMain.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--salesbot.outbox.enabled=false")) {
            FunnelBenchmark benchmark =
                    new FunnelBenchmark(context.getBean(JdbcTemplate.class), context.getBean(WorkspaceService.class));
            String team = "funnel-" + System.currentTimeMillis();
            long started = System.nanoTime();
            Actor admin = benchmark.generate(team, deals, 500);
            System.out.printf(
                    Locale.ROOT,
                    "generated %d deals with history in %.1f s, team %s%n",
                    deals,
                    (System.nanoTime() - started) / 1e9,
                    team);
            QuestionBenchmark.Result result = benchmark.run(
                    context.getBean(io.salesbot.forecast.FunnelService.class),
                    admin,
                    java.time.ZoneId.of("Asia/Bangkok"),
                    3,
                    rounds);
            System.out.printf(
                    Locale.ROOT,
                    "%-28s service median %7.1f ms (p95 %7.1f)  hand-written SQL %7.1f ms  ratio %.2f%n",
                    result.question(),
                    result.serviceMedian(),
                    result.serviceP95(),
                    result.dealsSqlMedian(),
                    result.ratio());
        }
    }

    /**
     * {@code call <deals|team> [rounds]}: the forecast call's questions (issue 15) in one run on one
     * workspace of deals with their full history: generated (FunnelBenchmark's deals, 500 reps)
     * when the first argument is a number, else the workspace of that team; completed with quotas,
     * reps' calls and recent changes (ForecastCallData, skipped where already there); then each
     * question through the service beside hand-written SQL.
     */
    private static void forecastCall(String dealsOrTeam, int rounds) {
        SpringApplication application = new SpringApplication(BenchMain.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--salesbot.outbox.enabled=false")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            WorkspaceService workspaces = context.getBean(WorkspaceService.class);
            FunnelBenchmark funnel = new FunnelBenchmark(jdbc, workspaces);
            Actor admin;
            if (dealsOrTeam.matches("\\d+")) {
                String team = "call-" + System.currentTimeMillis();
                long started = System.nanoTime();
                admin = funnel.generate(team, Integer.parseInt(dealsOrTeam), 500);
                System.out.printf(
                        Locale.ROOT,
                        "generated %s deals with history in %.1f s, team %s%n",
                        dealsOrTeam,
                        (System.nanoTime() - started) / 1e9,
                        team);
            } else {
                admin = workspaces.enter(
                        new Visitor(Platform.SLACK, dealsOrTeam, dealsOrTeam, "admin", "Admin", Role.ADMIN));
            }
            ZoneId zone = workspaces.enteredSettings(admin).zone();
            LocalDate today = LocalDate.now(zone);
            long started = System.nanoTime();
            new ForecastCallData(jdbc, new TransactionTemplate(context.getBean(PlatformTransactionManager.class)))
                    .complete(admin, zone, today, Instant.now())
                    .forEach(part -> System.out.println("completion: " + part));
            System.out.printf(
                    Locale.ROOT,
                    "completed for the forecast call in %.1f s: %d deals, %d history rows%n",
                    (System.nanoTime() - started) / 1e9,
                    jdbc.queryForObject(
                            "SELECT COUNT(*) FROM opportunity WHERE workspace_id = ?", Long.class, admin.workspaceId()),
                    jdbc.queryForObject(
                            "SELECT COUNT(*) FROM opportunity_change WHERE workspace_id = ?",
                            Long.class,
                            admin.workspaceId()));
            // The roll-ups and each deal's stays (kept by triggers) against the deals and their history;
            // -Dbench.skipCheck=true for a run again on data already checked (about 3 minutes at 1M).
            if (!Boolean.getBoolean("bench.skipCheck")) {
                checkTotals(context, List.of(admin.workspaceId()));
            }
            List<QuestionBenchmark.Result> results = new ArrayList<>(new ForecastCallBenchmark(
                            context.getBean(ForecastService.class),
                            context.getBean(io.salesbot.call.CallAccuracyService.class),
                            jdbc)
                    .run(admin, zone, today, 3, rounds));
            results.add(
                    2,
                    new ForecastChangesBenchmark(
                                    context.getBean(io.salesbot.forecast.ForecastChangeService.class), jdbc)
                            .run(admin, today, 3, rounds));
            results.add(funnel.run(
                    context.getBean(io.salesbot.forecast.FunnelService.class),
                    admin,
                    ZoneId.of("Asia/Bangkok"),
                    3,
                    rounds));
            for (QuestionBenchmark.Result result : results) {
                // Issue 15's targets: /forecast under 100 ms, the others under 300 ms.
                double target = result.question().startsWith("forecast 4 quarters") ? 100 : 300;
                System.out.printf(
                        Locale.ROOT,
                        "%-34s service median %7.1f ms (p95 %7.1f)  hand-written SQL %7.1f ms  ratio %5.2f"
                                + "  target %3.0f ms %s%n",
                        result.question(),
                        result.serviceMedian(),
                        result.serviceP95(),
                        result.dealsSqlMedian(),
                        result.ratio(),
                        target,
                        result.serviceMedian() < target ? "met" : "MISSED");
            }
        }
    }

    /** {@code notifications <backlog>}: latency of won notifications, without and with a backlog. */
    private static void notifications(int backlog) {
        NotificationLatency platform = new NotificationLatency();
        SpringApplication application = new SpringApplication(BenchMain.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("latencyPlatform", platform));
        try (ConfigurableApplicationContext context = application.run("--salesbot.outbox.enabled=true")) {
            CommandGateway gateway = context.getBean(CommandGateway.class);
            Outbox outbox = context.getBean(Outbox.class);
            for (int waiting : new int[] {0, backlog}) {
                double[] millis = platform.measure(gateway, outbox, 50, waiting);
                System.out.printf(
                        Locale.ROOT,
                        "won -> platform, %4d waiting: p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
                        waiting,
                        QuestionBenchmark.percentile(millis, 50),
                        QuestionBenchmark.percentile(millis, 99),
                        millis[millis.length - 1]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code dms [members] [senders] [latency ms]}: a minute's task reminders for every member,
     * through the real schedule and outbox to a platform simulated with Slack's per-conversation
     * limit ({@link DirectMessageBurst}).
     */
    private static void directMessages(int members, int senders, int latencyMillis) {
        DirectMessageBurst platform = new DirectMessageBurst(java.time.Duration.ofMillis(latencyMillis));
        SpringApplication application = new SpringApplication(BenchMain.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("burstPlatform", platform));
        try (ConfigurableApplicationContext context = application.run(
                "--salesbot.outbox.enabled=true", "--salesbot.outbox.direct-message-senders=" + senders)) {
            System.out.println("senders " + senders + ", latency " + latencyMillis + " ms: "
                    + platform.run(
                            context.getBean(WorkspaceService.class),
                            context.getBean(io.salesbot.task.TaskService.class),
                            context.getBean(JdbcTemplate.class),
                            members));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code import [sizes] [rounds]}: CSV imports of rising size, dry run and import (ImportBenchmark). */
    private static void imports(String sizes, int rounds) {
        SpringApplication application = new SpringApplication(BenchMain.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--salesbot.outbox.enabled=false")) {
            ImportBenchmark benchmark = new ImportBenchmark(
                    context.getBean(WorkspaceService.class),
                    context.getBean(CampaignService.class),
                    context.getBean(DealCsvImport.class),
                    context.getBean(DealTotals.class));
            int[] rows =
                    Arrays.stream(sizes.split(",")).mapToInt(Integer::parseInt).toArray();
            String prefix = "import-" + System.currentTimeMillis();
            benchmark.run(prefix + "-warmup", new int[] {rows[0]}, 1);
            for (ImportBenchmark.Result result : benchmark.run(prefix, rows, rounds)) {
                System.out.println(result.line());
            }
        }
    }
}
