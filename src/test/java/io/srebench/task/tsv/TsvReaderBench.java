package io.srebench.task.tsv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Prints TSV parse throughput on a generated ~50 MB raw-logs-like file (not a test; run by hand):
 * {@code java -cp target/classes:target/test-classes:<jackson jars> io.srebench.task.tsv.TsvReaderBench [MB]}.
 * Figures: records/s and MB/s for plain record reading, and for reading plus decoding one dict-repr column and one
 * timestamp per record.
 */
public final class TsvReaderBench {
    private TsvReaderBench() {
    }

    public static void main(String[] args) throws IOException {
        long targetBytes = (args.length > 0 ? Long.parseLong(args[0]) : 50) * 1024 * 1024;
        Path file = Files.createTempFile("srebench-bench", ".tsv");
        try {
            generate(file, targetBytes);
            double mb = Files.size(file) / (1024.0 * 1024.0);
            System.out.printf(Locale.ROOT, "file: %.1f MB%n", mb);
            for (int round = 1; round <= 4; round++) {
                long t0 = System.nanoTime();
                long[] plain = read(file, false);
                long t1 = System.nanoTime();
                long[] decoded = read(file, true);
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "round %d: plain %.0f MB/s (%d records, %.0f k rec/s); "
                                + "with dict+timestamp decoding %.0f MB/s (checksum %d)%n", round,
                        mb / ((t1 - t0) / 1e9), plain[0], plain[0] / ((t1 - t0) / 1e6), mb / ((t2 - t1) / 1e9),
                        plain[1] + decoded[1]);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long[] read(Path file, boolean decode) {
        long records = 0;
        long checksum = 0;
        try (TsvReader r = TsvReader.open(file)) {
            for (TsvRecord rec = r.next(); rec != null; rec = r.next()) {
                records++;
                String body = rec.get(8);
                checksum += body == null ? 0 : body.length();
                if (decode) {
                    checksum += TsvValues.parseMap(rec.get(10)).size();
                    checksum += Timestamps.parse(rec.get(0)).getNano() & 1;
                }
            }
        }
        return new long[] {records, checksum};
    }

    private static void generate(Path file, long targetBytes) throws IOException {
        Random rnd = new Random(1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Timestamp\tTimestampTime\tTraceId\tSpanId\tTraceFlags\tSeverityText\tSeverityNumber\tServiceName\tBody\t"
                    + "ResourceSchemaUrl\tResourceAttributes\tScopeSchemaUrl\tScopeName\tScopeVersion\tScopeAttributes\t"
                    + "LogAttributes\n");
            long written = 0;
            StringBuilder line = new StringBuilder(512);
            for (int i = 0; written < targetBytes; i++) {
                line.setLength(0);
                int sec = i / 100;
                line.append(String.format(Locale.ROOT, "2025-12-01 21:%02d:%02d.%09d\t2025-12-01 21:%02d:%02d\t",
                        (sec / 60) % 60, sec % 60, rnd.nextInt(1_000_000_000), (sec / 60) % 60, sec % 60));
                line.append(Long.toHexString(rnd.nextLong())).append(Long.toHexString(rnd.nextLong())).append('\t')
                        .append(Long.toHexString(rnd.nextLong())).append("\t1\tINFO\t9\tcart\t");
                if (i % 10 == 0) {
                    line.append("\"GET /api/cart \"\"user\"\"\tfailed\nstack line 1\n\tat Cart.get(Cart.java:42)\"");
                } else {
                    line.append("request served in ").append(rnd.nextInt(500)).append(" ms for session ")
                            .append(Integer.toHexString(rnd.nextInt()));
                }
                line.append("\t\t{'k8s.namespace.name': 'otel-demo', 'k8s.pod.name': 'cart-5d9f-").append(i % 97)
                        .append("', 'service.name': 'cart', 'k8s.node.name': 'kind-worker'}\t\topentelemetry\t1.0\t{}\t"
                                + "{'url.path': '/api/cart'}\n");
                w.append(line);
                written += line.length();
            }
        }
    }
}
