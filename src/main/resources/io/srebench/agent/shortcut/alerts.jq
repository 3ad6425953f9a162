# Firing non-Watchdog alerts of every poll file: activeAt, alertname, namespace, service_name, service, pod, deployment.
[.[] | if type == "array" then .[] elif type == "object" and has("data") then .data.alerts[]?
  elif type == "object" and has("alerts") then .alerts[]? else . end] | .[] | select(type == "object")
| select((.state // "firing") == "firing") | (.labels // {}) as $l | select(($l.alertname // "") != "Watchdog")
| [(.activeAt // .startsAt // ""), ($l.alertname // ""), ($l.namespace // ""), ($l.service_name // ""), ($l.service // ""),
   ($l.pod // ""), ($l.deployment // "")] | @tsv
