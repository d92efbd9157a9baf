#!/bin/bash
# Nestor vs Debian's Kea 2.2, one after the other in this one invocation, on the same generated configurations.
# Full mode takes about 50 minutes on a quiet machine (16 scenarios x 2 servers, 30 s warm-up, rate ladders
# repeated 3 times); --quick about 6 minutes (4 scenarios, one repetition, short runs; its CPU figures still
# include JIT compilation). A loaded machine stretches both. Builds nothing: it runs
# karaf-dist/target/assembly/bin/nestor-dhcp4 and kea-dhcp4, with perfdhcp as the client. Needs root (it
# creates and removes two network namespaces joined by a veth pair; all traffic stays inside them, on
# 192.0.2.0/24). Not a test: it never fails on numbers.
#
# Per scenario (bench/lib/configs.sh says what LINK-STORE-THREADS means) and server:
#   rate   highest offered DORA rate with < 1 % drops in both exchanges: an ascending ladder of fixed-length
#          runs, repeated REPS times (median, and min-max); "c" = perfdhcp could not offer the next rung, so
#          the client, not the server, was the limit
#   cpu    server CPU (utime+stime of the process from /proc/PID/stat: kea-dhcp4, Nestor's Karaf JVM) per
#          lease, at the fixed common rate CPU_RATE after WARM_SECONDS of it; "*" = that run had >= 1 % drops
#   jit    the part of cpu spent by the JVM's JIT compiler threads (still compiling = not yet steady state)
#   cs     context switches per lease in that same run, all the server's threads (thread wake-ups and hand-offs;
#          unlike cpu, it hardly depends on how loaded the machine is)
#   lat    perfdhcp's REQUEST-ACK average and maximum delay in that same run
#   rss    the server's resident memory after that run
# and once per server: time to first answer after start (empty lease file on a fresh state directory, and on the
# used one: the median (min-max) of --starts N starts, 5 by default, a start being noisier than a rate; 1,000,000
# leases), RSS with 1 M leases. With sync scenarios, also the floor of a synced commit: one lease line appended and
# fdatasync'd by a lone thread on the same file system (bench/lib/SyncFloor.java), its CPU and context switches per
# sync. Output: bench/results/<timestamp>.txt, also printed.
#
# Usage: [NESTOR_HOME=dir] bench/run.sh [--quick] [--scenarios "lo-disk-st veth-sync-mt ..."] [--rates "500 1000 ..."]
#                     [--seconds N] [--reps N] [--cpu-rate N] [--warm S] [--leases N] [--starts N]
#                     [--no-startup] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=$(pwd)/bench
. "$BENCH/lib/net.sh"; . "$BENCH/lib/configs.sh"; . "$BENCH/lib/servers.sh"; . "$BENCH/lib/load.sh"

SCENARIOS="lo-mem-st lo-disk-st lo-sync-st lo-sync10-st lo-mem-mt lo-disk-mt lo-sync-mt lo-sync10-mt
           veth-mem-st veth-disk-st veth-sync-st veth-sync10-st veth-mem-mt veth-disk-mt veth-sync-mt veth-sync10-mt"
RATES="500 1000 1500 2000 3000 4000 6000 8000 12000 16000"
RUN_SECONDS=5 REPS=3 CPU_RATE=1000 CPU_SECONDS=10 WARM_SECONDS=30 STARTUP=1 KEEP= LEASES=1000000 STARTS=5
while [ $# -gt 0 ]; do
    case $1 in
        --quick) SCENARIOS="lo-disk-st lo-sync-st lo-disk-mt veth-disk-st"; RATES="500 1000 2000 4000 8000"
                 RUN_SECONDS=2 REPS=1 CPU_SECONDS=4 WARM_SECONDS=20 STARTS=1 ;;
        --scenarios) SCENARIOS=$2; shift ;;
        --rates) RATES=$2; shift ;;
        --seconds) RUN_SECONDS=$2; shift ;;
        --reps) REPS=$2; shift ;;
        --cpu-rate) CPU_RATE=$2; shift ;;
        --warm) WARM_SECONDS=$2; shift ;;
        --no-startup) STARTUP= ;;
        --leases) LEASES=$2; shift ;;
        --starts) STARTS=$2; shift ;;
        --keep) KEEP=1 ;;
        *) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2 ;;
    esac
    shift
done

PERF_LIMIT=$(printf '%s\n' "$RUN_SECONDS" "$CPU_SECONDS" "$WARM_SECONDS" | sort -n | tail -1)
PERF_LIMIT=$((PERF_LIMIT + 20))
NESTOR_HOME=${NESTOR_HOME:-$(pwd)/karaf-dist/target/assembly}
[ "$(id -u)" = 0 ] || { echo "bench/run.sh needs root (network namespaces)" >&2; exit 1; }
for tool in kea-dhcp4 perfdhcp ip; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install kea-dhcp4-server kea-admin)" >&2; exit 1; }
done
[ -x "$NESTOR_HOME/bin/nestor-dhcp4" ] || { echo "no $NESTOR_HOME: build it first (mvn -B package)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/nestor-bench.XXXXXX)
mkdir -p "$WORK/conf" "$WORK/logs" "$BENCH/results"
cleanup() { server_stop; ns_remove; [ -n "$KEEP" ] && echo "kept $WORK" >&2 || rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
log() { echo "$*" >&2; echo "$*" >> "$WORK/logs/progress.log"; }
declare -A R   # R[scenario/server/metric] = value

ns_create
for sc in $SCENARIOS; do scenario_config "$sc" "$WORK/leases.csv" "$WORK/server.log" "$IF_SRV" > "$WORK/conf/$sc.json"; done
startup_config "$WORK/leases.csv" "$WORK/server.log" > "$WORK/conf/startup.json"
kea-dhcp4 -t "$WORK/conf/startup.json" >/dev/null

# run_server SERVER CONFIG LEASE_SOURCE LINK TIMEOUT: starts SERVER on CONFIG with the lease file emptied or
# copied from LEASE_SOURCE; sets T_FIRST (seconds to the first answer over LINK, "-" if none within TIMEOUT s).
run_server() {
    rm -f "$WORK"/leases.csv*
    [ -n "$3" ] && cp "$3" "$WORK/leases.csv"
    t0=$(now_ms)
    server_start "$1" "$2" "$WORK/logs/$(basename "$2" .json).$1.out"
    T_FIRST=$(first_answer "$4" "$t0" "$5")
}

finish_server() { # SERVER CONFIG
    await_boot_done "$1"
    server_stop
    [ -f "$WORK/server.log" ] && mv "$WORK/server.log" "$WORK/logs/$(basename "$2" .json).$1.log"
    return 0
}

# median_spread VALUE...: "median (min-max)" of the numeric values, "-" when there is none.
median_spread() {
    printf '%s\n' "$@" | grep -E '^[0-9.]+$' | sort -n | awk '{ v[NR] = $0 } END {
        if (NR == 0) { print "-"; exit } printf "%.2f", v[int((NR + 1) / 2)]
        if (NR > 1) printf " (%.2f-%.2f)", v[1], v[NR] }'
}

startup_metrics() {
    million=$WORK/million.csv
    log "generating $LEASES leases in Kea 2.2's CSV format"
    million_leases "$million" "$LEASES"
    for srv in kea nestor; do
        rm -rf "$WORK/nestor-state"
        run_server "$srv" "$WORK/conf/startup.json" "" lo 120; R[startup/$srv/fresh]=$T_FIRST
        finish_server "$srv" "$WORK/conf/startup.json"
        used=
        for _ in $(seq 1 "$STARTS"); do
            run_server "$srv" "$WORK/conf/startup.json" "" lo 120; used="$used $T_FIRST"
            finish_server "$srv" "$WORK/conf/startup.json"
        done
        R[startup/$srv/used]=$(median_spread $used)
        run_server "$srv" "$WORK/conf/startup.json" "$million" lo 300; R[startup/$srv/million]=$T_FIRST
        sleep 2; R[startup/$srv/rss]=$(rss_mb "$SERVER_PID" 2>/dev/null || echo -)
        finish_server "$srv" "$WORK/conf/startup.json"
        log "$srv first answer: fresh ${R[startup/$srv/fresh]} s, used ${R[startup/$srv/used]} s," \
            "1M leases ${R[startup/$srv/million]} s (RSS ${R[startup/$srv/rss]} MB)"
    done
    rm -f "$million"
}

rung_of() { i=0; for r in $RATES; do [ "$r" = "${1%c}" ] && { echo $i; return; }; i=$((i + 1)); done; echo 0; }

scenario_metrics() { # SCENARIO SERVER
    sc=$1 srv=$2 link=${1%%-*} conf=$WORK/conf/$1.json
    log "== $sc $srv"
    run_server "$srv" "$conf" "" "$link" 120
    [ "$T_FIRST" != - ] || { log "   $srv did not answer; see $WORK/logs (--keep)"; finish_server "$srv" "$conf"; return; }
    perf "$link" "$CPU_RATE" "$WARM_SECONDS" 1 > /dev/null   # warm-up (JIT, caches), not measured
    before=$(cpu_ticks "$SERVER_PID") jit_before=$(jit_ticks "$SERVER_PID") cs_before=$(switches "$SERVER_PID")
    out=$(perf "$link" "$CPU_RATE" "$CPU_SECONDS" 2)
    after=$(cpu_ticks "$SERVER_PID") jit_after=$(jit_ticks "$SERVER_PID") cs_after=$(switches "$SERVER_PID")
    acks=$(stat_of "$out" REQUEST-ACK 'received packets')
    flag=; passed "$out" "$CPU_RATE" "$CPU_SECONDS" || [ $? = 2 ] || flag='*'
    R[$sc/$srv/cpu]=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v a="$acks" -v f="$flag" \
        'BEGIN { if (a > 0) printf "%.0f%s", t * 1e6 / hz / a, f; else print "-" }')
    R[$sc/$srv/jit]=$(awk -v t=$((jit_after - jit_before)) -v hz="$(getconf CLK_TCK)" -v a="$acks" \
        'BEGIN { if (a > 0) printf "%.0f", t * 1e6 / hz / a; else print "-" }')
    R[$sc/$srv/cs]=$(awk -v n=$((cs_after - cs_before)) -v a="$acks" \
        'BEGIN { if (a > 0) printf "%.1f", n / a; else print "-" }')
    R[$sc/$srv/lat]=$(stat_of "$out" REQUEST-ACK 'avg delay')
    R[$sc/$srv/max]=$(stat_of "$out" REQUEST-ACK 'max delay')
    R[$sc/$srv/rss]=$(rss_mb "$SERVER_PID")
    [ "$srv" = nestor ] && R[$sc/$srv/workers]=$(worker_threads "$SERVER_PID")
    rates=; START_RUNG=0
    for rep in $(seq 1 "$REPS"); do
        best=$(sustained "$link" $((rep + 2)) $RATES)
        rates="$rates $best"; START_RUNG=$(( $(rung_of "$best") - 1 )); [ "$START_RUNG" -ge 0 ] || START_RUNG=0
    done
    R[$sc/$srv/rate]=$(echo "$rates" | tr ' ' '\n' | grep . | sort -n | awk '
        { v[NR] = $0 + 0; c = c || /c/; p = p || /\+/ } END { m = v[int((NR + 1) / 2)]
          printf "%d%s%s", m, c ? "c" : "", p ? "+" : ""; if (NR > 1) printf " (%d-%d)", v[1], v[NR] }')
    log "   $srv: rate ${R[$sc/$srv/rate]}/s, cpu ${R[$sc/$srv/cpu]} us/lease, RA avg ${R[$sc/$srv/lat]} ms"
    finish_server "$srv" "$conf"
}

[ -n "$STARTUP" ] && startup_metrics
for sc in $SCENARIOS; do for srv in kea nestor; do scenario_metrics "$sc" "$srv"; done; done
# What one fdatasync costs by itself on the lease files' file system, for reading the sync rows.
SYNC_FLOOR=
case " $SCENARIOS " in
    *-sync*) log "== sync floor"; SYNC_FLOOR=$(java "$BENCH/lib/SyncFloor.java" "$WORK" 3000 || true) ;;
esac

. "$BENCH/lib/report.sh"
result=$BENCH/results/$(date +%Y%m%d-%H%M%S).txt
report > "$result"
cat "$result"
echo "(written to $result)"
