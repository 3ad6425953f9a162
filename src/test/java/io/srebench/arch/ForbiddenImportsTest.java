package io.srebench.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.srebench.agent.archfixture.AgentUsesProviderSdk;
import io.srebench.agent.archfixture.AgentUsesRun;
import io.srebench.cli.archfixture.CliUsesJavaFx;
import io.srebench.cli.archfixture.CliUsesStudioView;
import io.srebench.common.archfixture.CommonUsesTrajectory;
import io.srebench.interop.archfixture.InteropUsesStore;
import io.srebench.report.archfixture.ReportUsesStore;
import io.srebench.run.archfixture.RunUsesInterop;
import io.srebench.run.archfixture.RunUsesJavaFx;
import io.srebench.run.archfixture.RunUsesJdbc;
import io.srebench.run.archfixture.RunUsesKubernetesClient;
import io.srebench.run.archfixture.RunUsesPicocli;
import io.srebench.sandbox.archfixture.SandboxUsesAgent;
import io.srebench.score.archfixture.ScoreUsesSim;
import io.srebench.sim.archfixture.SimUsesRun;
import io.srebench.store.archfixture.StoreUsesStudio;
import io.srebench.studio.archfixture.StudioUsesCli;
import io.srebench.studio.compare.archfixture.CompareUsesInspector;
import io.srebench.studio.kit.archfixture.KitUsesCompare;
import io.srebench.task.archfixture.TaskUsesScore;
import io.srebench.trajectory.archfixture.TrajectoryUsesTask;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link LayeringTest} fails on a class that makes the import it forbids (the fixtures under
 * {@code io.srebench.*.archfixture} in the test sources), so no rule can pass vacuously.
 */
class ForbiddenImportsTest {
    /** Rule field name in LayeringTest -> a class that breaks it. */
    private static final Map<String, Class<?>> BREAKERS = new LinkedHashMap<>();

    static {
        BREAKERS.put("COMMON", CommonUsesTrajectory.class);
        BREAKERS.put("TRAJECTORY", TrajectoryUsesTask.class);
        BREAKERS.put("TASK", TaskUsesScore.class);
        BREAKERS.put("SCORE", ScoreUsesSim.class);
        BREAKERS.put("SIM", SimUsesRun.class);
        BREAKERS.put("SANDBOX", SandboxUsesAgent.class);
        BREAKERS.put("AGENT", AgentUsesRun.class);
        BREAKERS.put("RUN", RunUsesInterop.class);
        BREAKERS.put("INTEROP", InteropUsesStore.class);
        BREAKERS.put("REPORT", ReportUsesStore.class);
        BREAKERS.put("STORE", StoreUsesStudio.class);
        BREAKERS.put("STUDIO", StudioUsesCli.class);
        BREAKERS.put("CORE_HAS_NO_UI_TOOLKIT", RunUsesJavaFx.class);
        BREAKERS.put("ONLY_STORE_USES_JDBC", RunUsesJdbc.class);
        BREAKERS.put("ONLY_CLI_USES_PICOCLI", RunUsesPicocli.class);
        BREAKERS.put("ONLY_PROVIDERS_USE_MODEL_SDKS", AgentUsesProviderSdk.class);
        BREAKERS.put("ONLY_SANDBOX_PODS_USE_THE_KUBERNETES_CLIENT", RunUsesKubernetesClient.class);
        BREAKERS.put("CLI_HAS_NO_UI_TOOLKIT", CliUsesJavaFx.class);
        BREAKERS.put("CLI_REACHES_STUDIO_ONLY_THROUGH_ITS_LAUNCHER", CliUsesStudioView.class);
        BREAKERS.put("COMPARE_DOES_NOT_BORROW_FROM_THE_INSPECTOR", CompareUsesInspector.class);
        BREAKERS.put("THE_KIT_SERVES_THE_VIEWS", KitUsesCompare.class);
    }

    static Iterable<Arguments> rulesAndBreakers() {
        return BREAKERS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue())).toList();
    }

    @ParameterizedTest(name = "{0} catches {1}")
    @MethodSource("rulesAndBreakers")
    void theRuleFailsOnAClassMakingTheForbiddenImport(String rule, Class<?> breaker) throws Exception {
        JavaClasses classes = new ClassFileImporter().importClasses(breaker);
        EvaluationResult result = ruleNamed(rule).evaluate(classes);
        assertTrue(result.hasViolation(), rule + " let " + breaker.getSimpleName() + " through");
        assertTrue(result.getFailureReport().getDetails().stream().anyMatch(d -> d.contains(breaker.getName())),
                "the report names the offending class: " + result.getFailureReport().getDetails());
    }

    @Test
    void everyRuleOfLayeringTestHasABreaker() {
        Set<String> rules = new HashSet<>();
        for (Field f : LayeringTest.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && ArchRule.class.isAssignableFrom(f.getType())) {
                rules.add(f.getName());
            }
        }
        assertEquals(rules, BREAKERS.keySet(), "rules without a breaker, or breakers without a rule");
    }

    @Test
    void everyLayerOfTheTableButTheCliHasARule() {
        Set<String> layers = new HashSet<>(LayerRules.ALLOWED.keySet());
        layers.remove("cli"); // the CLI may use every package; its one limit is the launcher rule
        Set<String> ruled = new HashSet<>();
        for (String name : BREAKERS.keySet()) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (LayerRules.ALLOWED.containsKey(lower)) {
                ruled.add(lower);
            }
        }
        assertEquals(layers, ruled);
    }

    private static ArchRule ruleNamed(String name) throws ReflectiveOperationException {
        Field f = LayeringTest.class.getDeclaredField(name);
        f.setAccessible(true);
        return (ArchRule) f.get(null);
    }
}
