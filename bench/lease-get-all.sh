#!/bin/sh
# lease4-get-all with 100,000 leases, Nestor beside Debian's kea-dhcp4 2.2 with its libdhcp_lease_cmds, on the same
# generated memfile lease file (198.18.0.0/15, RFC 2544's benchmarking prefix: nothing is sent on any network).
# Each server loads the file at start, then lease4-get-all is sent over its UNIX control socket RUNS times (the
# first run is a warm-up); prints each time (request sent to the last byte of the answer read, not counting the
# client's own JSON parsing), the median, the lease count in the answer, and the Nestor/Kea ratio. Needs
# karaf-dist/target/assembly built (mvn -B -o -q verify -pl karaf-dist -am -DskipTests). Not a test: never fails on numbers.
# Usage: bench/lease-get-all.sh [LEASES] [RUNS]
set -eu
cd "$(dirname "$0")/.."
LEASES=${1:-100000}
RUNS=${2:-6}
home=$(pwd)/karaf-dist/target/assembly
work=$(mktemp -d /tmp/leasecmds-bench.XXXXXX)
npid= ; kpid=
cleanup() {
    [ -n "$npid" ] && kill "$npid" 2>/dev/null && wait "$npid" 2>/dev/null || true
    [ -n "$kpid" ] && kill "$kpid" 2>/dev/null && wait "$kpid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

python3 - "$work/leases.csv" "$LEASES" <<'PY'
import sys, time
path, n = sys.argv[1], int(sys.argv[2])
base = (198 << 24) | (18 << 16)
expire = int(time.time()) + 86400
with open(path, "w") as f:
    f.write("address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,hostname,state,user_context\n")
    for i in range(1, n + 1):
        a = base + i
        ip = "%d.%d.%d.%d" % (a >> 24, (a >> 16) & 255, (a >> 8) & 255, a & 255)
        hw = "02:00:%02x:%02x:%02x:%02x" % ((i >> 24) & 255, (i >> 16) & 255, (i >> 8) & 255, i & 255)
        f.write("%s,%s,01:%s,86400,%d,1,0,0,host-%d.example.org,0,\n" % (ip, hw, hw, expire, i))
PY

config() { # $1 lease file, $2 socket, $3 hooks-libraries entry or ""
cat <<JSON
{ "Dhcp4": {
  "interfaces-config": { "interfaces": [ "lo" ], "dhcp-socket-type": "udp" },
  "control-socket": { "socket-type": "unix", "socket-name": "$2" },
  "lease-database": { "type": "memfile", "persist": true, "name": "$1", "lfc-interval": 0 },
  $3
  "valid-lifetime": 86400,
  "subnet4": [ { "id": 1, "subnet": "198.18.0.0/15", "pools": [ { "pool": "198.18.0.1 - 198.19.255.254" } ] } ]
} }
JSON
}

# Sends lease4-get-all RUNS times; prints the times and the median (ms) and the lease count.
measure() { # $1 name, $2 socket
python3 - "$1" "$2" "$RUNS" <<'PY'
import json, socket, sys, time
name, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
def ask(cmd):
    s = socket.socket(socket.AF_UNIX); s.settimeout(120); s.connect(path)
    t0 = time.perf_counter(); s.sendall(json.dumps({"command": cmd}).encode())
    chunks = []
    while True:  # both servers close the connection after the answer, as Kea's control channel does
        b = s.recv(1 << 20)
        if not b: break
        chunks.append(b)
    t = (time.perf_counter() - t0) * 1000  # to the answer's last byte; parsing it here is the client's cost
    s.close()
    return t, json.loads(b"".join(chunks))
times = []
for i in range(runs):
    t, answer = ask("lease4-get-all")
    times.append(t)
count = len(answer.get("arguments", {}).get("leases", []))
measured = sorted(times[1:]) if len(times) > 1 else times
median = measured[len(measured) // 2]
print("%s lease4-get-all: %d leases, result %s, runs (ms) %s, median %.1f ms" % (
    name, count, answer.get("result"), " ".join("%.0f" % t for t in times), median))
print("%s %.3f" % (name, median), file=open(path + ".median", "w"))
PY
}

await_socket() { # $1 socket, $2 command that must be listed, $3 seconds
    i=0
    while [ $i -lt $(( $3 * 2 )) ]; do
        if python3 -c "
import socket,sys
s=socket.socket(socket.AF_UNIX); s.settimeout(5); s.connect('$1')
s.sendall(b'{\"command\": \"list-commands\"}'); d=b''
while True:
    b=s.recv(65536)
    if not b: break
    d+=b
    if b'\"$2\"' in d: sys.exit(0)
sys.exit(1)" 2>/dev/null; then return 0; fi
        sleep 0.5; i=$((i + 1))
    done
    echo "$2 not served on $1 within $3 s" >&2; return 1
}

port=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom) % 20000 * 2 ))

# Kea 2.2 with libdhcp_lease_cmds
cp "$work/leases.csv" "$work/kea-leases.csv"
config "$work/kea-leases.csv" "$work/kea.sock" \
    '"hooks-libraries": [ { "library": "/usr/lib/x86_64-linux-gnu/kea/hooks/libdhcp_lease_cmds.so" } ],' > "$work/kea.json"
KEA_PIDFILE_DIR=$work KEA_LOCKFILE_DIR=$work kea-dhcp4 -c "$work/kea.json" -p "$port" -P $((port + 1)) \
    > "$work/kea.log" 2>&1 &
kpid=$!
await_socket "$work/kea.sock" lease4-get-all 120
measure kea "$work/kea.sock"
kill "$kpid"; wait "$kpid" 2>/dev/null || true; kpid=

# Nestor with the same hooks-libraries entry (it installs its nestor-hook-lease-cmds feature for it)
cp "$work/leases.csv" "$work/nestor-leases.csv"
config "$work/nestor-leases.csv" "$work/nestor.sock" \
    '"hooks-libraries": [ { "library": "/usr/lib/x86_64-linux-gnu/kea/hooks/libdhcp_lease_cmds.so" } ],' > "$work/nestor.json"
NESTOR_STATE_DIR=$work/state NESTOR_SSH_PORT=$((port + 2)) "$home/bin/nestor-dhcp4" -c "$work/nestor.json" \
    -p "$port" -P $((port + 1)) > "$work/nestor.log" 2>&1 &
npid=$!
await_socket "$work/nestor.sock" lease4-get-all 240
measure nestor "$work/nestor.sock"

k=$(cut -d' ' -f2 "$work/kea.sock.median"); n=$(cut -d' ' -f2 "$work/nestor.sock.median")
awk -v k="$k" -v n="$n" -v l="$LEASES" 'BEGIN { printf "lease4-get-all with %d leases: nestor %.0f ms, kea %.0f ms, nestor/kea %.2f\n", l, n, k, n / k }'
