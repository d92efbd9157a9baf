#!/bin/sh
# Quick side-by-side DORA figure: Debian's kea-dhcp4 and Nestor (from karaf-dist/target/assembly) on the same
# generated configuration (250 clients cycling through a 192.0.2.0/24 pool), one after the other in this one invocation, each against perfdhcp acting as a relay
# on loopback. For each rate in RATES, a bounded run of SECONDS seconds; prints the highest rate whose
# exchanges had < 1 % drops, and the server's CPU time per lease at that rate. Not a test: never fails on numbers.
# Usage: bench/quick-dora.sh [RATES] [SECONDS]    e.g. bench/quick-dora.sh "500 1000 2000 4000" 10
set -eu
cd "$(dirname "$0")/.."
RATES=${1:-"250 500 1000 2000 4000"}
SECONDS_PER_RUN=${2:-10}
home=$(pwd)/karaf-dist/target/assembly
work=$(mktemp -d /tmp/nestor-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
clk=$(getconf CLK_TCK)

config() { # $1 lease file
cat <<JSON
{ "Dhcp4": {
  "interfaces-config": { "interfaces": [ "lo" ], "dhcp-socket-type": "udp" },
  "lease-database": { "type": "memfile", "persist": true, "name": "$1", "lfc-interval": 0 },
  "valid-lifetime": 4000,
  "subnet4": [ { "id": 1, "subnet": "192.0.2.0/24", "relay": { "ip-addresses": [ "127.0.0.1" ] },
                 "pools": [ { "pool": "192.0.2.1 - 192.0.2.254" } ] } ]
} }
JSON
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

run_server() { # $1 name, $2 pid of the server
    name=$1; pid=$2
    # Warm-up, not measured: a JIT-compiled server and one that was just started should not differ by that.
    perfdhcp -4 -l 127.0.0.1 -N 10067 -L 10068 -r 500 -p 5 -R 250 -s 1 127.0.0.1 >/dev/null 2>&1 || true
    best=0; best_cpu=
    for rate in $RATES; do
        before=$(cpu_ticks "$pid")
        out=$(perfdhcp -4 -l 127.0.0.1 -N 10067 -L 10068 -r "$rate" -p "$SECONDS_PER_RUN" -R 250 \
              -s "$rate" 127.0.0.1 2>&1 || true)
        after=$(cpu_ticks "$pid")
        acks=$(echo "$out" | awk '/REQUEST-ACK/{f=1} f&&/received packets/{print $3; exit}')
        sent=$(echo "$out" | awk '/DISCOVER-OFFER/{f=1} f&&/sent packets/{print $3; exit}')
        drops=$(echo "$out" | awk '/DISCOVER-OFFER/{f=1} f&&/drops ratio/{print $3; exit}')
        rdrops=$(echo "$out" | awk '/REQUEST-ACK/{f=1} f&&/drops ratio/{print $3; exit}')
        avg=$(echo "$out" | awk '/REQUEST-ACK/{f=1} f&&/avg delay/{print $3; exit}')
        cpu_us=$(( (after - before) * 1000000 / clk ))
        per=$( [ "${acks:-0}" -gt 0 ] && echo $(( cpu_us / acks )) || echo "-")
        echo "$name rate=$rate sent=$sent acks=$acks drops=$drops/$rdrops avg-ack-delay=${avg}ms cpu=${cpu_us}us cpu/lease=${per}us"
        ok=$(awk -v a="${drops%\%}" -v b="${rdrops%\%}" 'BEGIN{print (a+0 < 1 && b+0 < 1) ? 1 : 0}')
        [ "$ok" = 1 ] && { best=$rate; best_cpu=$per; }
    done
    echo "$name best-rate-under-1%-drops=$best cpu-per-lease-at-that-rate=${best_cpu}us" >> "$work/summary"
}

# Kea
config "$work/kea-leases.csv" > "$work/kea.json"
KEA_PIDFILE_DIR=$work KEA_LOCKFILE_DIR=$work kea-dhcp4 -c "$work/kea.json" -p 10067 -P 10068 > "$work/kea.log" 2>&1 &
kpid=$!
sleep 1
run_server kea "$kpid"
kill "$kpid"; wait "$kpid" 2>/dev/null || true

# Nestor
config "$work/nestor-leases.csv" > "$work/nestor.json"
NESTOR_STATE_DIR=$work/nestor-state NESTOR_SSH_PORT=18101 "$home/bin/nestor-dhcp4" -c "$work/nestor.json" \
    -p 10067 -P 10068 > "$work/nestor.log" 2>&1 &
npid=$!
i=0; until grep -q DHCP4_STARTED "$work/nestor.log" || [ $i -ge 600 ]; do sleep 0.1; i=$((i+1)); done
run_server nestor "$npid"
kill "$npid"; wait "$npid" 2>/dev/null || true

echo "--- summary (same invocation, same config) ---"
cat "$work/summary"
