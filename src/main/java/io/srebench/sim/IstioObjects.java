package io.srebench.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.app.BookInfoModel;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Hashes;
import io.srebench.sim.k8s.K8sObjects;

/** The Gateway API objects that expose BookInfo through Istio. */
final class IstioObjects {
    private IstioObjects() {
    }

    static void add(Cluster c, long at) {
        String ns = c.app().namespace();
        ObjectNode gw = K8sObjects.object("gateway.networking.k8s.io/v1", "Gateway", ns, BookInfoModel.GATEWAY,
                Hashes.uid(c.rng()), at);
        ObjectNode spec = gw.putObject("spec");
        spec.put("gatewayClassName", "istio");
        spec.putArray("listeners").addObject().put("name", "http").put("port", 80).put("protocol", "HTTP")
                .putObject("allowedRoutes").putObject("namespaces").put("from", "Same");
        gw.putObject("status").putArray("conditions").addObject().put("type", "Programmed").put("status", "True")
                .put("reason", "Programmed");
        c.world().add(gw, at);
        ObjectNode route = K8sObjects.object("gateway.networking.k8s.io/v1", "HTTPRoute", ns, "bookinfo",
                Hashes.uid(c.rng()), at);
        ObjectNode rs = route.putObject("spec");
        rs.putArray("parentRefs").addObject().put("name", BookInfoModel.GATEWAY);
        ObjectNode rule = rs.putArray("rules").addObject();
        rule.putArray("matches").addObject().putObject("path").put("type", "Exact").put("value", "/productpage");
        rule.putArray("backendRefs").addObject().put("name", "productpage").put("port", 9080);
        c.world().add(route, at);
    }
}
