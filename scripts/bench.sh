#!/usr/bin/env bash
# Runs one of the benchmark mains under src/test (they print their figures; none is a timed test).
#   scripts/bench.sh InspectorBench [args...]     e.g. StoreBench, SandboxBench, HarnessOverheadBench 64 30,
#                                                  ImportBench, SimulatorBench, TsvReaderBench, KubernetesBench
# Builds the test classes offline if Maven has the dependencies, else online.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/bench.sh BenchClass [args...]}
shift
class=$(cd src/test/java && find . -name "$name.java" | sed 's|^\./||; s|\.java$||; s|/|.|g' | head -1)
[ -n "$class" ] || { echo "bench.sh: no benchmark named $name under src/test/java" >&2; exit 2; }
mvn -B -q -DskipTests -Dcheckstyle.skip test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -Dtestfx.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
    -Djava.awt.headless=true -Dsrebench.itbench.dir="$PWD/../shared/itbench" \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$class" "$@"
