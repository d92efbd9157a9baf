package org.nestor.core.control;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nestor.core.json.JsonNumber;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

/**
 * Kea's service commands: build-report, version-get, server-tag-get, status-get, dhcp-disable, dhcp-enable,
 * leases-reclaim and shutdown, with Kea 2.2's arguments, texts and answer shapes.
 */
final class ServiceCommands {
    private final ServerControl server;
    private final DhcpServiceState serviceState;
    private final VersionTexts versions;

    ServiceCommands(ServerControl server, DhcpServiceState serviceState, VersionTexts versions) {
        this.server = server;
        this.serviceState = serviceState;
        this.versions = versions;
    }

    void registerWith(CommandDispatcher dispatcher) {
        dispatcher.register("build-report", (c, a) -> ControlResult.success(versions.buildReport()));
        dispatcher.register("version-get", (c, a) -> ControlResult.answer(ControlResult.SUCCESS, versions.version(),
                JsonBuild.of(Map.of("extended", versions.extended()))));
        dispatcher.register("server-tag-get", (c, a) ->
                ControlResult.success(JsonBuild.of(Map.of("server-tag", server.serverTag()))));
        dispatcher.register("status-get", (c, a) -> ControlResult.success(status()));
        dispatcher.register("dhcp-disable", this::disable);
        dispatcher.register("dhcp-enable", this::enable);
        dispatcher.register("leases-reclaim", this::reclaim);
        dispatcher.register("shutdown", this::shutdown);
    }

    /** Kea 2.2's fields, sorted as Kea prints them; the multi-threading details only when it is enabled. */
    private JsonValue status() {
        ServerStatus s = server.status();
        Map<String, Object> out = new TreeMap<>();
        out.put("pid", s.pid());
        out.put("uptime", s.uptimeSeconds());
        out.put("reload", s.reloadSeconds());
        out.put("multi-threading-enabled", s.multiThreading());
        if (s.multiThreading()) {
            out.put("thread-pool-size", s.threadPoolSize());
            out.put("packet-queue-size", s.packetQueueSize());
            out.put("packet-queue-statistics", List.of(0.0, 0.0, 0.0));
        }
        Map<String, Object> sockets = new TreeMap<>();
        sockets.put("status", s.socketStatus());
        if (!s.socketErrors().isEmpty()) {
            sockets.put("errors", s.socketErrors());
        }
        out.put("sockets", sockets);
        return JsonBuild.of(out);
    }

    private JsonObject disable(String command, JsonValue arguments) throws CommandException {
        JsonObject args = CommandArguments.optionalMap(arguments, mustBeMap(command));
        long maxPeriod = 0;
        JsonValue period = args.get("max-period");
        if (period != null) {
            if (!(period instanceof JsonNumber n) || !n.isInteger()) {
                throw new CommandException("'max-period' argument must be a number");
            }
            if (n.longValue() <= 0) {
                throw new CommandException("'max-period' must be positive integer");
            }
            maxPeriod = n.longValue();
        }
        serviceState.disable(origin(args), maxPeriod);
        return ControlResult.success("DHCPv4 service disabled" + (maxPeriod > 0 ? " for " + maxPeriod + " seconds"
                : ""));
    }

    private JsonObject enable(String command, JsonValue arguments) throws CommandException {
        JsonObject args = CommandArguments.optionalMap(arguments, mustBeMap(command));
        serviceState.enable(origin(args));
        return ControlResult.success("DHCP service successfully enabled");
    }

    private static String mustBeMap(String command) {
        return "arguments for the '" + command + "' command must be a map";
    }

    private static DhcpServiceState.Origin origin(JsonObject args) throws CommandException {
        JsonValue origin = args.get("origin");
        if (origin == null) {
            return DhcpServiceState.Origin.USER;
        }
        if (!(origin instanceof JsonString name)) {
            throw new CommandException("'origin' argument must be a string");
        }
        DhcpServiceState.Origin o = DhcpServiceState.Origin.byKeaName(name.value());
        if (o == null) {
            throw new CommandException("invalid value used for 'origin' parameter: " + name.value());
        }
        return o;
    }

    private JsonObject reclaim(String command, JsonValue arguments) throws CommandException {
        String missing = "Missing mandatory 'remove' parameter.";
        JsonObject args = CommandArguments.map(arguments, missing, missing);
        boolean remove = CommandArguments.bool(args, "remove");
        server.reclaimExpiredLeases(remove);
        return ControlResult.success("Reclamation of expired leases is complete.");
    }

    private JsonObject shutdown(String command, JsonValue arguments) throws CommandException {
        JsonObject args = CommandArguments.optionalMap(arguments, "Argument must be a map");
        int exitValue = 0;
        JsonValue value = args.get("exit-value");
        if (value != null) {
            if (!(value instanceof JsonNumber n) || !n.isInteger()) {
                throw new CommandException("parameter 'exit-value' is not an integer");
            }
            exitValue = (int) n.longValue();
        }
        server.shutdown(exitValue);
        return ControlResult.success("Shutting down.");
    }
}
