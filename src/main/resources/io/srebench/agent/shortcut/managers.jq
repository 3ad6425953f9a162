# Every managedFields entry written inside the window (from the first observation on): time, entity, manager, how
# many objects carry that manager anywhere in the snapshot, and whether the manager is a cluster controller.
def controller: . == "kubelet" or . == "kube-controller-manager" or . == "kube-scheduler" or endswith("-controller");
rows | (map(.t) | min) as $t0
| map(select(.o | bookkeeping | not)) | group_by(.o | ent)
| map({e: (.[0].o | ent), mf: ([.[].o.metadata.managedFields // [] | .[] | select(.manager != null)] | unique_by([.manager, .time]))})
| ([.[] | .e as $e | .mf | map(.manager) | unique | .[] | {m: ., e: $e}] | group_by(.m) | map({key: .[0].m, value: length})
   | from_entries) as $count
| [.[] | .e as $e | .mf[] | select(.time != null and (.time | secs?) >= $t0)
   | {t: (.time | secs), e: $e, m: .manager, n: $count[.manager], ctl: (.manager | controller)}]
| sort_by(.t, .e) | .[:300][] | [(.t | todate), .e, .m, .n, (if .ctl then "controller" else "other" end)] | @tsv
