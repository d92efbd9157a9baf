#!/bin/sh
# Runs one of the in-process micro-benchmarks kept with the core's tests (not tests: they print figures and never
# fail): ClassificationBenchmark (classification cost per packet, 10-class netboot configuration),
# PxeTestBenchmark (one expression), MemfileBenchmark (lease store writes/loads), HookBenchmark (hook machinery
# per packet with 0, 1 and 10 no-op callouts per point), PoolOccupancyBenchmark (bytes and CPU per allocate/renew),
# DoraBenchmark (CPU and bytes allocated per DORA through the whole engine, memfile persist on, 200 clients).
# Usage: bench/micro.sh ClassificationBenchmark
set -eu
cd "$(dirname "$0")/.."
name=${1:?usage: bench/micro.sh ClassificationBenchmark|PxeTestBenchmark|MemfileBenchmark}
class=$(cd core-bundle/src/test/java && find . -name "$name.java" | sed 's#^\./##; s#\.java$##; s#/#.#g')
[ -n "$class" ] || { echo "no benchmark $name" >&2; exit 1; }
cp=$(mktemp); log=$(mktemp); trap 'rm -f "$cp" "$log"' EXIT
# One reactor session compiles and writes the classpath, so hooks-api's test classes resolve from the reactor
# (core-bundle, built last, writes the file last).
mvn -B -q -o test-compile dependency:build-classpath -pl core-bundle -am -Dmdep.includeScope=test \
    -Dmdep.outputFile="$cp" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
shift
exec java -cp "core-bundle/target/test-classes:core-bundle/target/classes:$(cat "$cp")" "$class" "$@"
