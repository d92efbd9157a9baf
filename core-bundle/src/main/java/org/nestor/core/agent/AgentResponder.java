package org.nestor.core.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.nestor.core.control.CommandChannel;
import org.nestor.core.control.http.ControlAnswers;
import org.nestor.core.control.http.ControlResponder;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's routing, as Kea's: the answer is always a list; with {@code service} one element per service in
 * order (forwarded, or result 1 when no socket is configured for it); without, the agent answers itself, and an
 * unsupported command gets Kea's hint about {@code service}.
 */
public final class AgentResponder implements ControlResponder {
    static final String SERVICE_HINT = " You did not include \"service\" parameter in the command, which indicates "
            + "that Kea Control Agent should process this command rather than forward it to one or more Kea "
            + "servers. If you aimed to send this command to one of the Kea servers you should include the "
            + "\"service\" parameter in your request, e.g. \"service\": [ \"dhcp4\" ] to forward the command to "
            + "the DHCPv4 server, or \"service\": [ \"dhcp4\", \"dhcp6\", \"d2\" ] to forward it to DHCPv4, "
            + "DHCPv6 and D2 servers etc.";
    private static final Logger LOG = LoggerFactory.getLogger("kea-ctrl-agent.ctrl-agent");

    private final CommandChannel own;
    private final Supplier<Map<String, CommandChannel>> services;

    /**
     * @param own the agent's own commands
     * @param services the services in force, by name (read at every request: config-set may change them)
     */
    public AgentResponder(CommandChannel own, Supplier<Map<String, CommandChannel>> services) {
        this.own = own;
        this.services = services;
    }

    @Override
    public JsonValue respond(JsonValue request, String remote) {
        return ControlAnswers.list(answers(request, remote));
    }

    private List<JsonObject> answers(JsonValue request, String remote) {
        if (!(request instanceof JsonObject command)) {
            return List.of(processingError("Invalid command Element specified, expected map"));
        }
        String name = ControlAnswers.stringMember(command, "command");
        if (name == null) {
            return List.of(processingError("Invalid answer specified, does not contain mandatory 'command'"));
        }
        LOG.info("CTRL_AGENT_COMMAND_RECEIVED command {} received from remote address {}", name, remote);
        JsonValue service = command.get("service");
        if (service != null && !(service instanceof JsonArray)) {
            return List.of(ControlAnswers.answer(ControlAnswers.ERROR, "service value must be a list"));
        }
        if (service == null || ((JsonArray) service).size() == 0) {
            return List.of(withHint(own.execute(command)));
        }
        Map<String, CommandChannel> targets = services.get();
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue item : ((JsonArray) service).items()) {
            out.add(forward(command, name, item instanceof JsonString s ? s.value() : item.toString(), targets));
        }
        return out;
    }

    private static JsonObject forward(JsonObject command, String name, String service,
            Map<String, CommandChannel> targets) {
        LOG.debug("CTRL_AGENT_COMMAND_FORWARD_BEGIN begin forwarding command {} to service {}", name, service);
        CommandChannel target = targets.get(service);
        if (target == null) {
            String text = "forwarding socket is not configured for the server type " + service;
            LOG.info("CTRL_AGENT_COMMAND_FORWARD_FAILED failed forwarding command {}: {}", name, text);
            return ControlAnswers.answer(ControlAnswers.ERROR, text);
        }
        JsonObject answer = target.execute(command);
        LOG.debug("CTRL_AGENT_COMMAND_FORWARDED command {} successfully forwarded to the service {}", name, service);
        return answer;
    }

    private static JsonObject withHint(JsonObject answer) {
        if (!(answer.get("result") instanceof org.nestor.core.json.JsonNumber n) || n.longValue() != 2) {
            return answer;
        }
        String text = ControlAnswers.stringMember(answer, "text");
        return ControlAnswers.answer(2, (text == null ? "" : text) + SERVICE_HINT, answer.get("arguments"));
    }

    private static JsonObject processingError(String reason) {
        LOG.info("COMMAND_PROCESS_ERROR2 Error while processing command: {}", reason);
        return ControlAnswers.answer(ControlAnswers.ERROR, "Error during command processing: " + reason);
    }
}
