package io.srebench.studio.kit;

import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.trajectory.Turn;
import io.srebench.run.NewRun;
import io.srebench.run.RunRepository;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TurnRecord;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.task.EntityRef;
import io.srebench.task.Task;
import io.srebench.task.truth.GroundTruth;
import io.srebench.task.truth.RootCause;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small inspector fixture: a snapshot (two alert polls, topology.json, Kubernetes objects with ownership and a
 * selector) and a finished 5-turn run whose commands name entities, scored with one hit and one false positive.
 */
public final class RunViewFixture {
    public static final String TASK_ID = "fixture-1";
    public static final String POLL_1 = "alerts_at_2025-12-01T21-16-00.000000.json";
    public static final String POLL_2 = "alerts_at_2025-12-01T21-17-00.000000.json";
    public static final String DEPLOY_PAYMENT = "Deployment/otel-demo/payment";
    public static final String SERVICE_CHECKOUT = "Service/otel-demo/checkout";
    public static final String POD_PAYMENT = "Pod/otel-demo/payment-5d8f7c9b4-abcde";
    public static final String SERVICE_CART = "Service/otel-demo/cart";
    public static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private RunViewFixture() {
    }

    /** Writes the snapshot into {@code dir}. */
    public static Path writeSnapshot(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("alerts"));
        Files.writeString(dir.resolve("alerts").resolve(POLL_1), """
                [ {"labels": {"alertname": "HighRequestErrorRate", "namespace": "otel-demo", "service_name": "frontend",
                   "severity": "warning"}, "state": "firing", "activeAt": "2025-12-01T21:12:40Z", "value": "2.5e-01"},
                  {"labels": {"alertname": "HighRequestErrorRate", "namespace": "otel-demo", "service_name": "checkout",
                   "severity": "critical"}, "state": "firing", "activeAt": "2025-12-01T21:13:40Z", "value": "3e-01"} ]
                """);
        Files.writeString(dir.resolve("alerts").resolve(POLL_2), """
                [ {"labels": {"alertname": "HighRequestErrorRate", "namespace": "otel-demo", "service_name": "frontend"},
                   "state": "firing", "activeAt": "2025-12-01T21:12:40Z", "value": "2.7e-01"},
                  {"labels": {"alertname": "KubePodCrashLooping", "namespace": "otel-demo",
                   "pod": "payment-5d8f7c9b4-abcde", "severity": "critical"}, "state": "firing",
                   "activeAt": "2025-12-01T21:16:30Z", "value": "1e+00"} ]
                """);
        Files.writeString(dir.resolve("topology.json"), """
                {"nodes": [
                  {"id": "otel-demo/Service/frontend", "kind": "Service", "name": "frontend", "namespace": "otel-demo"},
                  {"id": "otel-demo/Service/checkout", "kind": "Service", "name": "checkout", "namespace": "otel-demo"},
                  {"id": "otel-demo/Service/payment", "kind": "Service", "name": "payment", "namespace": "otel-demo"},
                  {"id": "otel-demo/Service/cart", "kind": "Service", "name": "cart", "namespace": "otel-demo"},
                  {"id": "Namespace/otel-demo", "kind": "Namespace", "name": "otel-demo"}],
                 "edges": [
                  {"source": "otel-demo/Service/frontend", "relation": "calls", "target": "otel-demo/Service/checkout"},
                  {"source": "otel-demo/Service/frontend", "relation": "calls", "target": "otel-demo/Service/cart"},
                  {"source": "otel-demo/Service/checkout", "relation": "calls", "target": "otel-demo/Service/payment"},
                  {"source": "Namespace/otel-demo", "relation": "contains", "target": "otel-demo/Service/cart"}]}
                """);
        String head = "Timestamp\tTimestampTime\tSeverityText\tServiceName\tBody\tResourceAttributes\n";
        Files.writeString(dir.resolve("k8s_objects_raw.tsv"), head
                + object(workload("Deployment", "payment", null, null))
                + object(workload("ReplicaSet", "payment-5d8f7c9b4", "Deployment", "payment"))
                + object(workload("ReplicaSet", "payment-old", "Deployment", "payment"))
                + object(pod("payment-5d8f7c9b4-abcde", "payment-5d8f7c9b4", "payment"))
                + object(workload("Deployment", "checkout", null, null))
                + object(workload("ReplicaSet", "checkout-7c8d9e6f5", "Deployment", "checkout"))
                + object(pod("checkout-7c8d9e6f5-fghij", "checkout-7c8d9e6f5", "checkout"))
                + object(service("payment")) + object(service("checkout")));
        return dir;
    }

    private static String workload(String kind, String name, String ownerKind, String owner) {
        String refs = owner == null ? "" : ",\"ownerReferences\":[{\"kind\":\"" + ownerKind + "\",\"name\":\"" + owner + "\"}]";
        return "{\"apiVersion\":\"apps/v1\",\"kind\":\"" + kind + "\",\"metadata\":{\"name\":\"" + name
                + "\",\"namespace\":\"otel-demo\"" + refs + "}}";
    }

    private static String pod(String name, String rs, String app) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"otel-demo\","
                + "\"labels\":{\"app\":\"" + app + "\"},\"ownerReferences\":[{\"kind\":\"ReplicaSet\",\"name\":\"" + rs
                + "\"}]}}";
    }

    private static String service(String name) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"" + name
                + "\",\"namespace\":\"otel-demo\"},\"spec\":{\"selector\":{\"app\":\"" + name + "\"}}}";
    }

    private static String object(String body) {
        return "2025-12-01 21:15:00.000000000\t2025-12-01 21:15:00\tINFO\t\t\"" + body.replace("\"", "\"\"")
                + "\"\t{'k8s.namespace.name': 'otel-demo'}\n";
    }

    /** A shell turn (1-based {@code index}) running {@code command}. */
    public static Turn shell(int index, String command, int exit, String stdout, String stderr) {
        String id = "c" + index;
        ToolCallRecord call = new ToolCallRecord(id, "shell", TrajectoryIO.MAPPER.createObjectNode().put("command", command)
                .toString(), true, null);
        ToolResultRecord res = new ToolResultRecord(id, "shell", exit, stdout, stderr, stdout.length(), stderr.length(),
                false, false, 40, false, null);
        return new Turn(index, T0.plusSeconds(index * 10L), T0.plusSeconds(index * 10L + 5), List.of(),
                "Looking at step " + index, "", List.of(call), List.of(res), new TokenUsage(1000L * index, 500, 120, 30),
                1200, 40, 0.0012 * index, List.of(), 0, "tool_use");
    }

    /** The submit turn. */
    public static Turn submit(int index, List<String> entities) {
        String args = TrajectoryIO.MAPPER.createObjectNode().set("entities", TrajectoryIO.MAPPER.valueToTree(entities))
                .toString();
        ToolCallRecord call = new ToolCallRecord("s", "submit", args, true, null);
        return new Turn(index, T0.plusSeconds(index * 10L), T0.plusSeconds(index * 10L + 5), List.of(), "Done.", "",
                List.of(call), List.of(ToolResultRecord.error("s", "submit", null)), new TokenUsage(900, 0, 50, 0), 900, 0,
                0.001, List.of(), 0, "tool_use");
    }

    /** The five turns of the fixture run. */
    public static List<Turn> turns() {
        StringBuilder logs = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            logs.append("2025-12-01 21:15:").append(String.format("%02d", i)).append(" checkout ERROR charge failed line ")
                    .append(i).append('\n');
        }
        logs.append("needle-in-the-tail\n");
        return List.of(
                shell(1, "ls alerts/", 0, POLL_1 + "\n" + POLL_2 + "\n", ""),
                shell(2, "cat alerts/" + POLL_1, 0, "[{\"labels\": {\"alertname\": \"HighRequestErrorRate\", "
                        + "\"service_name\": \"frontend\"}}, {\"labels\": {\"alertname\": \"HighRequestErrorRate\", "
                        + "\"service_name\": \"checkout\"}}]\n", ""),
                shell(3, "grep payment k8s_objects_raw.tsv | head -3", 0,
                        "Pod payment-5d8f7c9b4-abcde CrashLoopBackOff restarts=7\n", ""),
                shell(4, "grep ERROR otel_logs_raw.tsv | grep checkout", 1, logs.toString(), "grep: (standard input): binary"),
                submit(5, List.of("otel-demo/Deployment/payment", "otel-demo/Service/checkout")));
    }

    /** ScoreReport JSON of the fixture submission. */
    public static final String SCORE_JSON = "{\"score\":0.5,\"recall\":1.0,\"precision\":0.5,\"variant\":\"set\",\"rows\":["
            + "{\"index\":0,\"entity\":\"otel-demo/Deployment/payment\",\"outcome\":\"hit\",\"rank\":1,"
            + "\"rootCause\":\"otel-demo/Deployment/payment\",\"alias\":\"otel-demo/Deployment/payment\"},"
            + "{\"index\":1,\"entity\":\"otel-demo/Service/checkout\",\"outcome\":\"false_positive\",\"rank\":2}],"
            + "\"missed\":[]}";

    /** Creates the finished, scored 5-turn run in {@code store}; returns its id. */
    public static long fillRun(RunRepository store) {
        long id = store.createRun(new NewRun(0, TASK_ID, "model", "test-model", 1, "{}"));
        store.markRunning(id, "process", T0);
        appendTurns(store, id, turns(), 0);
        store.finishRun(id, RunStatus.DONE, null,
                "{\"entities\":[\"otel-demo/Deployment/payment\",\"otel-demo/Service/checkout\"],\"submitted\":true}",
                T0.plusSeconds(60));
        store.putScore(id, new ScoreRecord("set", 0.5, 1.0, 0.5, SCORE_JSON), true);
        return id;
    }

    /** Appends {@code turns} to run {@code id}, the first at store index {@code from}. */
    public static void appendTurns(RunRepository store, long id, List<Turn> turns, int from) {
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            store.appendTurn(id, new TurnRecord(from + i, t.endedAt(), TrajectoryIO.turnLine(t), "turn " + (from + i)),
                    0.001 * (from + i + 1), 1000, 100);
        }
    }

    /** The fixture task, with its snapshot at {@code snapshot}. */
    public static Task task(Path snapshot) {
        return new Task(TASK_ID, "Fixture", new Task.Provenance("test", null, null, null), "otel-demo", snapshot,
                new Task.GroundTruthFiles(snapshot.resolveSibling("truth.yaml"), null), Map.of());
    }

    /** The fixture's ground truth: the payment Deployment. */
    public static GroundTruth truth() {
        return new GroundTruth(List.of(RootCause.of(new EntityRef("Deployment", "otel-demo", "payment"))), List.of(),
                List.of());
    }

    /** A context over the fixture; {@code truthCalls} counts ground-truth lookups. */
    public static RunViewContext context(RunRepository store, Path snapshot, BackgroundExecutor executor, Ticker ticker,
                                           AtomicInteger truthCalls) {
        Task task = task(snapshot);
        return new RunViewContext(store, id -> id.equals(TASK_ID) ? Optional.of(task) : Optional.empty(), Task::snapshotDir,
                t -> {
                    truthCalls.incrementAndGet();
                    return truth();
                }, executor, ticker);
    }

    /** A ticker the test drives: {@link #tick()} calls the registered action. */
    public static final class ManualTicker implements Ticker {
        private Runnable action;
        private int started;
        private int stopped;

        @Override
        public Runnable every(java.time.Duration period, Runnable tick) {
            action = tick;
            started++;
            return () -> {
                if (action != null) {
                    stopped++;
                }
                action = null;
            };
        }

        public void tick() {
            if (action != null) {
                action.run();
            }
        }

        public boolean running() {
            return action != null;
        }

        public int started() {
            return started;
        }

        public int stopped() {
            return stopped;
        }
    }
}
