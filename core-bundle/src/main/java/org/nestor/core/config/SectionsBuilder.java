package org.nestor.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonBoolean;
import org.nestor.core.json.JsonNumber;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonPosition;
import org.nestor.core.json.JsonValue;

/** Builds the non-scope sections of {@code Dhcp4} with Kea's defaults: interfaces, databases, timers, logging, hooks. */
final class SectionsBuilder {
    /** Kea's memfile file name, placed in Nestor's state directory when the configuration names none. */
    static final String DEFAULT_LEASE_FILE = "kea-leases4.csv";

    private final SystemEnvironment environment;

    SectionsBuilder(SystemEnvironment environment) {
        this.environment = environment;
    }

    InterfacesConfig interfaces(JsonObject o) throws ConfigException {
        ScopeChain c = new ScopeChain(o);
        List<String> names = Names.list(o == null ? null : o.get("interfaces"));
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            int slash = n.indexOf('/');
            String iface = slash < 0 ? n : n.substring(0, slash);
            if (!"*".equals(n) && !environment.interfaceExists(iface)) {
                JsonPosition at = ((JsonArray) o.get("interfaces")).get(i).position();
                throw new ConfigException(at, "Failed to select interface: interface '" + iface
                        + "' doesn't exist in the system");
            }
        }
        return new InterfacesConfig(names, c.str("dhcp-socket-type", "raw"),
                c.str("outbound-interface", "same-as-inbound"), c.bool("re-detect", true),
                c.bool("service-sockets-require-all", false), c.lng("service-sockets-retry-wait-time", 5000),
                c.lng("service-sockets-max-retries", 0));
    }

    /** See {@link LeaseDatabaseConfig} for where {@code sync-commits} and {@code sync-commit-delay} are read from. */
    LeaseDatabaseConfig leaseDatabase(JsonObject o, JsonObject global, Path stateDirectory) throws ConfigException {
        ScopeChain c = new ScopeChain(o);
        String type = c.str("type", "memfile");
        String name = c.str("name", null);
        if (name == null && "memfile".equals(type)) name = stateDirectory.resolve(DEFAULT_LEASE_FILE).toString();
        JsonObject nestor = nestorContext(global);
        return new LeaseDatabaseConfig(type, c.bool("persist", true), name == null ? "" : name,
                c.lng("lfc-interval", 3600), c.lng("max-row-errors", 0), syncCommits(nestor),
                syncCommitDelay(nestor));
    }

    /**
     * Longest commit delay accepted, in milliseconds: a reply held longer would take a good part of a client's first
     * retransmission timeout (about 4 s, RFC 2131 section 4.1).
     */
    static final long MAX_SYNC_COMMIT_DELAY = 1000;

    private static JsonObject nestorContext(JsonObject global) {
        if (!(global.get("user-context") instanceof JsonObject ctx)) return null;
        return ctx.get("nestor") instanceof JsonObject nestor ? nestor : null;
    }

    private static boolean syncCommits(JsonObject nestor) throws ConfigException {
        JsonValue v = nestor == null ? null : nestor.get("sync-commits");
        if (v == null) return false;
        if (!(v instanceof JsonBoolean b)) throw new ConfigException(v.position(), "sync-commits must be true or false");
        return b.value();
    }

    private static long syncCommitDelay(JsonObject nestor) throws ConfigException {
        JsonValue v = nestor == null ? null : nestor.get("sync-commit-delay");
        if (v == null) return 0;
        if (!(v instanceof JsonNumber n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.longValue() < 0 || n.longValue() > MAX_SYNC_COMMIT_DELAY) {
            throw new ConfigException(v.position(), "sync-commit-delay must be a whole number of milliseconds from 0 to "
                    + MAX_SYNC_COMMIT_DELAY);
        }
        return n.longValue();
    }

    ExpiredLeasesProcessing expired(JsonObject o) {
        ScopeChain c = new ScopeChain(o);
        return new ExpiredLeasesProcessing(c.lng("reclaim-timer-wait-time", 10),
                c.lng("flush-reclaimed-timer-wait-time", 25), c.lng("hold-reclaimed-time", 3600),
                c.lng("max-reclaim-leases", 100), c.lng("max-reclaim-time", 250), c.lng("unwarned-reclaim-cycles", 5));
    }

    List<LoggerConfig> loggers(JsonArray list) {
        if (list == null) return List.of();
        List<LoggerConfig> out = new ArrayList<>();
        for (JsonValue item : list.items()) {
            JsonObject o = (JsonObject) item;
            ScopeChain c = new ScopeChain(o);
            List<LoggerConfig.Output> outputs = new ArrayList<>();
            JsonValue opts = o.has("output-options") ? o.get("output-options") : o.get("output_options");
            if (opts != null) {
                for (JsonValue v : ((JsonArray) opts).items()) {
                    ScopeChain oc = new ScopeChain((JsonObject) v);
                    outputs.add(new LoggerConfig.Output(oc.str("output", "stdout"), oc.bool("flush", true),
                            oc.lng("maxsize", 10240000), (int) oc.lng("maxver", 1), oc.str("pattern", "")));
                }
            }
            out.add(new LoggerConfig(c.str("name", ""), c.str("severity", "INFO"), (int) c.lng("debuglevel", 0),
                    List.copyOf(outputs)));
        }
        return List.copyOf(out);
    }

    List<HookLibraryConfig> hooks(JsonArray list) throws ConfigException {
        if (list == null) return List.of();
        List<HookLibraryConfig> out = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (JsonValue item : list.items()) {
            JsonObject o = (JsonObject) item;
            String library = new ScopeChain(o).str("library", "");
            if (!environment.hookLibraryLoadable(library)) failed.add(library);
            JsonValue params = o.get("parameters");
            out.add(new HookLibraryConfig(library, params instanceof JsonObject p ? p
                    : new JsonObject(List.of(), o.position(), o.position())));
        }
        if (!failed.isEmpty()) {
            throw new ConfigException(list.position(), "hooks libraries failed to validate - library or libraries "
                    + "in error are: " + String.join(", ", failed));
        }
        return List.copyOf(out);
    }

    ControlSocketConfig controlSocket(JsonObject o) {
        if (o == null) return null;
        ScopeChain c = new ScopeChain(o);
        return new ControlSocketConfig(c.str("socket-type", "unix"), c.str("socket-name", ""), o);
    }

    /** Kea 3's {@code control-sockets}: a unix entry needs a socket-name; http/https details go to the transport. */
    List<ControlSocketConfig> controlSockets(JsonArray list) throws ConfigException {
        if (list == null) return List.of();
        List<ControlSocketConfig> out = new ArrayList<>();
        for (JsonValue item : list.items()) {
            ControlSocketConfig entry = controlSocket((JsonObject) item);
            if (entry.unix() && entry.socketName().isEmpty()) {
                throw new ConfigException(item.position(), "'socket-name' parameter is required for a unix "
                        + "control socket");
            }
            if (!entry.unix() && !entry.socketName().isEmpty()) {
                throw new ConfigException(item.position(), "'socket-name' is not supported by an "
                        + entry.socketType() + " control socket");
            }
            out.add(entry);
        }
        return List.copyOf(out);
    }
}
