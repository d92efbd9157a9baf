#!/bin/bash
# Where Nestor's start-up time goes: starts the distribution N times (default 3) on an empty lease file inside a
# network namespace this script creates and removes, and prints for each start the seconds from launch to:
#   java     bin/nestor-dhcp4 execs the container's JVM (which checks the file as -t does, then boots Karaf)
#   logging  the container's logging is configured (the first bundles are running)
#   starting DHCP4_STARTING (the core bundle is activated)
#   started  DHCP4_STARTED (sockets open)
#   answer   perfdhcp's first DORA completes (as bench/run.sh measures it)
#   cpu      CPU seconds the start used up to that answer (the JVM and any child the script waited for): on a
#            busy machine the wall-clock columns stretch with the load, this one much less
# The first start uses a fresh state directory (Karaf resolves the boot features, and the JVM writes the
# instance's CDS archive when it stops), the others reuse it.
# Extra JVM options for an experiment: EXTRA_JAVA_OPTS="-XX:+UseSerialGC" bench/startup-phases.sh
# Usage: bench/startup-phases.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=$(pwd)/bench
. "$BENCH/lib/net.sh"; . "$BENCH/lib/configs.sh"; . "$BENCH/lib/servers.sh"; . "$BENCH/lib/load.sh"
[ "$(id -u)" = 0 ] || { echo "needs root (network namespaces)" >&2; exit 1; }
NESTOR_HOME=$(pwd)/karaf-dist/target/assembly
WORK=$(mktemp -d /tmp/nestor-phases.XXXXXX)
trap 'server_stop; ns_remove; rm -rf "$WORK"' EXIT
ns_create
# INFO on stdout, so that DHCP4_STARTED is there too.
startup_config "$WORK/leases.csv" stdout | sed 's/"WARN"/"INFO"/' > "$WORK/startup.json"

# ms_of LOGLINE: the line's Kea-format timestamp (local time) in epoch milliseconds.
ms_of() { d=$(cut -c1-23 <<< "$1"); echo $(( $(date -d "${d% *} ${d#* }" +%s%N) / 1000000 )); }
since() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%6.2f", (b - a) / 1000; else printf "%6s", "-" }'; }

printf '%-6s %6s %6s %6s %6s %6s %6s\n' start java logging starting started answer cpu
for n in $(seq 1 "${1:-3}"); do
    rm -f "$WORK"/leases.csv* "$WORK/out"
    t0=$(now_ms) t_java=0
    server_start nestor "$WORK/startup.json" "$WORK/out"
    # Follow the exec chain of the launched process (polling, 10 ms resolution).
    while kill -0 "$SERVER_PID" 2>/dev/null && [ "$t_java" = 0 ] && [ $(( $(now_ms) - t0 )) -lt 120000 ]; do
        cmd=$(tr '\0' ' ' < "/proc/$SERVER_PID/cmdline" 2>/dev/null || true)
        case $cmd in
            *java*org.nestor.core.cli.ContainerMain*|*java*org.apache.karaf.main.Main*) t_java=$(now_ms) ;;
        esac
        sleep 0.01
    done
    answer=$(first_answer lo "$t0" 120)
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15 + $16 + $17) / hz }' "/proc/$SERVER_PID/stat")
    log=$WORK/nestor-state/log/karaf.log
    logging=$(grep 'configuration successful' "$log" | tail -1 | cut -c1-23 | tr T ' ' | tr , . || true)
    t_log=0; [ -n "$logging" ] && t_log=$(ms_of "$logging")
    t_starting=$(ms_of "$(grep -m1 DHCP4_STARTING "$WORK/out" || echo 1970-01-01 00:00:00.000)")
    t_started=$(ms_of "$(grep -m1 'DHCP4_STARTED' "$WORK/out" || echo 1970-01-01 00:00:00.000)")
    printf '%-6s %s %s %s %s %6s %6s\n' "$([ "$n" = 1 ] && echo fresh || echo used)" \
        "$(since "$t0" "$t_java")" "$(since "$t0" "$t_log")" "$(since "$t0" "$t_starting")" \
        "$(since "$t0" "$t_started")" "$answer" "$cpu"
    await_boot_done nestor
    server_stop
    : > "$log"
done
