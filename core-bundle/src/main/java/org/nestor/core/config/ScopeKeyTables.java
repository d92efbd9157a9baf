package org.nestor.core.config;

import static org.nestor.core.json.JsonKind.ARRAY;
import static org.nestor.core.json.JsonKind.BOOLEAN;
import static org.nestor.core.json.JsonKind.INTEGER;
import static org.nestor.core.json.JsonKind.OBJECT;
import static org.nestor.core.json.JsonKind.REAL;
import static org.nestor.core.json.JsonKind.STRING;

/**
 * Key tables of the address scopes ({@code Dhcp4} global, shared network, subnet, pool) and of what they hold
 * (reservations, option-data, option-def, client classes). Keys from Kea 2.2's grammar; later additions marked.
 */
final class ScopeKeyTables {
    static final KeyTable OPTION_DATA = new KeyTable("option-data").strings("name", "space", "data").ints("code")
            .bools("csv-format", "always-send").since("2.4", "never-send", BOOLEAN).commented();

    static final KeyTable OPTION_DEF = new KeyTable("option-def").strings("name", "type", "record-types", "space",
            "encapsulate").ints("code").bools("array").commented().require("name", "code", "type");

    static final KeyTable RESERVATION = new KeyTable("reservations")
            .strings("hw-address", "duid", "client-id", "circuit-id", "flex-id", "ip-address", "hostname",
                    "next-server", "server-hostname", "boot-file-name")
            .add("client-classes", ARRAY).add("option-data", ARRAY, OPTION_DATA).commented();

    static final KeyTable CLIENT_CLASS = new KeyTable("client-classes").strings("name", "test", "next-server",
                    "server-hostname", "boot-file-name").bools("only-if-required")
            .add("option-def", ARRAY, OPTION_DEF).add("option-data", ARRAY, OPTION_DATA)
            .ints("valid-lifetime", "min-valid-lifetime", "max-valid-lifetime")
            .since("2.4", "template-test", STRING).since("2.4", "offer-lifetime", INTEGER).commented()
            .require("name");

    static final KeyTable POOL = new KeyTable("pools").strings("pool", "client-class")
            .add("require-client-classes", ARRAY).add("option-data", ARRAY, OPTION_DATA)
            .since("2.4", "pool-id", INTEGER).commented().require("pool");

    /** Keys every scope level (global, shared network, subnet) accepts. */
    private static final KeyTable INHERITABLE = new KeyTable("inheritable")
            .add("option-data", ARRAY, OPTION_DATA)
            .choice("reservation-mode", "disabled", "out-of-pool", "global", "all")
            .bools("reservations-global", "reservations-in-subnet", "reservations-out-of-pool")
            .ints("valid-lifetime", "min-valid-lifetime", "max-valid-lifetime", "renew-timer", "rebind-timer",
                    "cache-max-age")
            .bools("calculate-tee-times").reals("t1-percent", "t2-percent", "cache-threshold")
            .bools("ddns-send-updates", "ddns-override-no-update", "ddns-override-client-update",
                    "ddns-update-on-renew", "ddns-use-conflict-resolution", "store-extended-info",
                    "match-client-id", "authoritative")
            .choice("ddns-replace-client-name", "never", "always", "when-present", "when-not-present")
            .strings("ddns-generated-prefix", "ddns-qualifying-suffix", "hostname-char-set",
                    "hostname-char-replacement", "next-server", "server-hostname", "boot-file-name")
            .since("2.4", "allocator", STRING).since("2.4", "offer-lifetime", INTEGER)
            .since("2.4", "ddns-ttl-percent", REAL).since("2.5", "ddns-conflict-resolution-mode", STRING)
            .commented();

    /** Keys of subnets and shared networks but not of the global scope. */
    private static final KeyTable NETWORK = new KeyTable("network").copyKeys(INHERITABLE)
            .strings("interface", "client-class").add("relay", OBJECT, SectionKeyTables.RELAY)
            .add("require-client-classes", ARRAY);

    static final KeyTable SUBNET = new KeyTable("subnet4").copyKeys(NETWORK).ints("id")
            .strings("subnet", "4o6-interface", "4o6-interface-id", "4o6-subnet")
            .add("pools", ARRAY, POOL).add("reservations", ARRAY, RESERVATION).require("subnet").nonEmpty();

    static final KeyTable SHARED_NETWORK = new KeyTable("shared-networks").copyKeys(NETWORK).strings("name")
            .add("subnet4", ARRAY, SUBNET).require("name");

    static final KeyTable DHCP4 = new KeyTable("Dhcp4").copyKeys(INHERITABLE)
            .add("subnet4", ARRAY, SUBNET).add("shared-networks", ARRAY, SHARED_NETWORK)
            .add("interfaces-config", OBJECT, SectionKeyTables.INTERFACES)
            .add("lease-database", OBJECT, SectionKeyTables.LEASE_DB)
            .add("hosts-database", OBJECT, SectionKeyTables.HOSTS_DB)
            .add("hosts-databases", ARRAY, SectionKeyTables.HOSTS_DB)
            .add("host-reservation-identifiers", ARRAY).add("reservations", ARRAY, RESERVATION)
            .bools("early-global-reservations-lookup", "reservations-lookup-first", "ip-reservations-unique",
                    "echo-client-id")
            .add("client-classes", ARRAY, CLIENT_CLASS).add("option-def", ARRAY, OPTION_DEF)
            .add("hooks-libraries", ARRAY, SectionKeyTables.HOOK_LIBRARY)
            .add("expired-leases-processing", OBJECT, SectionKeyTables.EXPIRED)
            .ints("dhcp4o6-port", "decline-probation-period", "statistic-default-sample-count",
                    "statistic-default-sample-age", "parked-packet-limit")
            .add("control-socket", OBJECT, SectionKeyTables.CONTROL_SOCKET)
            .since("2.7.2", "control-sockets", ARRAY, SectionKeyTables.CONTROL_SOCKETS_ENTRY)
            .add("dhcp-queue-control", OBJECT, SectionKeyTables.QUEUE_CONTROL)
            .add("dhcp-ddns", OBJECT, SectionKeyTables.DHCP_DDNS)
            .add("sanity-checks", OBJECT, SectionKeyTables.SANITY)
            .add("config-control", OBJECT, SectionKeyTables.CONFIG_CONTROL).strings("server-tag")
            .add("loggers", ARRAY, SectionKeyTables.LOGGER)
            .add("multi-threading", OBJECT, SectionKeyTables.MULTI_THREADING)
            .add("compatibility", OBJECT, SectionKeyTables.COMPATIBILITY)
            .since("2.6", "stash-agent-options", BOOLEAN).nonEmpty();

    private ScopeKeyTables() {
    }
}
