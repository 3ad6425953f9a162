# Per object with history: when it was created in the window, appeared, changed (everything but metadata and
# status, plus labels, annotations and deletion) or vanished, mapped up its ownerReferences; earliest first.
def owner: ((.metadata.ownerReferences // []) | (map(select(.controller == true)) + .) | .[0]) as $r
  | if $r == null or $r.kind == null or $r.name == null then null
    else (if (.metadata.namespace // "") == "" then "" else .metadata.namespace + "/" end) + $r.kind + "/" + $r.name end;
def top($own; $n): if $n > 0 and $own[.] != null then $own[.] | top($own; $n - 1) else . end;
def content: del(.metadata, .status) + {labels: (.metadata.labels // {}), deletion: .metadata.deletionTimestamp,
  annotations: ((.metadata.annotations // {}) | with_entries(select(.key | test("revision|last-applied|leader") | not)))};
rows | map(select(.o | bookkeeping | not)) as $rows
| ($rows | map(.t) | min) as $t0 | ($rows | map(.t) | max) as $t1
| ($rows | map({key: (.o | ent), value: (.o | owner)}) | map(select(.value != null)) | from_entries) as $own
| ($rows | group_by(.o | ent) | map(sort_by(.t))) as $objs
| ([$objs[] | [.[1:][].t] as $later | [.[:-1][].t] as $earlier | range(0; $later | length) | $later[.] - $earlier[.]
   | select(. > 1)] | sort | if length == 0 then 600 else .[length / 2 | floor] end) as $poll
| [$objs[] | (.[0].o | ent) as $e | ((.[0].o.metadata.creationTimestamp | secs?) // null) as $c
   | (if $c != null and $c >= $t0 then {t: $c, why: "created"}
      elif .[0].t > $t0 + $poll / 2 then {t: .[0].t, why: "appeared"} else empty end),
     (. as $s | range(1; length) | select(($s[.].o | content) != ($s[. - 1].o | content)) | {t: $s[.].t, why: "changed"}),
     (if .[-1].t < $t1 - $poll / 2 then {t: .[-1].t, why: "vanished"} else empty end)
   | . + {e: ($e | top($own; 4))}]
| group_by(.e) | map(min_by(.t)) | sort_by(.t, .e) | .[:200][] | [(.t | todate), .e, .why] | @tsv
