package io.salesbot.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Adapters translate; the core decides (ports and adapters, as buckpal holds them to it). An
 * adapter (Slack, Discord, the console) reaches the core only through its command API ({@code
 * io.salesbot.command}: the gateway, catalogue, suggestions, uploads), its replies ({@code
 * io.salesbot.reply..}) and the notification port it implements ({@code ChatNotifier} and what it is
 * handed). A few types of other packages are part of those APIs: who is calling ({@code Visitor},
 * {@code Platform}, {@code Role}) and the read-only views a reply carries ({@code DealView} and
 * friends). Services, repositories and entities are never reached from an adapter.
 *
 * <p>This lives in the app because the app is the one module with every adapter on its classpath.
 * The app's own assembly (the application class, database, health, logging, web settings) is not
 * an adapter and is exempt: wiring the core is its job.
 */
class AdapterBoundaryTests {

    static final JavaClasses SALESBOT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.salesbot");

    /** Whole packages of the core an adapter may use. */
    static final List<String> API_PACKAGES = List.of("io.salesbot.command", "io.salesbot.reply");

    /** Packages of the core under which an adapter may use everything (sub-packages included). */
    static final List<String> API_TREES = List.of("io.salesbot.reply.");

    /** Single types of other core packages that are part of the command, reply or notification API. */
    static final Set<String> API_TYPES = Set.of(
            // the notification port an adapter implements, and what it is handed
            "io.salesbot.notification.ChatNotifier",
            "io.salesbot.notification.Delivery",
            "io.salesbot.notification.DeliveryFailure",
            "io.salesbot.notification.DeliveryTarget",
            // who calls: a Caller holds a Visitor
            "io.salesbot.workspace.Visitor",
            "io.salesbot.workspace.Platform",
            "io.salesbot.workspace.Role",
            // the read-only views a BotReply carries (deal card, deal list)
            "io.salesbot.opportunity.DealView",
            "io.salesbot.opportunity.DealSummary",
            "io.salesbot.opportunity.LineView",
            "io.salesbot.opportunity.StageView",
            "io.salesbot.opportunity.StageKind");

    @ParameterizedTest(name = "{0} uses only the core''s command, reply and notification API")
    @CsvSource({
        "io.salesbot.slack..,       io.salesbot.slack",
        "io.salesbot.discord..,     io.salesbot.discord",
        "io.salesbot.app.console.., io.salesbot.app"
    })
    void adaptersUseOnlyTheCoresCommandReplyAndNotificationApi(String adapter, String ownModule) {
        classes()
                .that()
                .resideInAPackage(adapter)
                .should()
                .onlyDependOnClassesThat(outsideTheCoreOrItsApi(ownModule))
                .check(SALESBOT);
    }

    private static DescribedPredicate<JavaClass> outsideTheCoreOrItsApi(String ownModule) {
        return DescribedPredicate.describe(
                "are not of the core, or are of its command, reply and notification API", type -> {
                    String name = type.getName();
                    String pkg = type.getPackageName();
                    String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
                    return !pkg.startsWith("io.salesbot")
                            || pkg.equals(ownModule)
                            || pkg.startsWith(ownModule + ".")
                            || API_PACKAGES.contains(pkg)
                            || API_TREES.stream().anyMatch(pkg::startsWith)
                            || API_TYPES.contains(outer);
                });
    }
}
