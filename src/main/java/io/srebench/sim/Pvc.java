package io.srebench.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.k8s.K8sObjects;

/** PersistentVolumeClaim bodies. */
final class Pvc {
    private Pvc() {
    }

    static ObjectNode claim(String ns, String name, String uid, long created, String phase) {
        ObjectNode o = K8sObjects.object("v1", "PersistentVolumeClaim", ns, name, uid, created);
        ObjectNode spec = o.putObject("spec");
        spec.putArray("accessModes").add("ReadWriteOnce");
        spec.putObject("resources").putObject("requests").put("storage", "1Gi");
        spec.put("storageClassName", "standard");
        spec.put("volumeMode", "Filesystem");
        spec.put("volumeName", "pvc-" + uid);
        o.putObject("status").put("phase", phase).putArray("accessModes").add("ReadWriteOnce");
        return o;
    }
}
