# The results table of bench/run.sh (sourced): one row per scenario and metric, Kea, Nestor and Nestor/Kea.
# Reads R[scenario/server/metric] and the run's settings.

# ratio NESTOR KEA: Nestor/Kea of the leading numbers ("-" when one is missing or zero).
ratio() {
    awk -v n="$1" -v k="$2" 'BEGIN { n += 0; k += 0; if (n > 0 && k > 0) printf "%.2f", n / k; else print "-" }'
}

row() { # SCENARIO METRIC LABEL
    k=${R[$1/kea/$2]:--} n=${R[$1/nestor/$2]:--}
    printf '%-14s %-31s %16s %16s %7s\n' "$1" "$3" "$k" "$n" "$(ratio "$n" "$k")"
}

report() {
    echo "Nestor vs Kea 2.2 ($(kea-dhcp4 -v)) - bench/run.sh, $(date -Iseconds), $(hostname), $(nproc) CPUs"
    echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (figures from a busy machine are noise)"
    echo "settings: rates [$RATES], runs ${RUN_SECONDS} s x $REPS, $CLIENTS clients, CPU/latency at $CPU_RATE/s" \
         "for ${CPU_SECONDS} s after ${WARM_SECONDS} s warm-up"
    echo
    printf '%-14s %-31s %16s %16s %7s\n' scenario metric kea nestor N/K
    if [ -n "$STARTUP" ]; then
        row startup fresh "first answer, empty, fresh (s)"
        row startup used "first answer, empty, used (s)"
        row startup million "first answer, $LEASES leases (s)"
        row startup rss "RSS with $LEASES leases (MB)"
    fi
    for sc in $SCENARIOS; do
        row "$sc" rate "rate <1% drops (/s)"
        row "$sc" cpu "CPU per lease @$CPU_RATE/s (us)"
        row "$sc" jit "  of which JIT compiler (us)"
        row "$sc" cs "context switches per lease"
        row "$sc" lat "REQUEST-ACK avg (ms)"
        row "$sc" max "REQUEST-ACK max (ms)"
        row "$sc" rss "RSS after load (MB)"
    done
    echo
    echo "rate: median (min-max) of the repetitions; c = perfdhcp, not the server, stopped the climb;" \
         "+ = the top rung passed."
    echo "cpu: * = >= 1 % drops at that rate; a JIT share above a few us means the JVM was still compiling" \
         "(warm up longer: --warm). sync rows: Kea has no synced-commit mode (plain persist true);" \
         "syncN = synced commits with an N ms commit delay (sync-commit-delay)."
    if [ -n "${SYNC_FLOOR:-}" ]; then
        set -- $SYNC_FLOOR
        echo "sync floor: appending one lease line and fdatasync-ing it costs the calling thread $1 us of CPU and" \
             "$2 context switches on this file system (bench/lib/SyncFloor.java, same run): what a synced commit" \
             "adds per lease when no commit delay lets several leases share one sync."
    fi
    [ -n "$STARTUP" ] && echo "startup: fresh = new Nestor state directory (Karaf resolves and caches its bundles)," \
        "used = the next $STARTS starts on it, median (min-max)."
    threads_note
}

# Whether Nestor ran the packet workers multi-threading asks for (thread-pool-size; packet-queue-size is
# read from the same block but cannot be observed from outside). With multi-threading off there are no workers.
threads_note() {
    notes=
    for sc in $SCENARIOS; do
        want=0; [ "${sc##*-}" = mt ] && want=$MT_POOL
        got=${R[$sc/nestor/workers]:-}
        [ -n "$got" ] && [ "$got" != "$want" ] && notes="$notes $sc:$got/$want"
    done
    if [ -n "$notes" ]; then
        echo "multi-threading NOT honoured by Nestor (worker threads seen/asked):$notes"
    else
        echo "multi-threading: Nestor ran thread-pool-size worker threads in every scenario (none when disabled:"
        echo "  the receiving thread handles each datagram, as Kea's single thread does)."
    fi
}
