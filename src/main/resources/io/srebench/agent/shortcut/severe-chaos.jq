# Chaos Mesh Schedules that are not paused and whose experiment looks severe: any network action but a delay, a
# delay of 50 ms or more, a CPU stressor at 50 % load or more, a memory stressor over 256 MB or a share of the limit,
# and any HTTP, JVM, IO or Pod chaos. Output: entity, latest observation only.
def ms: (capture("^(?<v>[0-9.]+)(?<u>ms|s|m)?") // {v: "0", u: "ms"}) | (.v | tonumber) * ({"ms": 1, "s": 1000, "m": 60000}[.u // "ms"]);
def size: (capture("^(?<v>[0-9.]+)(?<u>[A-Za-z%]*)$") // {v: "0", u: ""}) | if .u == "MB" then (.v | tonumber) elif .u == "GB" then (.v | tonumber) * 1024 else 100000 end;
def severe:
  .spec as $s | ($s.type // "") as $t
  | ($s | to_entries | map(select(.key != "type" and (.value | type) == "object")) | .[0].value // {}) as $e
  | if $t == "NetworkChaos" then ($e.action != "delay") or ((($e.delay.latency // "0") | ms) >= 50)
    elif $t == "StressChaos" then ((($e.stressors.cpu.load // 0) >= 50) or ((($e.stressors.memory.size // "0MB") | size) > 256))
    else true end;
rows | group_by(.o | ent) | map(max_by(.t).o)
| map(select(.kind == "Schedule" and ((.metadata.annotations // {})["experiment.chaos-mesh.org/pause"] != "true") and severe))
| .[] | [ent] | @tsv
