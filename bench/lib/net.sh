# Network namespaces for bench/run.sh (sourced, not run). Everything runs inside two namespaces the benchmark
# creates and removes: the server namespace (its own loopback, so no other process on the machine can answer
# on our ports, and one end of a veth pair) and the client namespace (the other end). Documentation prefix
# 192.0.2.0/24 only: the server end is 192.0.2.1, the client end 192.0.2.2.

ns_create() { # sets NS_SRV NS_CLI IF_SRV IF_CLI
    tag=$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')
    NS_SRV=nbs$tag NS_CLI=nbc$tag IF_SRV=vbs$tag IF_CLI=vbc$tag
    ip netns add "$NS_SRV"
    ip netns add "$NS_CLI"
    ip link add "$IF_SRV" netns "$NS_SRV" type veth peer name "$IF_CLI" netns "$NS_CLI"
    ip -n "$NS_SRV" addr add 192.0.2.1/24 dev "$IF_SRV"
    ip -n "$NS_CLI" addr add 192.0.2.2/24 dev "$IF_CLI"
    for ns in "$NS_SRV" "$NS_CLI"; do ip -n "$ns" link set lo up; done
    ip -n "$NS_SRV" link set "$IF_SRV" up
    ip -n "$NS_CLI" link set "$IF_CLI" up
}

# Stops whatever still runs in the namespaces (only this benchmark's processes can be there), by PID.
ns_remove() {
    for ns in ${NS_CLI:-} ${NS_SRV:-}; do
        pids=$(ip netns pids "$ns" 2>/dev/null || true)
        [ -n "$pids" ] && { kill -KILL $pids 2>/dev/null || true; sleep 0.5; }
    done
    [ -n "${NS_CLI:-}" ] && ip netns del "$NS_CLI" 2>/dev/null
    [ -n "${NS_SRV:-}" ] && ip netns del "$NS_SRV" 2>/dev/null
    NS_SRV= NS_CLI=
}

# in_srv/in_cli CMD...: run CMD in the server / client namespace.
in_srv() { ip netns exec "$NS_SRV" "$@"; }
in_cli() { ip netns exec "$NS_CLI" "$@"; }
