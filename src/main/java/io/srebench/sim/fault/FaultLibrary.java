package io.srebench.sim.fault;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All modelled ITBench fault mechanisms by id. */
public final class FaultLibrary {
    private static final Map<String, Fault> FAULTS = new LinkedHashMap<>();

    static {
        List<Fault> all = new ArrayList<>();
        all.addAll(SchedulingFaults.all());
        all.addAll(ContainerFaults.all());
        all.addAll(ServiceFaults.all());
        all.addAll(PlatformFaults.all());
        all.addAll(AppFaults.all());
        all.add(new ChaosMeshFault());
        for (Fault f : all) {
            FAULTS.put(f.id(), f);
        }
    }

    private FaultLibrary() {
    }

    /** The fault with this id, or null. */
    public static Fault get(String id) {
        return FAULTS.get(id);
    }

    /** Ids of all modelled faults in library order. */
    public static List<String> ids() {
        return List.copyOf(FAULTS.keySet());
    }

    /** The library as an unmodifiable map. */
    public static Map<String, Fault> all() {
        return Collections.unmodifiableMap(FAULTS);
    }

    /**
     * The family a fault id belongs to in the srebench task manifest vocabulary
     * ({@code infrastructure | service | application | chaos}).
     */
    public static String family(String id) {
        if (id.equals("scheduled-chaos-mesh-experiment")) {
            return "chaos";
        }
        if (SchedulingFaults.all().stream().anyMatch(f -> f.id().equals(id))
                || PlatformFaults.all().stream().anyMatch(f -> f.id().equals(id))) {
            return "infrastructure";
        }
        if (AppFaults.all().stream().anyMatch(f -> f.id().equals(id))) {
            return "application";
        }
        return "service";
    }
}
