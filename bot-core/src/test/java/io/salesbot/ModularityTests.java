package io.salesbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays free of chat platforms, and its features depend on each other one way only. */
class ModularityTests {

    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.salesbot");

    @Test
    void coreImportsNoSlackOrDiscordTypes() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.slack..", "net.dv8tion..")
                .check(CORE);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.salesbot.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
