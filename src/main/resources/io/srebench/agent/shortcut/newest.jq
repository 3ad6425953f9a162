# The newest objects by creationTimestamp that no controller owns (no ownerReferences), bookkeeping, Pods and
# ReplicaSets excluded: creation time, entity.
rows | group_by(.o | ent) | map(max_by(.t).o)
| map(select((bookkeeping | not) and (.kind | IN("Pod", "ReplicaSet") | not) and ((.metadata.ownerReferences // []) | length == 0))
  | {c: (.metadata.creationTimestamp | secs?), e: ent} | select(.c != null))
| sort_by(-.c, .e) | .[:10][] | [(.c | todate), .e] | @tsv
