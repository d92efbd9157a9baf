package org.nestor.core.server;

import java.util.Map;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.hooks.CalloutTable;
import org.nestor.core.control.CommandDispatcher;
import org.nestor.core.control.ControlResult;
import org.nestor.core.hooks.HooksManager;
import org.nestor.core.hooks.HooksReport;
import org.nestor.core.hooks.JsonValues;
import org.nestor.core.hooks.PacketContexts;
import org.nestor.core.hooks.PointHandle;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonValue;
import org.nestor.core.json.JsonWriter;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.NetworkState;
import org.nestor.hooks.api.NextStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ServerHooks} calling the callouts of a {@link HooksManager}, with Kea's arguments. */
final class HookedServerCalls implements ServerHooks {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.hooks");

    /** Nestor's command showing the hooks. */
    static final String LIST_HOOKS = "list-hooks";

    private final HooksManager hooks;

    HookedServerCalls(HooksManager hooks) {
        this.hooks = hooks;
    }

    /**
     * Arguments {@code json_config} (the whole file as JSON text), {@code server_config} (the {@code Dhcp4} map),
     * {@code network_state} and {@code error} (out). DROP, or an {@code error} set, refuses the configuration, as
     * Kea 2.2+ does.
     */
    @Override
    public String configured(Dhcp4Config config, NetworkState networkState) {
        CalloutTable table = hooks.table();
        if (!table.has(HookPoint.DHCP4_SRV_CONFIGURED)) {
            return null;
        }
        JsonObject source = config.source();
        JsonValue dhcp4 = source == null ? null : source.get("Dhcp4");
        PointHandle h = new PointHandle(HookPoint.DHCP4_SRV_CONFIGURED, new PacketContexts(), null)
                .arg(Arguments.JSON_CONFIG, String.class, source == null ? "{}" : JsonWriter.compact(source))
                .arg(Arguments.SERVER_CONFIG, Map.class,
                        dhcp4 instanceof JsonObject o ? JsonValues.toMap(o) : Map.of())
                .arg(Arguments.NETWORK_STATE, NetworkState.class, networkState)
                .arg(Arguments.ERROR, String.class, null);
        NextStep step = h.call(table);
        String error = h.value(Arguments.ERROR, String.class);
        if (step != NextStep.DROP && (error == null || error.isEmpty())) {
            return null;
        }
        return "dhcp4_srv_configured callout failed: " + (error == null || error.isEmpty() ? "unknown error" : error);
    }

    /**
     * Registers {@code list-hooks} (a Nestor command; Kea has none that shows the hooks): result 0 with
     * {@link HooksReport#of} as arguments.
     */
    @Override
    public void registerCommands(CommandDispatcher commands) {
        commands.register(LIST_HOOKS, (command, arguments) -> ControlResult.answer(ControlResult.SUCCESS,
                "hook libraries, callouts and parked packets", JsonValues.toJson(HooksReport.of(hooks))));
    }

    /** Arguments {@code name}, {@code arguments} and {@code response} (in/out); the step is ignored. */
    @Override
    public JsonObject commandProcessed(String command, JsonValue arguments, JsonObject answer) {
        CalloutTable table = hooks.table();
        if (!table.has(HookPoint.COMMAND_PROCESSED)) {
            return answer;
        }
        Object args = arguments == null ? null : JsonValues.toJava(arguments);
        PointHandle h = new PointHandle(HookPoint.COMMAND_PROCESSED, new PacketContexts(), null)
                .arg(Arguments.NAME, String.class, command)
                .arg(Arguments.ARGUMENTS, Map.class, args instanceof Map<?, ?> m ? m : null)
                .arg(Arguments.RESPONSE, Map.class, JsonValues.toMap(answer));
        h.call(table);
        try {
            if (JsonValues.toJson(h.value(Arguments.RESPONSE, Map.class)) instanceof JsonObject rewritten) {
                return rewritten;
            }
        } catch (IllegalArgumentException e) {
            LOG.error("HOOKS_CALLOUT_ERROR a callout on hook command_processed left a response that is not JSON: {}",
                    e.getMessage());
            return answer;
        }
        LOG.error("HOOKS_CALLOUT_ERROR a callout on hook command_processed left no response map: the answer "
                + "is kept");
        return answer;
    }
}
