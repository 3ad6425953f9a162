package io.srebench.sandbox.kubernetes;

import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import io.srebench.sandbox.SandboxOptions;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The sandbox pods of one srebench process: opens a {@link KubernetesSandbox} per session (at most
 * {@code maxPods} at once), deletes each pod when its session ends, and deletes pods a crashed process left behind
 * ({@link #collectOrphans}). Uses the user's kubeconfig through fabric8's auto-configuration; no kubectl.
 */
public final class SandboxPods implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long POLL_MILLIS = 100;
    private static final int UPLOAD_CHUNK = 32 * 1024;

    private final KubernetesClient client;
    private final boolean ownsClient;
    private final KubernetesSettings settings;
    private final SandboxOptions options;
    private final String namespace;
    private final Semaphore slots;
    private final Set<String> live = ConcurrentHashMap.newKeySet();
    private volatile boolean policyApplied;
    private Duration unschedulableGrace = Duration.ofSeconds(30);

    /** Pods through {@code client} (not closed by {@link #close()}); the namespace defaults to the client's. */
    public SandboxPods(KubernetesClient client, KubernetesSettings settings, SandboxOptions options) {
        this(client, false, settings, options);
    }

    private SandboxPods(KubernetesClient client, boolean ownsClient, KubernetesSettings settings, SandboxOptions options) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.settings = settings;
        this.options = options;
        String ns = settings.namespace() != null ? settings.namespace() : client.getNamespace();
        this.namespace = ns == null || ns.isBlank() ? "default" : ns;
        this.slots = new Semaphore(settings.maxPods(), true);
    }

    /**
     * Connects with the user's kubeconfig ({@code KUBECONFIG} or {@code ~/.kube/config}, in-cluster config
     * otherwise) and {@code settings.context()} when given.
     *
     * @throws SandboxPodException when no usable configuration is found
     */
    public static SandboxPods connect(KubernetesSettings settings, SandboxOptions options) {
        Config config;
        try {
            config = Config.autoConfigure(settings.context());
        } catch (KubernetesClientException | IllegalArgumentException e) {
            throw new SandboxPodException("kubernetes: cannot read the kubeconfig"
                    + (settings.context() == null ? "" : " for context " + settings.context()) + ": " + e.getMessage(), e);
        }
        if (!hasKubeconfig() && System.getenv("KUBERNETES_SERVICE_HOST") == null) {
            throw new SandboxPodException("kubernetes: no kubeconfig (KUBECONFIG or ~/.kube/config) and not inside a "
                    + "cluster");
        }
        if (settings.context() != null && (config.getCurrentContext() == null
                || !settings.context().equals(config.getCurrentContext().getName()))) {
            throw new SandboxPodException("kubernetes: no context " + settings.context() + " in the kubeconfig");
        }
        SandboxPods pods = new SandboxPods(new KubernetesClientBuilder().withConfig(config).build(), true, settings, options);
        try {
            // one cheap call, so that an unreachable cluster or missing rights stop the command before any run starts
            pods.client.pods().inNamespace(pods.namespace).list(new ListOptionsBuilder().withLimit(1L).build());
        } catch (KubernetesClientException e) {
            pods.close();
            throw new SandboxPodException("kubernetes: cannot list pods in namespace " + pods.namespace + " at "
                    + config.getMasterUrl() + ": " + e.getMessage(), e);
        }
        return pods;
    }

    private static boolean hasKubeconfig() {
        String file = System.getProperty(Config.KUBERNETES_KUBECONFIG_FILE, System.getenv("KUBECONFIG"));
        if (file != null && !file.isBlank()) {
            return java.util.Arrays.stream(file.split(java.io.File.pathSeparator)).anyMatch(f -> Files.isRegularFile(Path.of(f)));
        }
        return Files.isRegularFile(Path.of(System.getProperty("user.home"), ".kube", "config"));
    }

    /** How long an Unschedulable pod is given (a cluster autoscaler may add a node) before its run errors. */
    public SandboxPods withUnschedulableGrace(Duration d) {
        this.unschedulableGrace = d;
        return this;
    }

    public String namespace() {
        return namespace;
    }

    public KubernetesSettings settings() {
        return settings;
    }

    /**
     * Starts the pod of run {@code runId}, uploads {@code agentView} into it and returns its sandbox. Waits for a
     * free slot first. On any failure the pod is deleted before the exception leaves.
     *
     * @param agentView the agent-visible snapshot ({@code Workbench.agentView}); it is uploaded as is
     * @throws SandboxPodException when the pod cannot be scheduled, pulled, started or loaded
     */
    public KubernetesSandbox open(long benchmarkId, long runId, Path agentView) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxPodException("kubernetes: interrupted while waiting for a free pod slot");
        }
        String name = "srebench-b" + benchmarkId + "-r" + runId + "-" + HexFormat.of().formatHex(randomBytes());
        boolean ok = false;
        // from here the pod counts as live: a failed or half-done create is deleted too
        live.add(name);
        try {
            applyNetworkPolicy();
            client.pods().inNamespace(namespace)
                    .resource(PodTemplate.pod(name, namespace, PodTemplate.labels(benchmarkId, runId), settings, options))
                    .create();
            long deadline = System.nanoTime() + settings.startTimeout().toNanos();
            long created = System.nanoTime();
            await(name, PodState.Stage.LOADING, created, deadline);
            upload(name, agentView, deadline);
            await(name, PodState.Stage.SERVING, created, deadline);
            ok = true;
            return new KubernetesSandbox(client, namespace, name, options, () -> release(name));
        } catch (KubernetesClientException e) {
            throw new SandboxPodException("kubernetes: pod " + name + ": " + e.getMessage(), e);
        } finally {
            if (!ok) {
                release(name);
            }
        }
    }

    /**
     * Deletes the pods of benchmark {@code benchmarkId} that no session of this process owns: what a crashed or
     * killed srebench left behind. Returns how many were deleted.
     */
    public int collectOrphans(long benchmarkId) {
        int n = 0;
        for (Pod p : client.pods().inNamespace(namespace).withLabel(PodTemplate.MANAGED_BY, PodTemplate.MANAGER)
                .withLabel(PodTemplate.BENCHMARK, Long.toString(benchmarkId)).list().getItems()) {
            String name = p.getMetadata().getName();
            if (!live.contains(name)) {
                client.pods().inNamespace(namespace).withName(name).withGracePeriod(0).delete();
                n++;
            }
        }
        return n;
    }

    /** Pods of this process that are still alive (opened and not closed). */
    public Set<String> livePods() {
        return Set.copyOf(live);
    }

    /** Deletes every pod this process still has, and closes the client when it made it. */
    @Override
    public void close() {
        for (String name : Set.copyOf(live)) {
            release(name);
        }
        if (ownsClient) {
            client.close();
        }
    }

    /** Deletes a pod of this process and frees its slot; once per pod, whoever calls first. */
    private void release(String name) {
        if (live.remove(name)) {
            deleteQuietly(name);
            slots.release();
        }
    }

    private void deleteQuietly(String name) {
        try {
            client.pods().inNamespace(namespace).withName(name).withGracePeriod(0).delete();
        } catch (KubernetesClientException e) {
            // left for collectOrphans on the next resume
        }
    }

    private void applyNetworkPolicy() {
        if (policyApplied) {
            return;
        }
        synchronized (this) {
            if (!policyApplied) {
                var policies = client.network().v1().networkPolicies().inNamespace(namespace);
                if (policies.withName(PodTemplate.NETWORK_POLICY).get() == null) {
                    policies.resource(PodTemplate.denyAll(namespace)).create();
                }
                policyApplied = true;
            }
        }
    }

    private void await(String name, PodState.Stage stage, long created, long deadline) {
        while (true) {
            Pod p = client.pods().inNamespace(namespace).withName(name).get();
            boolean unschedulableFatal = System.nanoTime() - created >= unschedulableGrace.toNanos();
            Optional<String> failure = PodState.failure(name, p, unschedulableFatal);
            if (failure.isPresent()) {
                throw new SandboxPodException(failure.get());
            }
            if (PodState.stage(p).compareTo(stage) >= 0) {
                return;
            }
            if (System.nanoTime() >= deadline) {
                throw new SandboxPodException("kubernetes: pod " + name + " did not start within "
                        + settings.startTimeout().toSeconds() + " s (phase " + (p.getStatus() == null ? "unknown"
                        : p.getStatus().getPhase()) + ")");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SandboxPodException("kubernetes: interrupted while pod " + name + " was starting");
            }
        }
    }

    /** Streams the snapshot as a tar into the init container, which unpacks it and lets the pod go on. */
    private void upload(String name, Path dir, long deadline) {
        long size;
        try {
            size = SnapshotTar.size(dir);
        } catch (IOException e) {
            throw new SandboxPodException("kubernetes: cannot read the snapshot " + dir + ": " + e.getMessage(), e);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ExecWatch w = client.pods().inNamespace(namespace).withName(name).inContainer(PodTemplate.INIT_CONTAINER)
                .redirectingInput().writingError(err).exec(uploadCommand(size))) {
            // one websocket message per 32 KiB: below the 64 KiB frame limit common to servers and proxies
            OutputStream in = new BufferedOutputStream(w.getInput(), UPLOAD_CHUNK);
            SnapshotTar.write(dir, in);
            in.flush();
            long left = Math.max(1, deadline - System.nanoTime());
            Integer code = w.exitCode().get(left, TimeUnit.NANOSECONDS);
            if (code == null || code != 0) {
                throw new SandboxPodException("kubernetes: pod " + name + ": snapshot upload failed (exit " + code + "): "
                        + err.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException | ExecutionException e) {
            throw new SandboxPodException("kubernetes: pod " + name + ": snapshot upload failed: " + e.getMessage(), e);
        } catch (TimeoutException e) {
            throw new SandboxPodException("kubernetes: pod " + name + ": snapshot upload did not finish in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxPodException("kubernetes: interrupted while uploading the snapshot to pod " + name);
        }
    }

    /** The init container command that receives {@code size} bytes of tar on stdin. */
    static String[] uploadCommand(long size) {
        return new String[] {"/bin/sh", "-c", "head -c " + size + " | tar -x -m -f - -C " + PodTemplate.STAGING
                + "/snapshot && touch " + PodTemplate.READY_FILE};
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[3];
        RANDOM.nextBytes(b);
        return b;
    }
}
