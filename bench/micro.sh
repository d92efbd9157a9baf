#!/bin/sh
# Runs one of the in-process micro-benchmarks kept with the core's tests (not tests: they print figures and never
# fail): ClassificationBenchmark (classification cost per packet, 10-class netboot configuration),
# PxeTestBenchmark (one expression), MemfileBenchmark (lease store writes/loads), HookBenchmark (hook machinery
# per packet with 0, 1 and 10 no-op callouts per point).
# Usage: bench/micro.sh ClassificationBenchmark
set -eu
cd "$(dirname "$0")/.."
name=${1:?usage: bench/micro.sh ClassificationBenchmark|PxeTestBenchmark|MemfileBenchmark}
class=$(cd core-bundle/src/test/java && find . -name "$name.java" | sed 's#^\./##; s#\.java$##; s#/#.#g')
[ -n "$class" ] || { echo "no benchmark $name" >&2; exit 1; }
mvn -B -q -o test-compile -pl core-bundle -am >/dev/null
cp=$(mktemp); trap 'rm -f "$cp"' EXIT
mvn -B -q -o dependency:build-classpath -pl core-bundle -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >/dev/null
shift
exec java -cp "core-bundle/target/test-classes:core-bundle/target/classes:$(cat "$cp")" "$class" "$@"
