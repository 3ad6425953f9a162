package io.srebench.cli;

import static io.srebench.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code srebench score} end to end, through {@link SrebenchCommand#newCommandLine()}. */
class ScoreCommandTest {
    private static final String V2 = """
            apiVersion: itbench.io/v2
            kind: GroundTruth
            metadata: {name: t}
            spec:
              entities:
                - {apiVersion: v1, kind: ConfigMap, metadata: {name: flagd-config, namespace: otel-demo}}
                - {apiVersion: apps/v1, kind: Deployment, metadata: {name: cart, namespace: otel-demo}}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Path itbench(String rel) {
        String d = System.getProperty("srebench.itbench.dir");
        assertNotNull(d, "system property srebench.itbench.dir is not set");
        return Path.of(d, "scenarios", rel);
    }

    @Test
    void multiScenarioGroundTruthListIsSelectedWithScenario() throws IOException {
        Path truth = write("ground_truths.json", """
                [{"id": "2", "groups": [{"id": "g1", "kind": "ConfigMap", "namespace": "otel-demo", "name": "flagd-config",
                   "root_cause": true}], "propagations": []},
                 {"id": "3", "groups": [{"id": "g1", "kind": "Service", "namespace": "otel-demo", "name": "ad",
                   "root_cause": true}], "propagations": []}]
                """);
        Path sub = write("sub.json", "[\"otel-demo/Service/ad\"]");
        CliRunner three = run("score", "--truth", truth.toString(), "--scenario", "Scenario-3", "--submission", sub.toString());
        assertEquals(0, three.exit(), three.err());
        assertTrue(three.out().startsWith("score      1.000"), three.out());
        CliRunner two = run("score", "--truth", truth.toString(), "--scenario", "2", "--submission", sub.toString());
        assertTrue(two.out().startsWith("score      0.000"), two.out());
        CliRunner none = run("score", "--truth", truth.toString(), "--submission", sub.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("a list of 2 scenario ground truths (ids 2, 3): choose one with --scenario"),
                none.err());
        CliRunner missing = run("score", "--truth", truth.toString(), "--scenario", "9", "--submission", sub.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no ground truth with id 9 (ids 2, 3)"), missing.err());
    }

    @Test
    void printsATableForPeople() throws IOException {
        Path truth = write("gt.yaml", V2);
        Path sub = write("sub.json", "[\"otel-demo/ConfigMap/flagd-config\", \"otel-demo/Service/frontend\","
                + " \"otel-demo/deploy/cart\", \"otel-demo/cm/flagd-config\"]");
        CliRunner r = run("score", "--truth", truth.toString(), "--submission", sub.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("score      0.667", lines.get(0));
        assertEquals("recall     1.000", lines.get(1));
        assertEquals("precision  0.667  (2 of 3 scored)", lines.get(2));
        assertEquals("variant    set", lines.get(3));
        assertEquals("#  rank  outcome         entity                            detail", lines.get(5));
        assertEquals("0  1     HIT             otel-demo/ConfigMap/flagd-config  -> otel-demo/ConfigMap/flagd-config",
                lines.get(6));
        assertEquals("1  2     FALSE_POSITIVE  otel-demo/Service/frontend", lines.get(7));
        assertEquals("3  -     DUPLICATE       otel-demo/ConfigMap/flagd-config  same as #0", lines.get(9));
    }

    @Test
    void printsExactlyTheJsonContract() throws Exception {
        Path truth = write("gt.yaml", V2);
        Path sub = write("sub.json", "{\"entities\": [{\"name\": \"otel-demo/ConfigMap/flagd-config\"},"
                + " {\"name\": \"kube-system/Pod/coredns\"}, {\"name\": \"otel-demo/Secret/x\"}]}");
        CliRunner r = run("score", "--truth", truth.toString(), "--submission", sub.toString(), "--json",
                "--variant", "ranked", "--ignore-monitoring-namespaces");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("score", "recall", "precision", "variant", "rows", "missed"), keys);
        assertTrue(j.get("score").isNumber());
        assertEquals(0.0, j.get("score").asDouble());
        assertEquals(0.5, j.get("recall").asDouble());
        assertEquals(0.5, j.get("precision").asDouble());
        assertEquals("ranked", j.get("variant").asText());
        assertEquals("hit", j.at("/rows/0/outcome").asText());
        assertEquals("otel-demo/ConfigMap/flagd-config", j.at("/rows/0/rootCause").asText());
        assertEquals("ignored", j.at("/rows/1/outcome").asText());
        assertEquals("false_positive", j.at("/rows/2/outcome").asText());
        assertEquals(2, j.at("/rows/2/rank").asInt());
        assertEquals("otel-demo/Deployment/cart", j.at("/missed/0/id").asText());
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void scoresRealItbenchFilesOfBothVersions() throws IOException {
        Path sub = write("sub.json", "[\"Pod/load-generator-5d8f7c-abcde\"]");
        CliRunner v1 = run("score", "--truth", itbench("1/groundtruth_v1.yaml").toString(), "--submission", sub.toString(),
                "--default-namespace", "otel-demo", "--json");
        assertEquals(0, v1.exit(), v1.err());
        assertTrue(v1.out().startsWith("{\"score\":1.0,\"recall\":1.0,\"precision\":1.0,\"variant\":\"set\""), v1.out());
        CliRunner v2 = run("score", "--truth", itbench("1/groundtruth.yaml").toString(), "--submission", sub.toString(),
                "--default-namespace", "otel-demo", "--json");
        assertEquals(0, v2.exit(), v2.err());
        assertTrue(v2.out().startsWith("{\"score\":0.0,\"recall\":0.0,\"precision\":0.0,"), v2.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed YAML truth | gt.yaml | 'spec: {entities: [' | sub.json | []"
            + " | gt.yaml: line 1, column 19: malformed YAML: expected the node content",
        "malformed JSON submission | gt.yaml | V2 | sub.json | '[\"a/Pod/b\",' | sub.json: line 1, column 12: malformed JSON",
        "empty truth | gt.yaml | '' | sub.json | [] | gt.yaml: file is empty",
        "empty submission | gt.yaml | V2 | sub.json | '' | sub.json: file is empty",
        "missing truth | nope.yaml | - | sub.json | [] | nope.yaml: file not found",
        "missing submission | gt.yaml | V2 | nope.json | - | nope.json: file not found",
        "unknown kind in submission | gt.yaml | V2 | sub.json | '[\"otel-demo/Pod/a\", \"x/Foo/y\"]'"
            + " | sub.json: [1]: unknown kind \"Foo\"",
        "unknown kind in truth | gt.yaml | 'spec: {entities: [{kind: Foo, metadata: {name: a}}]}' | sub.json | []"
            + " | gt.yaml: spec.entities[0].kind: unknown kind \"Foo\"",
        "truth is a list without ids | gt.yaml | '- a' | sub.json | [] | gt.yaml: [0].id: missing (a list of ground truths",
        "submission is a number | gt.yaml | V2 | sub.json | 42 | sub.json: expected a JSON list of entities or an object",
        "missing required field | gt.yaml | 'spec: {entities: [{kind: Pod, metadata: {namespace: a}}]}' | sub.json | []"
            + " | gt.yaml: spec.entities[0].metadata.name: missing",
        "v1 group without id | gt.yaml | 'groups: [{kind: Pod, filter: [a]}]' | sub.json | [] | gt.yaml: groups[0].id: missing",
        "truth without root cause | gt.yaml | 'spec: {entities: []}' | sub.json | [] | gt.yaml: no root causes",
    })
    void badInputIsOneLineAndExitCodeTwo(String name, String truthName, String truth, String subName, String sub,
                                         String expected) throws IOException {
        Path t = "-".equals(truth) ? dir.resolve(truthName) : write(truthName, "V2".equals(truth) ? V2 : truth);
        Path s = "-".equals(sub) ? dir.resolve(subName) : write(subName, sub);
        CliRunner r = run("score", "--truth", t.toString(), "--submission", s.toString());
        assertEquals(2, r.exit(), name);
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        String line = r.err().strip();
        assertTrue(line.startsWith("srebench: " + dir.resolve(expected.substring(0, expected.indexOf(':')))
                + expected.substring(expected.indexOf(':'))), line);
        assertFalse(line.contains("Exception") || line.contains("\tat "), line);
    }

    @Test
    void badVariantAndMissingOptionsAreBadInput() throws IOException {
        Path truth = write("gt.yaml", V2);
        Path sub = write("sub.json", "[]");
        CliRunner r = run("score", "--truth", truth.toString(), "--submission", sub.toString(), "--variant", "map");
        assertEquals(2, r.exit());
        assertEquals("srebench: unknown score variant \"map\" (expected set or ranked)", r.err().strip());
        CliRunner missing = run("score", "--truth", truth.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("--submission"), missing.err());
    }

    @Test
    void emptySubmissionScoresZero() throws IOException {
        CliRunner r = run("score", "--truth", write("gt.yaml", V2).toString(), "--submission", write("s.json", "[]").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("score      0.000"), r.out());
        assertTrue(r.out().contains("(empty submission)"));
        assertTrue(r.out().contains("missed     otel-demo/ConfigMap/flagd-config"));
    }

    @Test
    void kindNameReferencesTakeTheNamespaceTheRootCausesShare() throws Exception {
        Path gt = write("gt.yaml", V2);
        // G={flagd-config, cart}; S=[cart, Deployment/cart (same entity, duplicate), cm/flagd-config]
        Path sub = write("s.json", "[\"otel-demo/Deployment/cart\", \"Deployment/CART\", \"cm/flagd-config\"]");
        CliRunner r = run("score", "--truth", gt.toString(), "--submission", sub.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(1.0, j.get("score").asDouble(), 1e-9, r.out());
        assertEquals("duplicate", j.get("rows").get(1).get("outcome").asText());
        Path other = write("gt2.yaml", V2.replace("name: cart, namespace: otel-demo", "name: cart, namespace: shop"));
        CliRunner r2 = run("score", "--truth", other.toString(), "--submission", sub.toString(), "--json");
        assertEquals(0.0, new ObjectMapper().readTree(r2.out()).get("score").asDouble(),
                "with root causes in two namespaces there is no default, so Kind/name matches nothing there");
    }
}
