package org.nestor.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.control.CommandDispatcher;
import org.nestor.core.hooks.CalloutEntry;
import org.nestor.core.hooks.HooksManager;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonWriter;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.Callout;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.NetworkState;
import org.nestor.hooks.api.NextStep;

/** {@code dhcp4_srv_configured} and {@code command_processed}, called by the server outside the packet path. */
class ServerHookPointsTest {
    @TempDir
    Path dir;

    private final HooksManager hooks = new HooksManager();
    private final FakeParts fakes = new FakeParts();
    private Dhcp4Server server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        hooks.close();
    }

    private void on(HookPoint point, Callout callout) {
        hooks.callouts().add(new CalloutEntry(point, "libtest", 0, point.ordinal(), callout));
    }

    private Dhcp4Server serverWith(String tag) throws Exception {
        ServerParts fake = fakes.parts(dir);
        Path config = FakeParts.writeConfig(dir, tag + ".conf",
                TestConfigs.onLoopback(tag, dir.resolve("leases.csv").toString()));
        return new Dhcp4Server(new ServerSettings(config, new ServerPorts(0, 68), dir, dir),
                new ServerParts(fake.configLoader(), fake.leaseStores(), fake.engines(), new HookedServerCalls(hooks)));
    }

    private final List<Object> networkStates = new ArrayList<>();

    /** Refuses a configuration whose server-tag is "refused", through the {@code error} argument. */
    private void refuseTagged() {
        on(HookPoint.DHCP4_SRV_CONFIGURED, c -> {
            networkStates.add(c.get(Arguments.NETWORK_STATE, NetworkState.class).isServiceEnabled());
            if ("refused".equals(c.get(Arguments.SERVER_CONFIG, Map.class).get("server-tag"))) {
                c.set(Arguments.ERROR, "tag not allowed");
            }
            return 0;
        });
    }

    @Test
    void aConfigurationACalloutRefusesIsNotAppliedAndThePreviousOneStays() throws Exception {
        refuseTagged();
        server = serverWith("first");
        server.start();
        Path refused = FakeParts.writeConfig(dir, "refused.conf",
                TestConfigs.onLoopback("refused", dir.resolve("leases.csv").toString()));
        ServerStartException e = assertThrows(ServerStartException.class, () -> server.reloadFrom(refused));
        assertTrue(e.getMessage().contains("dhcp4_srv_configured callout failed: tag not allowed"), e.getMessage());
        assertEquals("first", server.config().serverTag());
        assertEquals(List.of(true, true), networkStates, "called at the start and for the refused reload only");
        assertTrue(server.reload(FakeParts.writeConfig(dir, "second.conf",
                TestConfigs.onLoopback("second", dir.resolve("leases.csv").toString()))));
        assertEquals("second", server.config().serverTag());
    }

    @Test
    void dropAtDhcp4SrvConfiguredFailsTheStart() throws Exception {
        on(HookPoint.DHCP4_SRV_CONFIGURED, c -> {
            c.setNextStep(NextStep.DROP);
            return 0;
        });
        server = serverWith("first");
        ServerStartException e = assertThrows(ServerStartException.class, server::start);
        assertTrue(e.getMessage().contains("dhcp4_srv_configured callout failed: unknown error"), e.getMessage());
        assertFalse(server.isRunning());
        assertEquals(fakes.leaseOpens.get(), fakes.leaseCloses.get(), "nothing is left open");
    }

    @Test
    void aCommandProcessedCalloutSeesEveryCommandAndMayRewriteTheAnswer() throws Exception {
        List<String> seen = new ArrayList<>();
        on(HookPoint.COMMAND_PROCESSED, c -> {
            seen.add(c.get(Arguments.NAME, String.class) + " " + c.get(Arguments.ARGUMENTS, Map.class));
            Map<String, Object> answer = new LinkedHashMap<>(c.get(Arguments.RESPONSE, Map.class));
            answer.put("text", "seen by the hook");
            c.set(Arguments.RESPONSE, answer);
            return 0;
        });
        CommandDispatcher dispatcher = new CommandDispatcher();
        dispatcher.setProcessedHook(new HookedServerCalls(hooks)::commandProcessed);
        JsonObject answer = dispatcher.execute((JsonObject) new JsonParser().parse(
                "{\"command\": \"list-commands\", \"arguments\": {\"a\": 1}}", "request"));
        JsonObject unknown = dispatcher.execute((JsonObject) new JsonParser().parse(
                "{\"command\": \"no-such-command\"}", "request"));
        assertEquals("seen by the hook", ((JsonString) answer.get("text")).value(), JsonWriter.compact(answer));
        assertTrue(JsonWriter.compact(answer).contains("list-commands"), "the rest of the answer is kept");
        assertEquals("seen by the hook", ((JsonString) unknown.get("text")).value());
        assertEquals(List.of("list-commands {a=1}", "no-such-command null"), seen);
    }

    @Test
    void theServerWiresCommandProcessedIntoItsDispatcher() throws Exception {
        on(HookPoint.COMMAND_PROCESSED, c -> {
            c.set(Arguments.RESPONSE, Map.of("result", 0L, "text", "hooked"));
            return 0;
        });
        server = serverWith("first");
        JsonObject answer = server.commands().execute((JsonObject) new JsonParser().parse(
                "{\"command\": \"version-get\"}", "request"));
        assertEquals("hooked", ((JsonString) answer.get("text")).value());
    }

    @Test
    void listHooksAnswersWithTheCalloutsInCallingOrder() throws Exception {
        on(HookPoint.PKT4_RECEIVE, c -> 0);
        server = serverWith("first");
        JsonObject answer = server.commands().execute((JsonObject) new JsonParser().parse(
                "{\"command\": \"list-hooks\"}", "request"));
        assertEquals("{\"arguments\":{\"libraries\":[ ],\"hook-points\":[{\"name\":\"pkt4_receive\",\"callouts\":"
                + "[{\"library\":\"libtest\",\"bundle\":\"\",\"ranking\":0}],\"parked\":0}]},\"result\":0,"
                + "\"text\":\"hook libraries, callouts and parked packets\"}", JsonWriter.compact(answer));
        assertTrue(JsonWriter.compact(server.commands().execute((JsonObject) new JsonParser().parse(
                "{\"command\": \"list-commands\"}", "request"))).contains("list-hooks"));
    }
}
