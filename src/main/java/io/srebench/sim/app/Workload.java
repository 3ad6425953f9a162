package io.srebench.sim.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes workload of a modelled application and the container it runs.
 *
 * @param name Deployment/StatefulSet name (also the {@code app.kubernetes.io/component} label)
 * @param service name of the Service selecting it (several workloads may share one: BookInfo reviews v1-v3)
 * @param version value of the {@code version} label
 * @param kind {@code Deployment} or {@code StatefulSet}
 * @param image container image
 * @param port container port (Service port and targetPort)
 * @param language telemetry SDK language (empty when the workload is not instrumented)
 * @param cpuMilli cpu request/limit in millicores: {request, limit}
 * @param memMi memory request/limit in MiB: {request, limit}
 * @param env container environment (ordered)
 * @param secrets names of Secrets the container reads through env
 * @param configMaps names of ConfigMaps mounted as volumes
 * @param baseCpu typical cpu use in cores, {@code baseMemMi} typical working set in MiB
 * @param baseMemMi typical working set in MiB
 */
public record Workload(String name, String service, String version, String kind, String image, int port, String language,
                       int[] cpuMilli, int[] memMi,
                       Map<String, String> env, List<String> secrets, List<String> configMaps, double baseCpu,
                       double baseMemMi) {
    public Workload {
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env)); // keeps declaration order
        secrets = List.copyOf(secrets);
        configMaps = List.copyOf(configMaps);
    }

    /** True when the workload emits OpenTelemetry spans and logs. */
    public boolean instrumented() {
        return !language.isEmpty();
    }

    /** The container name: the workload name in the OpenTelemetry Demo, the app (Service) name in BookInfo. */
    public String container() {
        return service;
    }
}
