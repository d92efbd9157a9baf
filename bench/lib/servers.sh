# Starting, probing and stopping the two servers for bench/run.sh (sourced). Both run in the server namespace
# on ports 10067/10068 (perfdhcp acting as a relay needs the relay port 67 for itself on loopback); every
# process is stopped by its PID. Needs: WORK, NESTOR_HOME, NS_SRV, NS_CLI.

SRV_PORT=10067
CLI_PORT=10068
SERVER_PID=

# server_start kea|nestor CONFIG LOG: starts the server in the background; sets SERVER_PID to the process that
# does the work (kea-dhcp4, or the Karaf JVM: ip netns exec, env, nestor-dhcp4 and bin/karaf all exec; not
# through in_srv, which would put a shell in between).
server_start() {
    case $1 in
        kea) ip netns exec "$NS_SRV" env KEA_PIDFILE_DIR="$WORK" KEA_LOCKFILE_DIR="$WORK" \
                 kea-dhcp4 -c "$2" -p "$SRV_PORT" -P "$CLI_PORT" > "$3" 2>&1 & ;;
        nestor) ip netns exec "$NS_SRV" env NESTOR_STATE_DIR="$WORK/nestor-state" \
                 "$NESTOR_HOME/bin/nestor-dhcp4" -c "$2" -p "$SRV_PORT" -P "$CLI_PORT" > "$3" 2>&1 & ;;
    esac
    SERVER_PID=$!
}

server_stop() {
    [ -n "$SERVER_PID" ] || return 0
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    i=0; while kill -0 "$SERVER_PID" 2>/dev/null && [ $i -lt 150 ]; do sleep 0.1; i=$((i + 1)); done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# first_answer LINK START_MS TIMEOUT_S: probes with short perfdhcp runs (a few DORAs; see perfdhcp_on)
# until one REQUEST gets its ACK; prints the seconds from START_MS to the end of that probe (probe overhead,
# ~0.05-0.15 s, included for both servers alike), or "-" if the server died or TIMEOUT_S passed.
first_answer() {
    local on=$1; shift
    deadline=$(( $1 + $2 * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ] && kill -0 "$SERVER_PID" 2>/dev/null; do
        out=$(perfdhcp_on "$on" -r 200 -n 2 -R 1 -d 0.1 -W 100000)
        if [ "$(stat_of "$out" REQUEST-ACK 'received packets')" -gt 0 ] 2>/dev/null; then
            awk -v a="$1" -v b="$(now_ms)" 'BEGIN { printf "%.2f", (b - a) / 1000 }'
            return
        fi
        sleep 0.02
    done
    echo "-"
}

# await_boot_done SERVER: for Nestor, waits (at most 60 s) until Karaf has recorded its boot features as
# installed. A container stopped before that provisions them again at its next start, which would make the next
# start look slower than a used one is.
await_boot_done() {
    [ "$1" = nestor ] || return 0
    local i=0
    until grep -qs '"bootDone":true' "$WORK"/nestor-state/karaf/cache/bundle*/data/state.json || [ $i -ge 600 ]; do
        sleep 0.1; i=$((i + 1))
    done
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# switches PID: context switches of all the process's threads so far (voluntary + involuntary): each thread
# wake-up costs one, so per lease it counts hand-offs between threads, and it barely moves with machine load.
switches() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/ctxt_switches/ { n += $2 } END { print n + 0 }'; }

# jit_ticks PID: CPU ticks of the JVM's JIT compiler threads (0 for Kea).
jit_ticks() {
    local t sum=0
    for t in /proc/"$1"/task/*; do
        case $(cat "$t/comm" 2>/dev/null) in
            C1\ CompilerThre*|C2\ CompilerThre*) sum=$(( sum + $(awk '{ print $14 + $15 }' "$t/stat" 2>/dev/null || echo 0) )) ;;
        esac
    done
    echo "$sum"
}

# worker_threads PID: Nestor's packet workers (threads named nestor-dhcp4-worker-N; Linux keeps 15 chars).
worker_threads() { cat /proc/"$1"/task/*/comm 2>/dev/null | grep -c '^nestor-dhcp4-wo' || true; }
