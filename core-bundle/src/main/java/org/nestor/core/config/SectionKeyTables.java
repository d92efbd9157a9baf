package org.nestor.core.config;

import static org.nestor.core.json.JsonKind.ARRAY;
import static org.nestor.core.json.JsonKind.INTEGER;
import static org.nestor.core.json.JsonKind.OBJECT;
import static org.nestor.core.json.JsonKind.STRING;
import static org.nestor.core.json.JsonKind.BOOLEAN;

/**
 * Key tables of the {@code Dhcp4} sub-sections that are not address scopes: interfaces, databases, timers, DDNS,
 * control socket, hooks, loggers and the small feature maps. Keys from Kea 2.2's grammar; later additions marked.
 */
final class SectionKeyTables {
    static final KeyTable INTERFACES = new KeyTable("interfaces-config")
            .add("interfaces", ARRAY).choice("dhcp-socket-type", "raw", "udp")
            .choice("outbound-interface", "same-as-inbound", "use-routing")
            .bools("re-detect", "service-sockets-require-all")
            .ints("service-sockets-retry-wait-time", "service-sockets-max-retries").commented();

    static final KeyTable LEASE_DB = database("lease-database")
            .since("2.4", "read-timeout", INTEGER).since("2.4", "write-timeout", INTEGER)
            .since("2.4", "tcp-user-timeout", INTEGER).since("2.6", "retry-on-startup", BOOLEAN);
    static final KeyTable HOSTS_DB = database("hosts-database").bools("readonly")
            .since("2.4", "read-timeout", INTEGER).since("2.4", "write-timeout", INTEGER)
            .since("2.4", "tcp-user-timeout", INTEGER).since("2.6", "retry-on-startup", BOOLEAN);
    static final KeyTable CONFIG_DB = database("config-databases")
            .since("2.4", "read-timeout", INTEGER).since("2.4", "write-timeout", INTEGER)
            .since("2.4", "tcp-user-timeout", INTEGER).since("2.6", "retry-on-startup", BOOLEAN);

    static final KeyTable EXPIRED = new KeyTable("expired-leases-processing")
            .ints("reclaim-timer-wait-time", "flush-reclaimed-timer-wait-time", "hold-reclaimed-time",
                    "max-reclaim-leases", "max-reclaim-time", "unwarned-reclaim-cycles").strict().nonEmpty();

    static final KeyTable DHCP_DDNS = new KeyTable("dhcp-ddns")
            .bools("enable-updates", "override-no-update", "override-client-update")
            .strings("server-ip", "sender-ip", "qualifying-suffix", "generated-prefix", "hostname-char-set",
                    "hostname-char-replacement")
            .ints("server-port", "sender-port", "max-queue-size").choice("ncr-protocol", "UDP", "TCP")
            .choice("ncr-format", "JSON")
            .choice("replace-client-name", "never", "always", "when-present", "when-not-present")
            .commented().require("enable-updates");

    static final KeyTable CONTROL_SOCKET = new KeyTable("control-socket").strings("socket-type", "socket-name")
            .commented();
    /** Kea 2.7.2+/3.0 {@code control-sockets} entry; authentication and http-headers are read by the transport. */
    static final KeyTable CONTROL_SOCKETS_ENTRY = new KeyTable("control-sockets")
            .choice("socket-type", "unix", "http", "https")
            .strings("socket-name", "socket-address", "trust-anchor", "cert-file", "key-file").ints("socket-port")
            .bools("cert-required").add("authentication", OBJECT).add("http-headers", ARRAY).commented()
            .require("socket-type");

    static final KeyTable HOOK_LIBRARY = new KeyTable("hooks-libraries").add("library", STRING)
            .add("parameters", OBJECT).require("library");

    static final KeyTable OUTPUT_OPTIONS = new KeyTable("output_options").add("output", STRING).bools("flush")
            .ints("maxsize", "maxver").strings("pattern").strict();
    static final KeyTable LOGGER = new KeyTable("loggers").strings("name", "severity").ints("debuglevel")
            .add("output_options", ARRAY, OUTPUT_OPTIONS).add("output-options", ARRAY, OUTPUT_OPTIONS)
            .commented();

    static final KeyTable MULTI_THREADING = new KeyTable("multi-threading").bools("enable-multi-threading")
            .ints("thread-pool-size", "packet-queue-size").commented().require("enable-multi-threading");

    static final KeyTable SANITY = new KeyTable("sanity-checks").choice("lease-checks", "none", "warn", "fix",
            "fix-del", "del").strict().nonEmpty();

    static final KeyTable COMPATIBILITY = new KeyTable("compatibility").bools("lenient-option-parsing")
            .since("2.4", "ignore-dhcp-server-identifier", BOOLEAN).since("2.4", "ignore-rai-link-selection", BOOLEAN)
            .since("2.4", "exclude-first-last-24", BOOLEAN);

    static final KeyTable QUEUE_CONTROL = new KeyTable("dhcp-queue-control").bools("enable-queue")
            .strings("queue-type").ints("capacity").commented().openMap().require("enable-queue");

    static final KeyTable CONFIG_CONTROL = new KeyTable("config-control").add("config-databases", ARRAY, CONFIG_DB)
            .ints("config-fetch-wait-time").strict().nonEmpty();

    static final KeyTable RELAY = new KeyTable("relay").strings("ip-address").add("ip-addresses", ARRAY).strict()
            .nonEmpty();

    private SectionKeyTables() {
    }

    static {
        SANITY.since("2.4", "extended-info-checks", STRING);
    }

    private static KeyTable database(String name) {
        return new KeyTable(name).choice("type", "memfile", "mysql", "postgresql").bools("persist")
                .strings("name", "host", "user", "password", "trust-anchor", "cert-file", "key-file", "cipher-list")
                .ints("lfc-interval", "max-row-errors", "port", "connect-timeout", "max-reconnect-tries",
                        "reconnect-wait-time")
                .choice("on-fail", "stop-retry-exit", "serve-retry-exit", "serve-retry-continue").require("type");
    }
}
