package io.srebench.sim.app;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OpenTelemetry Demo "Astronomy Shop" (release 2.1) as deployed by its Helm chart in namespace
 * {@code otel-demo}: workloads, ports, environment, and the operations each service serves with the calls
 * they make. Ports follow the pre-2.0 per-service numbering so that a wrong {@code targetPort} is visible.
 */
public final class OtelDemoModel {
    /** The namespace the demo runs in. */
    public static final String NS = "otel-demo";
    private static final String IMG = "ghcr.io/open-telemetry/demo:2.1.3-";

    private OtelDemoModel() {
    }

    /** A fresh model (models are immutable once built; a new one per simulation keeps runs independent). */
    public static AppModel create() {
        AppModel m = new AppModel("opentelemetry-demo", NS, "opentelemetry-demo");
        m.entryWorkload("load-generator");
        workloads(m);
        operations(m);
        m.entry("frontend-proxy GET /", 14).entry("frontend-proxy GET /api/products/{productId}", 22)
                .entry("frontend-proxy GET /api/recommendations", 12).entry("frontend-proxy GET /api/data", 12)
                .entry("frontend-proxy GET /api/cart", 10).entry("frontend-proxy POST /api/cart", 10)
                .entry("frontend-proxy POST /api/checkout", 6)
                .entry("frontend-proxy GET /api/product-reviews/{productId}", 5)
                .entry("frontend-proxy GET /images/products/{file}", 10);
        m.configMap("flagd-config", Map.of(FlagdFlags.FILE, FlagdFlags.document(Map.of())));
        Map<String, String> collector = new LinkedHashMap<>();
        collector.put("relay", "receivers:\n  otlp:\n    protocols:\n      grpc: {}\n      http: {}\n"
                + "exporters:\n  otlphttp/clickhouse: {}\n");
        m.configMap("otel-collector", collector);
        m.configMap("product-catalog-products", Map.of("products.json", "{\"products\": 10}"));
        m.secret("postgresql-credentials", ordered("POSTGRES_USER", "otelu", "POSTGRES_PASSWORD", "otelp"));
        m.secret("email-service-secret", ordered("SMTP_USERNAME", "orders@astronomy.shop", "SMTP_PASSWORD", "s3cr3t-relay"));
        m.secret("valkey-cart-auth", ordered("VALKEY_PASSWORD", "valkey-pass"));
        return m;
    }

    static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Workloads.B app(String name, String lang, int port) {
        return Workloads.of(name).image(IMG + name).lang(lang).port(port)
                .env("OTEL_SERVICE_NAME", name)
                .env("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4317")
                .env("FLAGD_HOST", "flagd").env("FLAGD_PORT", "8013");
    }

    private static void workloads(AppModel m) {
        m.workload(app("accounting", "dotnet", 8080).mem(120, 240).usage(0.01, 95)
                .env("KAFKA_ADDR", "kafka:9092").env("DB_CONNECTION_STRING", "Host=postgresql;Username=otelu;Database=otel")
                .secrets("postgresql-credentials").build());
        m.workload(app("ad", "java", 9555).cpu(100, 500).mem(200, 400).usage(0.03, 230)
                .env("AD_PORT", "9555").build());
        m.workload(app("cart", "dotnet", 7070).mem(120, 160).usage(0.02, 110)
                .env("CART_PORT", "7070").env("VALKEY_ADDR", "valkey-cart:6379").secrets("valkey-cart-auth").build());
        m.workload(app("checkout", "go", 5050).mem(20, 40).usage(0.01, 18).env("CHECKOUT_PORT", "5050")
                .env("CART_ADDR", "cart:7070").env("CURRENCY_ADDR", "currency:7001").env("EMAIL_ADDR", "http://email:6060")
                .env("PAYMENT_ADDR", "payment:50051").env("PRODUCT_CATALOG_ADDR", "product-catalog:3550")
                .env("SHIPPING_ADDR", "shipping:50050").env("KAFKA_ADDR", "kafka:9092").build());
        m.workload(app("currency", "cpp", 7001).mem(10, 20).usage(0.005, 8).env("CURRENCY_PORT", "7001").build());
        m.workload(app("email", "ruby", 6060).mem(60, 100).usage(0.005, 75).env("EMAIL_PORT", "6060")
                .secrets("email-service-secret").build());
        m.workload(app("fraud-detection", "java", 8080).mem(200, 300).usage(0.02, 210)
                .env("KAFKA_ADDR", "kafka:9092").build());
        m.workload(app("frontend", "nodejs", 8080).mem(150, 250).usage(0.05, 160).env("PORT", "8080")
                .env("AD_ADDR", "ad:9555").env("CART_ADDR", "cart:7070").env("CHECKOUT_ADDR", "checkout:5050")
                .env("CURRENCY_ADDR", "currency:7001").env("PRODUCT_CATALOG_ADDR", "product-catalog:3550")
                .env("PRODUCT_REVIEWS_ADDR", "product-reviews:3551")
                .env("RECOMMENDATION_ADDR", "recommendation:9001").env("SHIPPING_ADDR", "shipping:50050").build());
        m.workload(app("frontend-proxy", "cpp", 8080).mem(40, 65).usage(0.03, 35).env("ENVOY_PORT", "8080")
                .env("FRONTEND_HOST", "frontend").env("FRONTEND_PORT", "8080")
                .env("IMAGE_PROVIDER_HOST", "image-provider").env("IMAGE_PROVIDER_PORT", "8081").build());
        m.workload(app("image-provider", "cpp", 8081).mem(30, 50).usage(0.005, 20).build());
        m.workload(Workloads.of("kafka").image(IMG + "kafka").port(9092).cpu(200, 1000).mem(500, 700).usage(0.08, 520)
                .env("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka:9092")
                .env("KAFKA_HEAP_OPTS", "-Xmx400M -Xms400M").build());
        m.workload(app("load-generator", "python", 8089).cpu(100, 1000).mem(800, 1500).usage(0.15, 700)
                .env("LOCUST_HOST", "http://frontend-proxy:8080").env("LOCUST_USERS", "10")
                .env("LOCUST_SPAWN_RATE", "1").env("LOCUST_AUTOSTART", "true").build());
        m.workload(app("payment", "nodejs", 50051).mem(80, 120).usage(0.01, 70).env("PAYMENT_PORT", "50051").build());
        m.workload(app("product-catalog", "go", 3550).mem(20, 40).usage(0.01, 16).env("PRODUCT_CATALOG_PORT", "3550")
                .env("DB_CONNECTION_STRING", "postgres://otelu@postgresql:5432/otel").secrets("postgresql-credentials")
                .configMaps("product-catalog-products").build());
        m.workload(app("product-reviews", "python", 3551).mem(80, 150).usage(0.01, 90).env("PRODUCT_REVIEWS_PORT", "3551")
                .env("PRODUCT_CATALOG_ADDR", "product-catalog:3550")
                .env("DB_CONNECTION_STRING", "postgres://otelu@postgresql:5432/otel").secrets("postgresql-credentials").build());
        m.workload(app("quote", "php", 8090).mem(30, 40).usage(0.005, 25).env("QUOTE_PORT", "8090").build());
        m.workload(app("recommendation", "python", 9001).mem(300, 500).usage(0.02, 320).env("RECOMMENDATION_PORT", "9001")
                .env("PRODUCT_CATALOG_ADDR", "product-catalog:3550").build());
        m.workload(app("shipping", "rust", 50050).mem(10, 20).usage(0.005, 6).env("SHIPPING_PORT", "50050")
                .env("QUOTE_ADDR", "http://quote:8090").build());
        m.workload(Workloads.of("flagd").image("ghcr.io/open-feature/flagd:v0.12.9").port(8013).lang("go").mem(40, 75)
                .usage(0.004, 30).env("FLAGD_METRICS_EXPORTER", "otel")
                .env("FLAGD_OTEL_COLLECTOR_URI", "otel-collector:4317").configMaps("flagd-config").build());
        m.workload(Workloads.of("valkey-cart").image("valkey/valkey:8.1.3-alpine").port(6379).mem(20, 40).usage(0.004, 12)
                .secrets("valkey-cart-auth").build());
        m.workload(Workloads.of("postgresql").image("postgres:17.6").port(5432).cpu(100, 500).mem(100, 200).usage(0.01, 60)
                .env("POSTGRES_DB", "otel").secrets("postgresql-credentials").build());
    }

    private static void operations(AppModel m) {
        Call flagd = new Call("flagd", "flagd.evaluation.v1.Service/ResolveBoolean", "grpc", 0.25, false);
        Call flagdNum = new Call("flagd", "flagd.evaluation.v1.Service/ResolveInt", "grpc", 0.25, false);
        Call pcGet = Call.sync("product-catalog", "oteldemo.ProductCatalogService/GetProduct", "grpc");
        Call pcList = Call.sync("product-catalog", "oteldemo.ProductCatalogService/ListProducts", "grpc");
        m.operation("flagd", "flagd.evaluation.v1.Service/ResolveBoolean", 0.4);
        m.operation("flagd", "flagd.evaluation.v1.Service/ResolveInt", 0.4);
        // frontend-proxy (Envoy): one route per frontend API
        for (String r : new String[] {"GET /", "GET /api/products/{productId}", "GET /api/recommendations", "GET /api/data",
            "GET /api/cart", "POST /api/cart", "POST /api/checkout", "GET /api/product-reviews/{productId}"}) {
            m.operation("frontend-proxy", r, 0.6, Call.sync("frontend", r, "http"));
        }
        m.operation("frontend-proxy", "GET /images/products/{file}", 0.5,
                Call.sync("image-provider", "GET /images/products/{file}", "http"));
        m.operation("image-provider", "GET /images/products/{file}", 3);
        m.operation("frontend", "GET /", 25, pcList);
        m.operation("frontend", "GET /api/products/{productId}", 6, pcGet);
        m.operation("frontend", "GET /api/recommendations", 5,
                Call.sync("recommendation", "oteldemo.RecommendationService/ListRecommendations", "grpc"), pcGet);
        m.operation("frontend", "GET /api/data", 4, Call.sync("ad", "oteldemo.AdService/GetAds", "grpc"));
        m.operation("frontend", "GET /api/cart", 4, Call.sync("cart", "oteldemo.CartService/GetCart", "grpc"));
        m.operation("frontend", "POST /api/cart", 5, Call.sync("cart", "oteldemo.CartService/AddItem", "grpc"));
        m.operation("frontend", "POST /api/checkout", 8, Call.sync("checkout", "oteldemo.CheckoutService/PlaceOrder", "grpc"));
        m.operation("frontend", "GET /api/product-reviews/{productId}", 4,
                Call.sync("product-reviews", "oteldemo.ProductReviewService/GetProductReviews", "grpc"));
        m.operation("product-catalog", "oteldemo.ProductCatalogService/GetProduct", 1.5, flagd,
                Call.sync("postgresql", "SELECT otel.products", "postgresql"));
        m.operation("product-catalog", "oteldemo.ProductCatalogService/ListProducts", 3,
                Call.sync("postgresql", "SELECT otel.products", "postgresql"));
        m.operation("postgresql", "SELECT otel.products", 1.2);
        m.operation("postgresql", "SELECT otel.reviews", 1.4);
        m.operation("postgresql", "INSERT otel.orders", 2.5);
        m.operation("product-reviews", "oteldemo.ProductReviewService/GetProductReviews", 3,
                Call.sync("postgresql", "SELECT otel.reviews", "postgresql"));
        m.operation("currency", "oteldemo.CurrencyService/GetSupportedCurrencies", 0.3);
        m.operation("currency", "oteldemo.CurrencyService/Convert", 0.4);
        m.operation("recommendation", "oteldemo.RecommendationService/ListRecommendations", 4, flagd, pcList);
        m.operation("ad", "oteldemo.AdService/GetAds", 2.5, flagd);
        m.operation("cart", "oteldemo.CartService/GetCart", 1.5, flagd, Call.sync("valkey-cart", "HGET", "redis"));
        m.operation("cart", "oteldemo.CartService/AddItem", 2, Call.sync("valkey-cart", "HMSET", "redis"),
                Call.sync("valkey-cart", "EXPIRE", "redis"));
        m.operation("cart", "oteldemo.CartService/EmptyCart", 1.5, Call.sync("valkey-cart", "HMSET", "redis"));
        m.operation("valkey-cart", "HGET", 0.3);
        m.operation("valkey-cart", "HMSET", 0.4);
        m.operation("valkey-cart", "EXPIRE", 0.2);
        m.operation("shipping", "oteldemo.ShippingService/GetQuote", 1.5, Call.sync("quote", "POST /getquote", "http"));
        m.operation("shipping", "oteldemo.ShippingService/ShipOrder", 1);
        m.operation("quote", "POST /getquote", 3);
        m.operation("payment", "oteldemo.PaymentService/Charge", 4, flagd, flagdNum);
        m.operation("email", "POST /send_order_confirmation", 30);
        m.operation("checkout", "oteldemo.CheckoutService/PlaceOrder", 6,
                Call.sync("cart", "oteldemo.CartService/GetCart", "grpc"), pcGet,
                Call.sync("currency", "oteldemo.CurrencyService/Convert", "grpc"),
                Call.sync("shipping", "oteldemo.ShippingService/GetQuote", "grpc"),
                Call.sync("payment", "oteldemo.PaymentService/Charge", "grpc"),
                Call.sync("shipping", "oteldemo.ShippingService/ShipOrder", "grpc"),
                Call.sync("cart", "oteldemo.CartService/EmptyCart", "grpc"),
                Call.sync("email", "POST /send_order_confirmation", "http"),
                // checkout waits for the broker's ack; the consumers downstream of Kafka are asynchronous
                Call.sync("kafka", "orders publish", "kafka"));
        m.operation("kafka", "orders publish", 0.5, new Call("accounting", "orders process", "kafka", 1.0, true),
                new Call("fraud-detection", "orders process", "kafka", 1.0, true));
        m.operation("accounting", "orders process", 5, Call.sync("postgresql", "INSERT otel.orders", "postgresql"));
        m.operation("fraud-detection", "orders process", 3);
    }
}
