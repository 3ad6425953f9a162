# Shared definitions over the lines object-rows.awk prints.
def secs: tostring | sub("T"; " ") | .[0:19] | strptime("%Y-%m-%d %H:%M:%S") | mktime;
def ent: (if (.metadata.namespace // "") == "" then "" else .metadata.namespace + "/" end) + .kind + "/" + (.metadata.name // "");
def bookkeeping: .kind as $k | ["Event", "Lease", "Endpoints", "EndpointSlice"] | index([$k]) != null;
def rows: [inputs | index("\t") as $i | select($i != null) | {t: (.[0:$i] | secs?), o: (.[$i + 1:] | fromjson?)}
  | select(.t != null and (.o | type) == "object" and .o.kind != null and .o.metadata.name != null)];
