package io.srebench.sim.telemetry;

import io.srebench.sim.DataPlane;
import io.srebench.sim.app.Call;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Span attributes, error messages and log line wording of the modelled services. */
final class SpanText {
    private static final String[] PRODUCTS = {"OLJCESPC7Z", "66VCHSJNUP", "1YMWWN1N4O", "L9ECAV7KIM", "2ZYFJ3GM2N",
        "0PUK6V6EV0", "LS4PSXUNUM", "9SIQT8TOJO", "6E92ZMYYFZ", "HQTGWGPNH4"};

    private SpanText() {
    }

    static String product(SplittableRandom rng) {
        return PRODUCTS[rng.nextInt(PRODUCTS.length)];
    }

    static String uuid(SplittableRandom rng) {
        return io.srebench.sim.k8s.Hashes.uid(rng);
    }

    /** The HTTP method of an HTTP-style operation name, or empty. */
    static String method(String operation) {
        int sp = operation.indexOf(' ');
        return sp > 0 && operation.substring(0, sp).matches("[A-Z]+") ? operation.substring(0, sp) : "";
    }

    /** Attributes of a server (or consumer) span. */
    static Map<String, String> server(String protocol, String op, int httpStatus, boolean error) {
        Map<String, String> a = new LinkedHashMap<>();
        switch (protocol) {
            case "grpc" -> {
                int slash = op.lastIndexOf('/');
                a.put("rpc.system", "grpc");
                a.put("rpc.service", slash > 0 ? op.substring(0, slash) : op);
                a.put("rpc.method", slash > 0 ? op.substring(slash + 1) : op);
                a.put("rpc.grpc.status_code", error ? "2" : "0");
            }
            case "kafka" -> {
                a.put("messaging.system", "kafka");
                a.put("messaging.destination.name", "orders");
                a.put("messaging.operation.type", "process");
                a.put("messaging.kafka.consumer.group", "order-consumers");
            }
            default -> {
                a.put("http.request.method", method(op));
                a.put("http.route", op.substring(op.indexOf(' ') + 1));
                a.put("http.response.status_code", Integer.toString(httpStatus));
            }
        }
        return a;
    }

    /** Attributes of a client (or producer) span. */
    static Map<String, String> client(Call call, int port, int httpStatus, String grpcCode) {
        Map<String, String> a = new LinkedHashMap<>();
        switch (call.protocol()) {
            case "grpc" -> {
                int slash = call.operation().lastIndexOf('/');
                a.put("rpc.system", "grpc");
                a.put("rpc.service", call.operation().substring(0, Math.max(0, slash)));
                a.put("rpc.method", call.operation().substring(slash + 1));
                a.put("rpc.grpc.status_code", grpcCode);
                a.put("server.address", call.callee());
                a.put("server.port", Integer.toString(port));
            }
            case "redis", "postgresql" -> {
                a.put("db.system", call.protocol());
                a.put("db.operation.name", call.operation().split(" ")[0]);
                if (call.protocol().equals("postgresql")) {
                    a.put("db.collection.name", call.operation().contains(" ") ? call.operation().split(" ")[1] : "");
                }
                a.put("server.address", call.callee());
                a.put("server.port", Integer.toString(port));
            }
            case "kafka" -> {
                a.put("messaging.system", "kafka");
                a.put("messaging.destination.name", "orders");
                a.put("messaging.operation.type", "publish");
                a.put("server.address", call.callee());
            }
            default -> {
                a.put("http.request.method", method(call.operation()));
                a.put("url.full", "http://" + call.callee() + ":" + port + call.operation().substring(
                        call.operation().indexOf(' ') + 1));
                if (httpStatus > 0) {
                    a.put("http.response.status_code", Integer.toString(httpStatus));
                }
                a.put("server.address", call.callee());
            }
        }
        return a;
    }

    /** gRPC status code number for a failure. */
    static String grpcCode(DataPlane.Failure f) {
        return switch (f) {
            case TIMEOUT -> "4";
            case DNS, REFUSED, RESET -> "14";
            case FORBIDDEN -> "7";
            default -> "2";
        };
    }

    /** HTTP status an Envoy/HTTP caller reports for a failure. */
    static int httpStatus(DataPlane.Failure f) {
        return switch (f) {
            case TIMEOUT -> 504;
            case FORBIDDEN -> 403;
            case NONE -> 500;
            default -> 503;
        };
    }

    /** The error text a client library reports for a network-level failure. */
    static String failure(DataPlane.Failure f, Call call, String clusterIp, int port) {
        String target = call.callee() + ":" + port;
        return switch (call.protocol()) {
            case "grpc" -> switch (f) {
                case DNS -> "14 UNAVAILABLE: Name resolution failed for target dns:" + target;
                case TIMEOUT -> "4 DEADLINE_EXCEEDED: context deadline exceeded";
                case RESET -> "14 UNAVAILABLE: upstream connect error or disconnect/reset before headers. reset reason:"
                        + " connection termination";
                default -> "14 UNAVAILABLE: connection error: desc = \"transport: Error while dialing: dial tcp "
                        + clusterIp + ":" + port + ": connect: connection refused\"";
            };
            case "redis" -> switch (f) {
                case DNS -> "It was not possible to connect to the redis server(s). UnableToResolvePhysicalConnection on"
                        + " PING";
                case TIMEOUT -> "Timeout performing " + call.operation() + " (5000ms), inst: 1, qu: 0, qs: 4";
                default -> "It was not possible to connect to the redis server(s). SocketFailure on PING";
            };
            case "postgresql" -> switch (f) {
                case DNS -> "failed to connect to `host=postgresql user=otelu database=otel`: hostname resolving error";
                case TIMEOUT -> "failed to connect to `host=postgresql user=otelu database=otel`: dial error (timeout)";
                default -> "failed to connect to `host=postgresql user=otelu database=otel`: dial error (dial tcp "
                        + clusterIp + ":5432: connect: connection refused)";
            };
            case "kafka" -> "kafka: client has run out of available brokers to talk to: dial tcp " + clusterIp
                    + ":9092: " + (f == DataPlane.Failure.TIMEOUT ? "i/o timeout" : "connect: connection refused");
            default -> switch (f) {
                case DNS -> "getaddrinfo ENOTFOUND " + call.callee();
                case TIMEOUT -> "upstream request timeout";
                case FORBIDDEN -> "RBAC: access denied";
                case RESET -> "upstream connect error or disconnect/reset before headers. reset reason: connection"
                        + " termination";
                default -> "connect ECONNREFUSED " + clusterIp + ":" + port;
            };
        };
    }

    /** An INFO line a service writes while serving {@code op} successfully, or null for none. */
    static String info(String service, String op, SplittableRandom rng) {
        return switch (service) {
            case "cart" -> op.endsWith("AddItem") ? "AddItemAsync called with userId=" + uuid(rng) + ", productId="
                    + product(rng) + ", quantity=" + (1 + rng.nextInt(5))
                    : op.endsWith("EmptyCart") ? "EmptyCartAsync called with userId=" + uuid(rng)
                    : "GetCartAsync called with userId=" + uuid(rng);
            case "checkout" -> "[PlaceOrder] user_id=\"" + uuid(rng) + "\" user_currency=\"USD\"";
            case "payment" -> "Transaction complete.";
            case "product-catalog" -> op.endsWith("GetProduct") ? "Product Found - ID: " + product(rng)
                    : "Loaded 10 products";
            case "ad" -> "Targeted ad request received for [telescopes]";
            case "recommendation" -> "Receive ListRecommendations for product ids:['" + product(rng) + "']";
            case "currency" -> "Conversion request successful";
            case "shipping" -> op.endsWith("ShipOrder") ? "Tracking ID Created: " + uuid(rng)
                    : "Received quote: $" + (5 + rng.nextInt(40)) + "." + (10 + rng.nextInt(89));
            case "quote" -> "Calculated quote";
            case "email" -> "Order confirmation email sent to: customer" + rng.nextInt(1000) + "@example.com";
            case "accounting" -> "Order details: OrderId " + uuid(rng) + ", shipping tracking id " + uuid(rng);
            case "fraud-detection" -> "Consumed record with orderId: " + uuid(rng) + ", and updated total count to: "
                    + (100 + rng.nextInt(900));
            case "product-reviews" -> "Receive GetProductReviews for product id:" + product(rng);
            case "frontend" -> op + " 200";
            case "productpage" -> "\"" + op + " HTTP/1.1\" 200";
            case "details", "ratings", "reviews" -> op.replace("{id}", Integer.toString(rng.nextInt(10)));
            default -> null;
        };
    }
}
