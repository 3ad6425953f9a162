package io.srebench.sim.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Terse factory for {@link Workload}s used by the application models. */
final class Workloads {
    private Workloads() {
    }

    /** Builder state for one workload. */
    static final class B {
        private final String name;
        private String service;
        private String version = "2.1.3";
        private String kind = "Deployment";
        private String image;
        private int port;
        private String language = "";
        private int[] cpu = {50, 200};
        private int[] mem = {64, 256};
        private final Map<String, String> env = new LinkedHashMap<>();
        private List<String> secrets = List.of();
        private List<String> configMaps = List.of();
        private double baseCpu = 0.01;
        private double baseMem = 60;

        B(String name) {
            this.name = name;
            this.service = name;
        }

        B service(String s) {
            service = s;
            return this;
        }

        B version(String v) {
            version = v;
            return this;
        }

        B statefulSet() {
            kind = "StatefulSet";
            return this;
        }

        B image(String i) {
            image = i;
            return this;
        }

        B port(int p) {
            port = p;
            return this;
        }

        B lang(String l) {
            language = l;
            return this;
        }

        B cpu(int request, int limit) {
            cpu = new int[] {request, limit};
            return this;
        }

        B mem(int request, int limit) {
            mem = new int[] {request, limit};
            return this;
        }

        B env(String k, String v) {
            env.put(k, v);
            return this;
        }

        B secrets(String... s) {
            secrets = List.of(s);
            return this;
        }

        B configMaps(String... c) {
            configMaps = List.of(c);
            return this;
        }

        B usage(double cores, double memMi) {
            baseCpu = cores;
            baseMem = memMi;
            return this;
        }

        Workload build() {
            return new Workload(name, service, version, kind, image, port, language, cpu, mem, env, secrets, configMaps,
                    baseCpu, baseMem);
        }
    }

    static B of(String name) {
        return new B(name);
    }
}
