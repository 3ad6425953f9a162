# Error spans none of whose children errored (the deepest error origins), counted per service and namespace.
NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "TraceId") a = i; if ($i == "SpanId") d = i; if ($i == "ParentSpanId") p = i
    if ($i == "ServiceName") s = i; if ($i == "StatusCode") c = i; if ($i == "ResourceAttributes") r = i } next }
a && d && s && c && ($c == "Error" || $c == "STATUS_CODE_ERROR") {
    ns = ""
    if (r && match($r, /k8s\.namespace\.name[^,}]*/)) { ns = substr($r, RSTART + 18, RLENGTH - 18); gsub(/[^A-Za-z0-9._-]/, "", ns) }
    err[$a "/" $d] = $s "\t" ns
    if (p && $p != "") parent[$a "/" $p] = 1
}
END { for (k in err) if (!(k in parent)) n[err[k]]++; for (x in n) printf "%d\t%s\n", n[x], x }
