package io.srebench.sandbox.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.server.mock.StatusStreamMessage;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * fabric8's mock API server in CRUD mode, with a scripted kubelet in front: it gives pods a status (scheduled,
 * init container running, sandbox running; or one of the failures of {@link Scenario}), answers exec requests over
 * the websocket channel protocol (stdin channel 0, stdout 1, stderr 2, status 3), unpacks uploaded snapshots with
 * the local tar into a directory per pod, and runs agent commands through {@link #commands}.
 */
public final class FakeKubelet extends Dispatcher implements AutoCloseable {
    /** What happens to the next pods. */
    public enum Scenario { NORMAL, UNSCHEDULABLE, IMAGE_PULL, EVICTED_AFTER_START, EXEC_STREAM_LOST }

    /** An agent command as the pod received it. */
    public record ExecRequest(String pod, Path snapshot, List<String> argv) {
        /** The agent's command (the last argument after {@link KubernetesSandbox#EXEC_MARKER}). */
        public String command() {
            return argv.get(argv.size() - 1);
        }
    }

    /** A scripted reply: {@code exit} null means the stream is cut without a status. */
    public record ExecReply(byte[] stdout, byte[] stderr, Integer exit) {
        public static ExecReply of(String out, String err, int exit) {
            return new ExecReply(out.getBytes(StandardCharsets.UTF_8), err.getBytes(StandardCharsets.UTF_8), exit);
        }
    }

    /** Kept strongly: the mock server logs every request at INFO, which would bury test output. */
    private static final java.util.logging.Logger QUIET = quiet();
    private static final Pattern EXEC = Pattern.compile("/api/v1/namespaces/([^/]+)/pods/([^/?]+)/exec\\?(.*)");
    private static final Pattern POD = Pattern.compile("/api/v1/namespaces/([^/]+)/pods/([^/?]+)");

    private final KubernetesMixedDispatcher crud = new KubernetesMixedDispatcher(new HashMap<>());
    private final KubernetesMockServer server;
    private final Path root;
    private final Map<String, Scenario> scenarioOf = new ConcurrentHashMap<>();
    private final Map<String, Boolean> loaded = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-kubelet");
        t.setDaemon(true);
        return t;
    });
    public volatile Scenario scenario = Scenario.NORMAL;
    public volatile Function<ExecRequest, ExecReply> commands = r -> ExecReply.of("", "no handler\n", 127);

    public FakeKubelet(Path root) {
        this.root = root;
        this.server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), this, false);
        server.init();
    }

    public NamespacedKubernetesClient client() {
        return server.createClient();
    }

    /** Where pod {@code name}'s snapshot was unpacked. */
    public Path snapshotOf(String name) {
        return root.resolve(name);
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");
        l.setLevel(java.util.logging.Level.WARNING);
        return l;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath();
        Matcher exec = EXEC.matcher(path);
        if (exec.matches()) {
            return exec(exec.group(2), query(exec.group(3)));
        }
        if (path.contains("watch=true")) {
            // fabric8 checks a pod's readiness before each exec with a list + watch; the CRUD server's watch blocks its
            // event loop for seconds when closed, so watches are answered here: opened, never an event (the list
            // already gave the state), closed without ceremony
            return new MockResponse().withWebSocketUpgrade(new WebSocketListener() { });
        }
        MockResponse r = crud.dispatch(request);
        Matcher pod = POD.matcher(path.split("\\?")[0]);
        if ("POST".equals(request.getMethod()) && path.matches("/api/v1/namespaces/[^/]+/pods") && r.code() == 201) {
            String body = new String(r.getBody().getBytes(), StandardCharsets.UTF_8);
            scenarioOf.put(Serialization.unmarshal(body, Pod.class).getMetadata().getName(), scenario);
            r.setBody(body);
        } else if ("GET".equals(request.getMethod()) && pod.matches() && r.code() == 200) {
            Pod p = Serialization.unmarshal(new String(r.getBody().getBytes(), StandardCharsets.UTF_8), Pod.class);
            p.setStatus(status(pod.group(2)));
            r.setBody(Serialization.asJson(p));
        }
        return r;
    }

    private PodStatus status(String name) {
        Scenario s = scenarioOf.getOrDefault(name, Scenario.NORMAL);
        boolean up = loaded.containsKey(name);
        return switch (s) {
            case UNSCHEDULABLE -> new PodStatusBuilder().withPhase("Pending").withConditions(new PodConditionBuilder()
                    .withType("PodScheduled").withStatus("False").withReason("Unschedulable")
                    .withMessage("0/3 nodes are available: 3 Insufficient cpu.").build()).build();
            case IMAGE_PULL -> new PodStatusBuilder().withPhase("Pending").withInitContainerStatuses(
                    new ContainerStatusBuilder().withName(PodTemplate.INIT_CONTAINER).withState(new ContainerStateBuilder()
                            .withNewWaiting().withReason("ImagePullBackOff")
                            .withMessage("Back-off pulling image \"nope:1\"").endWaiting().build()).build()).build();
            case EVICTED_AFTER_START -> up && Boolean.TRUE.equals(loaded.get(name + "#evicted"))
                    ? new PodStatusBuilder().withPhase("Failed").withReason("Evicted")
                    .withMessage("The node was low on resource: memory.").build() : running(up);
            default -> running(up);
        };
    }

    private static PodStatus running(boolean loaded) {
        PodStatusBuilder b = new PodStatusBuilder().withPhase(loaded ? "Running" : "Pending");
        if (loaded) {
            return b.withContainerStatuses(new ContainerStatusBuilder().withName(PodTemplate.CONTAINER)
                    .withState(new ContainerStateBuilder().withNewRunning().endRunning().build()).build()).build();
        }
        return b.withInitContainerStatuses(new ContainerStatusBuilder().withName(PodTemplate.INIT_CONTAINER)
                .withState(new ContainerStateBuilder().withNewRunning().endRunning().build()).build()).build();
    }

    private MockResponse exec(String pod, Map<String, List<String>> q) {
        List<String> argv = q.getOrDefault("command", List.of());
        String container = q.getOrDefault("container", List.of("")).get(0);
        boolean upload = PodTemplate.INIT_CONTAINER.equals(container);
        return new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
            private final ByteArrayOutputStream stdin = new ByteArrayOutputStream();
            private long expected = -1;

            @Override
            public void onOpen(WebSocket ws, Response response) {
                if (upload) {
                    Matcher m = Pattern.compile("head -c (\\d+)").matcher(argv.get(argv.size() - 1));
                    expected = m.find() ? Long.parseLong(m.group(1)) : 0;
                    maybeUnpack(ws);
                } else {
                    workers.execute(() -> run(ws, pod, argv));
                }
            }

            @Override
            public void onMessage(WebSocket ws, byte[] bytes) {
                if (upload && bytes.length > 0 && bytes[0] == 0) {
                    synchronized (stdin) {
                        stdin.write(bytes, 1, bytes.length - 1);
                    }
                    maybeUnpack(ws);
                }
            }

            private void maybeUnpack(WebSocket ws) {
                byte[] tar;
                synchronized (stdin) {
                    if (expected < 0 || stdin.size() < expected) {
                        return;
                    }
                    tar = stdin.toByteArray();
                    expected = -1;
                }
                workers.execute(() -> {
                    int code = untar(pod, tar);
                    if (code == 0) {
                        loaded.put(pod, true);
                    }
                    ws.send(new StatusStreamMessage(code).getBytes());
                    ws.close(1000, "done");
                });
            }
        });
    }

    private void run(WebSocket ws, String pod, List<String> argv) {
        Scenario s = scenarioOf.getOrDefault(pod, Scenario.NORMAL);
        if (s == Scenario.EVICTED_AFTER_START) {
            loaded.put(pod + "#evicted", true);
        }
        if (s == Scenario.EVICTED_AFTER_START || s == Scenario.EXEC_STREAM_LOST) {
            ws.close(1011, "connection reset");
            return;
        }
        ExecReply reply = commands.apply(new ExecRequest(pod, snapshotOf(pod), argv));
        send(ws, 1, reply.stdout());
        send(ws, 2, reply.stderr());
        if (reply.exit() != null) {
            ws.send(new StatusStreamMessage(reply.exit()).getBytes());
        }
        ws.close(1000, "done");
    }

    private static void send(WebSocket ws, int channel, byte[] data) {
        for (int off = 0; off < data.length; off += 8192) {
            int n = Math.min(8192, data.length - off);
            byte[] frame = new byte[n + 1];
            frame[0] = (byte) channel;
            System.arraycopy(data, off, frame, 1, n);
            ws.send(frame);
        }
    }

    private int untar(String pod, byte[] tar) {
        try {
            Path dir = Files.createDirectories(snapshotOf(pod));
            Process p = new ProcessBuilder("tar", "-x", "-m", "-f", "-", "-C", dir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (var in = p.getOutputStream()) {
                in.write(tar);
            }
            return p.waitFor();
        } catch (IOException e) {
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static Map<String, List<String>> query(String q) {
        Map<String, List<String>> m = new HashMap<>();
        for (String kv : q.split("&")) {
            int i = kv.indexOf('=');
            String k = URLDecoder.decode(i < 0 ? kv : kv.substring(0, i), StandardCharsets.UTF_8);
            String v = i < 0 ? "" : URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8);
            m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return m;
    }

    /** The API server's URL, for a kubeconfig. */
    public String url() {
        return server.url("/").toString();
    }

    @Override
    public void close() {
        workers.shutdownNow();
        server.destroy();
    }
}
