package io.srebench.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Pins the package map of docs/decisions/0001-layering.md on the main classes: every dependency the ADR
 * forbids is one rule here ({@link LayerRules} builds them from the ADR's table). {@link ForbiddenImportsTest}
 * shows each rule failing on a class that makes the forbidden import.
 */
@AnalyzeClasses(packages = "io.srebench", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule COMMON = LayerRules.layer("common");
    @ArchTest
    static final ArchRule TRAJECTORY = LayerRules.layer("trajectory");
    @ArchTest
    static final ArchRule TASK = LayerRules.layer("task");
    @ArchTest
    static final ArchRule SCORE = LayerRules.layer("score");
    @ArchTest
    static final ArchRule SIM = LayerRules.layer("sim");
    @ArchTest
    static final ArchRule SANDBOX = LayerRules.layer("sandbox");
    @ArchTest
    static final ArchRule AGENT = LayerRules.layer("agent");
    @ArchTest
    static final ArchRule RUN = LayerRules.layer("run");
    @ArchTest
    static final ArchRule INTEROP = LayerRules.layer("interop");
    @ArchTest
    static final ArchRule REPORT = LayerRules.layer("report");
    @ArchTest
    static final ArchRule STORE = LayerRules.layer("store");
    @ArchTest
    static final ArchRule STUDIO = LayerRules.layer("studio");

    @ArchTest
    static final ArchRule CORE_HAS_NO_UI_TOOLKIT = LayerRules.CORE_HAS_NO_UI_TOOLKIT;
    @ArchTest
    static final ArchRule ONLY_STORE_USES_JDBC = LayerRules.ONLY_STORE_USES_JDBC;
    @ArchTest
    static final ArchRule ONLY_CLI_USES_PICOCLI = LayerRules.ONLY_CLI_USES_PICOCLI;
    @ArchTest
    static final ArchRule ONLY_PROVIDERS_USE_MODEL_SDKS = LayerRules.ONLY_PROVIDERS_USE_MODEL_SDKS;
    @ArchTest
    static final ArchRule ONLY_SANDBOX_PODS_USE_THE_KUBERNETES_CLIENT = LayerRules.ONLY_SANDBOX_PODS_USE_THE_KUBERNETES_CLIENT;
    @ArchTest
    static final ArchRule CLI_HAS_NO_UI_TOOLKIT = LayerRules.CLI_HAS_NO_UI_TOOLKIT;
    @ArchTest
    static final ArchRule CLI_REACHES_STUDIO_ONLY_THROUGH_ITS_LAUNCHER = LayerRules.CLI_REACHES_STUDIO_ONLY_THROUGH_LAUNCHER;
    @ArchTest
    static final ArchRule COMPARE_DOES_NOT_BORROW_FROM_THE_INSPECTOR = LayerRules.COMPARE_DOES_NOT_BORROW_FROM_INSPECTOR;
    @ArchTest
    static final ArchRule THE_KIT_SERVES_THE_VIEWS = LayerRules.KIT_SERVES_THE_VIEWS;
}
