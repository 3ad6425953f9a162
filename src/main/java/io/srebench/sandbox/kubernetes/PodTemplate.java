package io.srebench.sandbox.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.srebench.sandbox.Sandbox;
import io.srebench.sandbox.SandboxEnvironment;
import io.srebench.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hardened pod of one sandbox session, and the NetworkPolicy that cuts every sandbox pod off the network.
 *
 * <p>Layout (docs/decisions/0008-kubernetes-executor.md): an emptyDir {@code staging} is shared by the init
 * container {@value #INIT_CONTAINER}, which waits until srebench has unpacked the agent-visible snapshot into it
 * through the exec API and written {@value #READY_FILE}, and the sandbox container {@value #CONTAINER}, which
 * mounts its {@code snapshot/} sub-directory read-only at {@code /snapshot}. {@code /work} and {@code /tmp} are
 * size-limited emptyDirs; everything else is the image's read-only root filesystem. No service account token,
 * no service links, non-root, no capabilities, no privilege escalation, the runtime's seccomp profile.
 */
public final class PodTemplate {
    /** The sandbox container, where agent commands run. */
    public static final String CONTAINER = "sandbox";
    /** The init container that receives the snapshot. */
    public static final String INIT_CONTAINER = "snapshot-loader";
    /** Where the staging volume is mounted in the init container. */
    public static final String STAGING = "/staging";
    /** Written by the upload once the snapshot is complete; the init container waits for it. */
    public static final String READY_FILE = STAGING + "/ready";
    /** The uid of the image's {@code sandbox} user. */
    public static final long SANDBOX_UID = 1000;
    /** Name of the deny-all NetworkPolicy in the namespace. */
    public static final String NETWORK_POLICY = "srebench-sandbox-deny-all";

    /** Label keys. */
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGER = "srebench";
    public static final String BENCHMARK = "srebench.io/benchmark";
    public static final String RUN = "srebench.io/run";

    private PodTemplate() {
    }

    /** The labels of a sandbox pod of run {@code runId} of benchmark {@code benchmarkId}. */
    public static Map<String, String> labels(long benchmarkId, long runId) {
        Map<String, String> l = new TreeMap<>();
        l.put(MANAGED_BY, MANAGER);
        l.put(BENCHMARK, Long.toString(benchmarkId));
        l.put(RUN, Long.toString(runId));
        return l;
    }

    /** The pod spec of one session. */
    public static Pod pod(String name, String namespace, Map<String, String> labels, KubernetesSettings k,
                          SandboxOptions o) {
        Container init = new ContainerBuilder().withName(INIT_CONTAINER).withImage(k.image())
                .withCommand("/bin/sh", "-c", "mkdir -p " + STAGING + "/snapshot && until [ -f " + READY_FILE
                        + " ]; do sleep 0.1; done")
                .withSecurityContext(hardened())
                .withNewResources().addToRequests("cpu", new Quantity("50m")).addToRequests("memory", new Quantity("64Mi"))
                .addToLimits("cpu", new Quantity("500m")).addToLimits("memory", new Quantity("256Mi")).endResources()
                .addNewVolumeMount().withName("staging").withMountPath(STAGING).endVolumeMount()
                .build();
        Container sandbox = new ContainerBuilder().withName(CONTAINER).withImage(k.image())
                // pid 1 of the container: ignores signals sent from inside, so commands' kill -1 cleanup spares it
                .withCommand("/bin/sleep", "infinity")
                .withWorkingDir(Sandbox.SCRATCH_DIR)
                .withEnv(env())
                .withSecurityContext(hardened())
                .withNewResources()
                .addToRequests("cpu", new Quantity(k.cpuRequest())).addToRequests("memory", new Quantity(k.memoryRequest()))
                .addToLimits("cpu", new Quantity(k.cpuLimit()))
                .addToLimits("memory", new Quantity(Long.toString(o.sessionMemoryBytes())))
                .addToLimits("ephemeral-storage", new Quantity(Long.toString(o.scratchQuotaBytes() + o.tmpBytes())))
                .endResources()
                .addNewVolumeMount().withName("staging").withSubPath("snapshot").withMountPath(Sandbox.SNAPSHOT_DIR)
                .withReadOnly(true).endVolumeMount()
                .addNewVolumeMount().withName("work").withMountPath(Sandbox.SCRATCH_DIR).endVolumeMount()
                .addNewVolumeMount().withName("tmp").withMountPath("/tmp").endVolumeMount()
                .build();
        return new PodBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels).endMetadata()
                .withNewSpec()
                .withAutomountServiceAccountToken(false)
                .withEnableServiceLinks(false)
                .withRestartPolicy("Never")
                .withTerminationGracePeriodSeconds(0L)
                .withNewSecurityContext().withRunAsNonRoot(true).withRunAsUser(SANDBOX_UID).withRunAsGroup(SANDBOX_UID)
                .withFsGroup(SANDBOX_UID).withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
                .endSecurityContext()
                .withInitContainers(init)
                .withContainers(sandbox)
                .addNewVolume().withName("staging").withNewEmptyDir().withSizeLimit(new Quantity("1Gi")).endEmptyDir()
                .endVolume()
                .addNewVolume().withName("work").withNewEmptyDir()
                .withSizeLimit(new Quantity(Long.toString(o.scratchQuotaBytes()))).endEmptyDir().endVolume()
                .addNewVolume().withName("tmp").withNewEmptyDir()
                .withSizeLimit(new Quantity(Long.toString(o.tmpBytes()))).endEmptyDir().endVolume()
                .endSpec()
                .build();
    }

    /** Denies all ingress and egress of every srebench sandbox pod in {@code namespace}. */
    public static NetworkPolicy denyAll(String namespace) {
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName(NETWORK_POLICY).withNamespace(namespace)
                .addToLabels(MANAGED_BY, MANAGER).endMetadata()
                .withNewSpec()
                .withNewPodSelector().addToMatchLabels(MANAGED_BY, MANAGER).endPodSelector()
                .withPolicyTypes("Ingress", "Egress")
                .endSpec()
                .build();
    }

    private static SecurityContext hardened() {
        return new SecurityContextBuilder().withRunAsNonRoot(true).withRunAsUser(SANDBOX_UID)
                .withAllowPrivilegeEscalation(false).withReadOnlyRootFilesystem(true).withPrivileged(false)
                .withNewCapabilities().withDrop("ALL").endCapabilities().build();
    }

    /** The same fixed variables as the local sandbox (HOME is the scratch directory). */
    private static List<EnvVar> env() {
        List<EnvVar> env = new ArrayList<>();
        new TreeMap<>(SandboxEnvironment.of(Sandbox.SCRATCH_DIR)).forEach((k, v) -> env.add(new EnvVar(k, v, null)));
        return env;
    }
}
