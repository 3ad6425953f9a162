package io.srebench.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import io.srebench.studio.StudioLauncher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of ADR 0001 as ArchUnit rules. {@link #ALLOWED} is the ADR's table: which srebench packages each
 * package may use (its subpackages included); everything else under {@code io.srebench} is forbidden to it.
 */
final class LayerRules {
    /** Package -> the srebench packages it may depend on, bottom to top, as in the ADR. */
    static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("common", Set.of());
        ALLOWED.put("trajectory", Set.of("common"));
        ALLOWED.put("task", Set.of("common"));
        ALLOWED.put("score", Set.of("common", "task"));
        ALLOWED.put("sim", Set.of("common", "task"));
        ALLOWED.put("sandbox", Set.of("common"));
        ALLOWED.put("agent", Set.of("common", "trajectory", "task", "sandbox"));
        ALLOWED.put("run", Set.of("common", "trajectory", "task", "score", "sim", "sandbox", "agent"));
        ALLOWED.put("interop", Set.of("common", "trajectory", "task", "score", "agent", "run"));
        ALLOWED.put("report", Set.of("common", "trajectory", "task", "score", "run"));
        ALLOWED.put("store", Set.of("common", "trajectory", "task", "score", "run"));
        ALLOWED.put("cli", Set.of("common", "trajectory", "task", "score", "sim", "sandbox", "agent", "run", "interop",
                "report", "store", "studio"));
        ALLOWED.put("studio", Set.of("common", "trajectory", "task", "score", "sim", "sandbox", "agent", "run",
                "interop", "report", "store"));
    }

    static final String[] CORE = {
        "io.srebench.common..", "io.srebench.trajectory..", "io.srebench.task..", "io.srebench.score..",
        "io.srebench.sim..", "io.srebench.sandbox..", "io.srebench.agent..", "io.srebench.run..",
        "io.srebench.interop..", "io.srebench.report..",
    };

    private static final String[] UI_TOOLKIT = {"javafx..", "org.controlsfx..", "org.fxmisc..", "atlantafx..",
        "org.kordamp.."};

    static final ArchRule CORE_HAS_NO_UI_TOOLKIT = noClasses().that().resideInAnyPackage(CORE)
            .or().resideInAPackage("io.srebench.store..")
            .should().dependOnClassesThat().resideInAnyPackage(UI_TOOLKIT)
            .because("the evaluation core and the store run headless in the CLI and in CI");

    static final ArchRule ONLY_STORE_USES_JDBC = noClasses().that().resideOutsideOfPackage("io.srebench.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
            .because("the store owns the database; everything else sees plain records");

    static final ArchRule ONLY_CLI_USES_PICOCLI = noClasses().that().resideOutsideOfPackage("io.srebench.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("command-line parsing belongs to the CLI front end");

    static final ArchRule ONLY_PROVIDERS_USE_MODEL_SDKS = noClasses().that()
            .resideOutsideOfPackage("io.srebench.agent.provider..")
            .should().dependOnClassesThat().resideInAnyPackage("com.openai..", "com.anthropic..")
            .because("provider SDKs stay behind the ModelClient interface of agent.provider");

    static final ArchRule ONLY_SANDBOX_PODS_USE_THE_KUBERNETES_CLIENT = noClasses().that()
            .resideOutsideOfPackage("io.srebench.sandbox.kubernetes..")
            .should().dependOnClassesThat().resideInAPackage("io.fabric8..")
            .because("the cluster is one kind of sandbox; everything else sees Sandbox and SandboxPods "
                    + "(docs/decisions/0008-kubernetes-executor.md)");

    static final ArchRule CLI_HAS_NO_UI_TOOLKIT = noClasses().that().resideInAPackage("io.srebench.cli..")
            .should().dependOnClassesThat().resideInAnyPackage(UI_TOOLKIT)
            .because("the CLI must start without the JavaFX toolkit");

    static final ArchRule CLI_REACHES_STUDIO_ONLY_THROUGH_LAUNCHER = noClasses().that()
            .resideInAPackage("io.srebench.cli..")
            .should().dependOnClassesThat(resideInAPackage("io.srebench.studio..")
                    .and(not(belongToAnyOf(StudioLauncher.class))))
            .because("the CLI starts the studio (and its headless renders) only through StudioLauncher, "
                    + "which loads JavaFX lazily");

    static final ArchRule COMPARE_DOES_NOT_BORROW_FROM_INSPECTOR = noClasses().that()
            .resideInAPackage("io.srebench.studio.compare..")
            .should().dependOnClassesThat().resideInAPackage("io.srebench.studio.inspector..")
            .because("what both run views use lives in io.srebench.studio.kit (docs/decisions/0010-studio-structure.md)");

    static final ArchRule KIT_SERVES_THE_VIEWS = noClasses().that().resideInAPackage("io.srebench.studio.kit..")
            .should().dependOnClassesThat().resideInAnyPackage("io.srebench.studio.inspector..",
                    "io.srebench.studio.compare..")
            .because("the kit is shared by the inspector and the comparison, so it depends on neither");

    private LayerRules() {
    }

    /** The rule for one package of the table: it uses no srebench package outside its allowed set. */
    static ArchRule layer(String name) {
        Set<String> allowed = ALLOWED.get(name);
        if (allowed == null) {
            throw new IllegalArgumentException("no layer " + name);
        }
        List<String> forbidden = new ArrayList<>();
        for (String other : ALLOWED.keySet()) {
            if (!other.equals(name) && !allowed.contains(other)) {
                forbidden.add("io.srebench." + other + "..");
            }
        }
        return noClasses().that().resideInAPackage("io.srebench." + name + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(new String[0]))
                .as(name + " uses only " + (allowed.isEmpty() ? "no other srebench package" : String.join(", ",
                        allowed.stream().sorted().toList())))
                .because("docs/decisions/0001-layering.md");
    }
}
