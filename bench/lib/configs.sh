# Configurations and lease files for bench/run.sh (sourced). Both servers run on exactly the same file: the
# lease file path inside it is emptied (or refilled) before each server starts.
#
# A scenario is LINK-STORE-THREADS:
#   LINK    lo    perfdhcp relays over the server namespace's loopback (giaddr 127.0.0.1)
#           veth  perfdhcp relays from the client namespace across the veth pair (giaddr 192.0.2.2)
#   STORE   mem   memfile, persist false
#           disk  memfile, persist true
#           sync  persist true plus Nestor's synced commits (user-context nestor.sync-commits: an fsync before
#                 each reply that grants a lease); Kea has no such mode and ignores user-context, so its
#                 column is plain persist true
#           syncN as sync, with a commit delay of N ms (nestor.sync-commit-delay): each sync waits N ms for
#                 more leases to cover, trading reply latency for fewer syncs per lease
#   THREADS st    multi-threading off;  mt  on with thread-pool-size 2, packet-queue-size 64

MT_POOL=2
MT_QUEUE=64

# scenario_config SCENARIO LEASEFILE LOGFILE IFACE: prints the Dhcp4 JSON.
scenario_config() {
    link=${1%%-*}; rest=${1#*-}; store=${rest%%-*}; threads=${rest#*-}
    persist=true; [ "$store" = mem ] && persist=false
    sync=false delay=0
    case $store in sync) sync=true ;; sync[0-9]*) sync=true delay=${store#sync} ;; esac
    mt='"enable-multi-threading": false'
    [ "$threads" = mt ] && mt="\"enable-multi-threading\": true, \"thread-pool-size\": $MT_POOL, \"packet-queue-size\": $MT_QUEUE"
    iface=lo; [ "$link" = veth ] && iface=$4
    cat <<JSON
{ "Dhcp4": {
  "user-context": { "nestor": { "sync-commits": $sync, "sync-commit-delay": $delay } },
  "interfaces-config": { "interfaces": [ "$iface" ], "dhcp-socket-type": "udp" },
  "lease-database": { "type": "memfile", "persist": $persist, "name": "$2", "lfc-interval": 0 },
  "multi-threading": { $mt },
  "valid-lifetime": 4000,
  "loggers": [ { "name": "kea-dhcp4", "severity": "WARN", "output_options": [ { "output": "$3" } ] } ],
  "subnet4": [ $(probe_subnet) ]
} }
JSON
}

# The subnet every client asks in: relayed from 127.0.0.1 (lo) or 192.0.2.2 (veth).
probe_subnet() {
    printf '%s' '{ "id": 1, "subnet": "192.0.2.0/24", "relay": { "ip-addresses": [ "127.0.0.1", "192.0.2.2" ] },
                   "pools": [ { "pool": "192.0.2.10 - 192.0.2.254" } ] }'
}

# startup_config LEASEFILE LOGFILE: one subnet for the probe (192.0.2.0/24, as above) and one that only holds
# the 1,000,000 loaded leases. 1 M addresses need a /12; no documentation or benchmarking prefix is that large
# (198.18.0.0/15 holds 131,072), so the leases sit in 240.0.0.0/12 (class E, reserved, never routed). No packet
# is ever sent to or from that subnet: loading a lease file sends no traffic, and the probe asks in 192.0.2.0/24.
startup_config() {
    cat <<JSON
{ "Dhcp4": {
  "interfaces-config": { "interfaces": [ "lo" ], "dhcp-socket-type": "udp" },
  "lease-database": { "type": "memfile", "persist": true, "name": "$1", "lfc-interval": 0 },
  "valid-lifetime": 4000,
  "loggers": [ { "name": "kea-dhcp4", "severity": "WARN", "output_options": [ { "output": "$2" } ] } ],
  "subnet4": [ $(probe_subnet),
               { "id": 2, "subnet": "240.0.0.0/12", "pools": [ { "pool": "240.0.0.1 - 240.15.255.254" } ] } ]
} }
JSON
}

# million_leases FILE [COUNT]: COUNT (default 1,000,000) active leases in Kea 2.2's memfile CSV, subnet 2,
# expiring ten days from now, one distinct MAC per lease.
million_leases() {
    awk -v n="${2:-1000000}" -v now="$(date +%s)" 'BEGIN {
        print "address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,hostname,state,user_context"
        life = 864000
        for (i = 1; i <= n; i++) {
            printf "240.%d.%d.%d,02:00:00:%02x:%02x:%02x,,%d,%d,2,0,0,,0,\n",
                int(i / 65536), int(i / 256) % 256, i % 256, int(i / 65536), int(i / 256) % 256, i % 256,
                life, now + life
        }
    }' > "$1"
}
