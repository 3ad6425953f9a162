# k8s_objects_raw.tsv -> one line per observation: the Timestamp column, a tab, the Body JSON unquoted.
NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "Body") b = i; if ($i == "Timestamp") t = i } next }
b && t { f = $b; if (substr(f, 1, 1) == "\"") { f = substr(f, 2, length(f) - 2); gsub(/""/, "\"", f) } print $t "\t" f }
