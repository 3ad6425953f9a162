package io.srebench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Pins the layering of docs/decisions/0001-layering.md: the evaluation core has no UI and no
 * JDBC; only {@code store} talks to the database; nothing in the core reaches up into cli/studio.
 */
@AnalyzeClasses(packages = "io.srebench", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String[] CORE = {
        "io.srebench.task..", "io.srebench.score..", "io.srebench.sim..", "io.srebench.sandbox..",
        "io.srebench.agent..", "io.srebench.run..", "io.srebench.interop..",
    };

    @ArchTest
    static final ArchRule CORE_HAS_NO_JAVAFX = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..",
                    "atlantafx..", "org.kordamp..")
            .because("the evaluation core runs headless in the CLI and in CI");

    @ArchTest
    static final ArchRule ONLY_STORE_USES_JDBC = noClasses().that().resideOutsideOfPackage("io.srebench.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
            .because("the store owns the database; everything else sees plain records");

    @ArchTest
    static final ArchRule CORE_DOES_NOT_REACH_UP = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("io.srebench.cli..", "io.srebench.studio..",
                    "io.srebench.store..")
            .because("the core is embedded by the CLI, the studio and the store, never the other way round");

    @ArchTest
    static final ArchRule STORE_HAS_NO_UI = noClasses().that().resideInAPackage("io.srebench.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.srebench.studio..", "io.srebench.cli..");

    @ArchTest
    static final ArchRule CLI_HAS_NO_JAVAFX = noClasses().that().resideInAPackage("io.srebench.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the CLI must start without the JavaFX toolkit; it reaches the studio only through its launcher");

    @ArchTest
    static final ArchRule TASK_AND_SCORE_ARE_THE_BOTTOM = noClasses().that().resideInAnyPackage("io.srebench.task..",
                    "io.srebench.score..")
            .should().dependOnClassesThat().resideInAnyPackage("io.srebench.sandbox..", "io.srebench.agent..",
                    "io.srebench.run..", "io.srebench.sim..", "io.srebench.interop..")
            .because("task and score are the bottom of the core");

    @ArchTest
    static final ArchRule CLI_REACHES_THE_STUDIO_ONLY_THROUGH_ITS_LAUNCHER = noClasses().that()
            .resideInAPackage("io.srebench.cli..")
            .should().dependOnClassesThat(resideInAPackage("io.srebench.studio..")
                    .and(not(nameMatching("io\\.srebench\\.studio\\.StudioLauncher(\\$.*)?"))))
            .because("the studio's views and windows are its own; the CLI opens it or renders a snapshot through "
                    + "StudioLauncher and its option records (docs/decisions/0010-studio-structure.md)");

    @ArchTest
    static final ArchRule COMPARE_DOES_NOT_BORROW_FROM_THE_INSPECTOR = noClasses().that()
            .resideInAPackage("io.srebench.studio.compare..")
            .should().dependOnClassesThat().resideInAPackage("io.srebench.studio.inspector..")
            .because("what both run views use lives in io.srebench.studio.kit");

    @ArchTest
    static final ArchRule THE_KIT_SERVES_THE_VIEWS = noClasses().that().resideInAPackage("io.srebench.studio.kit..")
            .should().dependOnClassesThat().resideInAnyPackage("io.srebench.studio.inspector..",
                    "io.srebench.studio.compare..")
            .because("the kit is shared by the inspector and the comparison, so it depends on neither");
}
