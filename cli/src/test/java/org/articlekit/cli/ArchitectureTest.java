package org.articlekit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

/** The module rules of DESIGN.md, checked on the compiled main classes of every module. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.articlekit");
    }

    @Test
    void everyModuleIsImported() {
        // guards the rules below against passing on an empty import
        for (String module : new String[] {"core", "parser", "exporter", "cli"}) {
            String prefix = "org.articlekit." + module;
            if (classes.stream().noneMatch(c -> c.getPackageName().startsWith(prefix))) {
                throw new AssertionError("no classes imported from " + prefix);
            }
        }
    }

    @Test
    void coreUsesOnlyTheJdk() {
        check(classes().that().resideInAPackage("org.articlekit.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.articlekit.core.."));
    }

    @Test
    void exporterNeverUsesParser() {
        check(noClasses().that().resideInAPackage("org.articlekit.exporter..")
                .should().dependOnClassesThat().resideInAPackage("org.articlekit.parser.."));
    }

    @Test
    void onlyCliUsesPicocli() {
        check(noClasses().that().resideOutsideOfPackage("org.articlekit.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli.."));
    }

    @Test
    void picocliModelIsBuiltInCodeNotReadFromAnnotations() {
        // reading annotations makes picocli create proxies and method handles at run time, which the launcher's
        // class-data archive cannot keep: tens of milliseconds of every run (see Args)
        check(noClasses().that().resideInAPackage("org.articlekit..")
                .should().dependOnClassesThat().haveNameMatching("picocli\\.CommandLine\\$(Command|Option|Parameters"
                        + "|Mixin|ArgGroup|Spec|ParentCommand|Unmatched)|picocli\\.AutoComplete\\$GenerateCompletion")
                .orShould().callMethod(CommandSpec.class, "mixinStandardHelpOptions", boolean.class)
                .orShould().callMethod(CommandSpec.class, "forAnnotatedObject", Object.class));
    }

    @Test
    void noPackageCycles() {
        check(slices().matching("org.articlekit.(**)").should().beFreeOfCycles());
    }

    @Test
    void nothingOutsideCliTouchesTheConsoleOrExits() {
        check(noClasses().that().resideOutsideOfPackage("org.articlekit.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class));
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        for (String module : new String[] {"core", "parser", "exporter", "cli"}) {
            String own = "org.articlekit." + module + "..";
            check(noClasses().that().resideOutsideOfPackage(own)
                    .should().dependOnClassesThat().resideInAPackage("org.articlekit." + module + ".internal.."));
        }
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
