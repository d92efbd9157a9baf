# perfdhcp runs for bench/run.sh (sourced). Every run is bounded: -p seconds, under timeout(1).
# CLIENTS simulated clients (distinct MACs, fewer than the pool's 245 addresses) cycle through full DORAs.

CLIENTS=200

# perfdhcp_on LINK ARGS...: perfdhcp as a relay towards the server, from where LINK says: the server
# namespace's loopback (lo) or the client namespace across the veth pair (veth); bounded by timeout(1) at
# PERF_LIMIT seconds (default 60).
perfdhcp_on() {
    local on=$1; shift
    if [ "$on" = veth ]; then
        in_cli timeout "${PERF_LIMIT:-60}" perfdhcp -4 -l 192.0.2.2 -N "$SRV_PORT" -L "$CLI_PORT" "$@" 192.0.2.1 2>&1 || true
    else
        in_srv timeout "${PERF_LIMIT:-60}" perfdhcp -4 -l 127.0.0.1 -N "$SRV_PORT" -L "$CLI_PORT" "$@" 127.0.0.1 2>&1 || true
    fi
}

# perf LINK RATE SECONDS SEED: one fixed-length DORA run (SECONDS < PERF_LIMIT); prints perfdhcp's report.
perf() {
    perfdhcp_on "$1" -r "$2" -p "$3" -R "$CLIENTS" -s "$4" -W 500000
}

# stat_of REPORT SECTION FIELD: a number from one of perfdhcp's sections (DISCOVER-OFFER, REQUEST-ACK).
stat_of() {
    awk -v s="Statistics for: $2" -v f="$3:" 'index($0, s) { in_s = 1 }
        in_s && !done && index($0, f) == 1 { v = substr($0, length(f) + 1); gsub(/[ %ms]/, "", v); print v; done = 1 }
        END { if (!done) print 0 }' <<< "$1"
}

# offered REPORT SECONDS: the rate perfdhcp really offered (DISCOVERs sent per second of the run; its own "Rate:"
# line also counts the exit wait).
offered() {
    awk -v d="$(stat_of "$1" DISCOVER-OFFER 'sent packets')" -v s="$2" 'BEGIN { printf "%.0f", d / s }'
}

# passed REPORT RATE SECONDS: 0 when both exchanges lost < 1 % and perfdhcp really offered >= 90 % of RATE;
# 1 when the server dropped; 2 when perfdhcp could not offer the rate (the client, not the server, was the limit).
passed() {
    offered=$(offered "$1" "$3")
    do_drop=$(stat_of "$1" DISCOVER-OFFER 'drops ratio')
    ra_drop=$(stat_of "$1" REQUEST-ACK 'drops ratio')
    awk -v o="${offered:-0}" -v r="$2" -v a="$do_drop" -v b="$ra_drop" \
        'BEGIN { exit (a + 0 >= 1 || b + 0 >= 1) ? 1 : (o + 0 < 0.9 * r) ? 2 : 0 }'
}

# sustained LINK SEED RATE...: the highest rate of the ascending ladder passed before the first failure
# (0 if the first rung fails), with a "c" suffix when the run that stopped the climb was client-limited and
# "+" when even the top rung passed.
# START_RUNG (index into the ladder) skips the lowest rungs; if the start rung fails, the climb goes down.
sustained() {
    link=$1 seed=$2; shift 2
    n=$#; i=${START_RUNG:-0}; [ "$i" -lt "$n" ] || i=$((n - 1))
    best=0 dir=up last_rc=0
    while [ "$i" -ge 0 ] && [ "$i" -lt "$n" ]; do
        eval "rate=\${$((i + 1))}"
        out=$(perf "$link" "$rate" "$RUN_SECONDS" "$seed")
        rc=0; passed "$out" "$rate" "$RUN_SECONDS" || rc=$?
        log "    $link rate=$rate rc=$rc offered=$(offered "$out" "$RUN_SECONDS") drops=$(stat_of "$out" DISCOVER-OFFER 'drops ratio')/$(stat_of "$out" REQUEST-ACK 'drops ratio')%"
        if [ "$rc" = 0 ]; then
            best=$rate BEST_RUNG=$i
            [ "$dir" = down ] && break
            i=$((i + 1))
        else
            last_rc=$rc
            [ "$best" != 0 ] && break
            dir=down; i=$((i - 1))
        fi
    done
    [ "$last_rc" = 2 ] && best="${best}c"
    [ "$i" -ge "$n" ] && best="${best}+"
    echo "$best"
}
