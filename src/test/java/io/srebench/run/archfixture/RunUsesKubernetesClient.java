package io.srebench.run.archfixture;

import io.fabric8.kubernetes.client.KubernetesClient;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class RunUsesKubernetesClient {
    private KubernetesClient forbidden;

    private RunUsesKubernetesClient() {
    }

    KubernetesClient forbidden() {
        return forbidden;
    }
}
