package io.srebench.agent.baseline;

import java.util.ArrayList;
import java.util.List;

/**
 * Shell commands (jq/awk over the snapshot layout) the baseline agents run through the shell tool, and parsing of
 * their tab-separated output. General: nothing here knows a scenario.
 */
public final class SnapshotQueries {
    /** awk program printing the Body column of a pandas TSV, unquoted (one JSON document per line). */
    private static final String BODY_AWK = "awk -F'\\t' 'NR==1{for(i=1;i<=NF;i++) if($i==\"Body\") b=i; next} "
            + "b{f=$b; if(substr(f,1,1)==\"\\\"\"){f=substr(f,2,length(f)-2); gsub(/\"\"/,\"\\\"\",f)} print f}' ";

    static final String LIST_ALERTS = "ls /snapshot/alerts";

    /** Per firing alert: alertname, namespace, service_name, service, pod, deployment. */
    static final String ALERT_LABELS = "cat /snapshot/alerts/*.json 2>/dev/null | jq -r -s '[.[] | if type == \"array\" "
            + "then .[] elif type == \"object\" and has(\"data\") then .data.alerts[]? elif type == \"object\" and "
            + "has(\"alerts\") then .alerts[]? else . end] | .[] | (.labels // {}) | [.alertname // \"\", .namespace // \"\", "
            + ".service_name // \"\", .service // \"\", .pod // \"\", .deployment // \"\"] | @tsv' | sort -u";

    /** N lines: id, kind, name, namespace; E lines: caller id, callee id (relation calls). */
    static final String TOPOLOGY = "jq -r '((.nodes // [])[] | [\"N\", .id, (.kind // \"\"), (.name // \"\"), "
            + "(.namespace // \"\")] | @tsv), ((.edges // [])[] | select(.relation == \"calls\") | [\"E\", .source, .target] "
            + "| @tsv)' /snapshot/topology.json";

    /** Warning events: count, namespace, kind, name, reason. */
    static final String WARNING_EVENTS = BODY_AWK + "/snapshot/k8s_events_raw.tsv | jq -R -r 'fromjson? | (.object // .) "
            + "| select(.type == \"Warning\") | (.involvedObject // .regarding // {}) as $o | [($o.namespace // \"\"), "
            + "($o.kind // \"\"), ($o.name // \"\"), (.reason // \"\")] | @tsv' | sort | uniq -c | sort -rn";

    /**
     * S lines: count, service with error spans; A lines: count, caller service, callee service (from parent spans).
     * One pass that keeps only the span-to-service map and counts per (parent span, service), so memory and time grow
     * with the spans' count, not with a copy of every row; the output has the {@code uniq -c} shape, largest first.
     */
    static final String SPANS = "awk -F'\\t' 'NR==1{for(i=1;i<=NF;i++){if($i==\"ServiceName\")s=i; if($i==\"StatusCode\")c=i; "
            + "if($i==\"SpanId\")d=i; if($i==\"ParentSpanId\")p=i} next} {svc[$d]=$s; "
            + "if($c==\"Error\"||$c==\"STATUS_CODE_ERROR\") err[$s]++; if($p!=\"\") pair[$p \"\\t\" $s]++} "
            + "END{for(k in err) printf \"%7d S\\t%s\\n\", err[k], k; for(k in pair){split(k,a,\"\\t\"); "
            + "if((a[1] in svc) && svc[a[1]]!=a[2]) n[svc[a[1]] \"\\t\" a[2]]+=pair[k]} "
            + "for(k in n) printf \"%7d A\\t%s\\n\", n[k], k}' /snapshot/otel_traces_raw.tsv | sort -rn";

    /** Pods: namespace, name, not-ready containers, restarts, waiting/terminated reasons (one line per observation). */
    static final String POD_STATUS = prefiltered("/snapshot/k8s_objects_raw.tsv", List.of("Pod"))
            + " | jq -R -r 'fromjson? | select(.kind == "
            + "\"Pod\") | [(.metadata.namespace // \"\"), (.metadata.name // \"\"), ([.status.containerStatuses[]? | "
            + "select(.ready != true)] | length), ([.status.containerStatuses[]? | .restartCount // 0] | add // 0), "
            + "([.status.containerStatuses[]? | (.state.waiting.reason // .lastState.terminated.reason // empty)] | "
            + "join(\",\"))] | @tsv' | sort -u";

    private SnapshotQueries() {
    }

    /**
     * Objects whose name is one of {@code names} or starts with it and a dash, and ConfigMaps whose name contains one:
     * kind, namespace, name, last managed-field time, generation, observed generation. Lines that cannot match are
     * dropped by a fixed-string grep before jq parses anything.
     */
    static String relatedObjects(List<String> names) {
        List<String> clean = names.stream().map(n -> n.replaceAll("[^A-Za-z0-9._-]", "")).filter(n -> !n.isEmpty()).toList();
        if (clean.isEmpty()) {
            return "true";
        }
        String list = clean.stream().map(n -> "\"" + n + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
        return prefiltered("/snapshot/k8s_objects_raw.tsv", clean) + " | jq -R -r --argjson names '" + list + "' 'fromjson? "
                + "| (.metadata.name // \"\") as $n | select(any($names[]; . == $n or ($n | startswith(. + \"-\"))) or "
                + "(.kind == \"ConfigMap\" and any($names[]; . as $x | $n | contains($x)))) | [.kind, "
                + "(.metadata.namespace // \"\"), .metadata.name, ([.metadata.managedFields[]?.time] | max // \"\"), "
                + "(.metadata.generation // 0), (.status.observedGeneration // 0)] | @tsv' | sort -u";
    }

    /**
     * The Body column of {@code file}'s rows that contain one of {@code words} (fixed strings), one JSON document per
     * line: the header, then grep's pick, through {@link #BODY_AWK}. A superset filter: jq decides what matches.
     */
    private static String prefiltered(String file, List<String> words) {
        StringBuilder grep = new StringBuilder("grep -F");
        for (String w : words) {
            grep.append(" -e '").append(w).append('\'');
        }
        return "{ head -n 1 " + file + "; " + grep + " " + file + "; } | " + BODY_AWK.strip();
    }

    /** Splits command output into lines of tab-separated fields, dropping blank lines. */
    public static List<String[]> rows(String stdout) {
        List<String[]> out = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (!line.isBlank()) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    /** {@code uniq -c} output: the leading count and the rest as tab-separated fields. */
    static List<Counted> counted(String stdout) {
        List<Counted> out = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            String t = line.stripLeading();
            int sp = t.indexOf(' ');
            if (sp <= 0) {
                continue;
            }
            try {
                out.add(new Counted(Integer.parseInt(t.substring(0, sp)), t.substring(sp + 1).split("\t", -1)));
            } catch (NumberFormatException ignored) {
                // not a uniq -c line (e.g. a warning on stdout)
                continue;
            }
        }
        return out;
    }

    /** One {@code uniq -c} line. */
    record Counted(int count, String[] fields) {
    }

    /** The workload name of a pod: the name without its last two dash-separated segments (ReplicaSet hash, pod id). */
    static String workloadOfPod(String pod) {
        String[] parts = pod.split("-");
        if (parts.length <= 2) {
            return pod;
        }
        return String.join("-", java.util.Arrays.copyOf(parts, parts.length - 2));
    }
}
