package io.srebench.sim.app;

import java.util.Map;

/**
 * Istio BookInfo in namespace {@code book-info}, enrolled in an Istio ambient mesh and exposed through the
 * Kubernetes Gateway {@code bookinfo-gateway} (served by the deployment {@code bookinfo-gateway-istio}).
 * productpage calls details and reviews; reviews v2 and v3 call ratings.
 */
public final class BookInfoModel {
    /** The namespace BookInfo runs in (ITBench spelling). */
    public static final String NS = "book-info";
    /** The Gateway object name. */
    public static final String GATEWAY = "bookinfo-gateway";
    private static final String IMG = "docker.io/istio/examples-bookinfo-";

    private BookInfoModel() {
    }

    /** A fresh model. */
    public static AppModel create() {
        AppModel m = new AppModel("book-info", NS, "bookinfo");
        m.istio(true).entryWorkload("load-generator");
        m.workload(Workloads.of("bookinfo-gateway-istio").image("docker.io/istio/proxyv2:1.26.2").port(80).lang("cpp")
                .version("1.26.2").mem(128, 1024).usage(0.02, 45).build());
        m.workload(Workloads.of("productpage-v1").service("productpage").version("v1").image(IMG + "productpage-v1:1.20.3")
                .port(9080).lang("python").mem(64, 256).usage(0.02, 70).env("DETAILS_HOSTNAME", "details")
                .env("REVIEWS_HOSTNAME", "reviews").build());
        m.workload(Workloads.of("details-v1").service("details").version("v1").image(IMG + "details-v1:1.20.3")
                .port(9080).lang("ruby").mem(32, 128).usage(0.004, 30).build());
        for (String v : new String[] {"v1", "v2", "v3"}) {
            m.workload(Workloads.of("reviews-" + v).service("reviews").version(v).image(IMG + "reviews-" + v + ":1.20.3")
                    .port(9080).lang("java").mem(128, 512).usage(0.01, 180).env("LOG_DIR", "/tmp/logs")
                    .env("RATINGS_HOSTNAME", "ratings").env("ENABLE_RATINGS", v.equals("v1") ? "false" : "true").build());
        }
        m.workload(Workloads.of("ratings-v1").service("ratings").version("v1").image(IMG + "ratings-v1:1.20.3")
                .port(9080).lang("nodejs").mem(32, 128).usage(0.004, 35).build());
        m.workload(Workloads.of("load-generator").image("ghcr.io/itbench-hub/load-generator:0.4.1").version("0.4.1")
                .port(8089).mem(128, 512).usage(0.05, 110)
                .env("TARGET_URL", "http://bookinfo-gateway-istio.book-info:80/productpage").build());
        m.operation("bookinfo-gateway-istio", "GET /productpage", 0.5,
                Call.sync("productpage", "GET /productpage", "http"));
        m.operation("productpage-v1", "GET /productpage", 8, Call.sync("details", "GET /details/{id}", "http"),
                Call.sync("reviews", "GET /reviews/{id}", "http"));
        m.operation("details-v1", "GET /details/{id}", 1.5);
        m.operation("reviews-v1", "GET /reviews/{id}", 4);
        m.operation("reviews-v2", "GET /reviews/{id}", 4, Call.sync("ratings", "GET /ratings/{id}", "http"));
        m.operation("reviews-v3", "GET /reviews/{id}", 4, Call.sync("ratings", "GET /ratings/{id}", "http"));
        m.operation("ratings-v1", "GET /ratings/{id}", 1.2);
        m.entry("bookinfo-gateway-istio GET /productpage", 1);
        m.configMap("istio-ca-root-cert", Map.of("root-cert.pem", "-----BEGIN CERTIFICATE-----\nMIIC...\n"));
        return m;
    }
}
