package org.nestor.hooks.subnetcmds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.hooks.subnetcmds.AnswerReading.listed;
import static org.nestor.hooks.subnetcmds.AnswerReading.result;
import static org.nestor.hooks.subnetcmds.InMemoryConfiguration.list;
import static org.nestor.hooks.subnetcmds.InMemoryConfiguration.map;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** network4-* answers; expected texts and shapes are those of Kea's manual (ARM 16.25, api/network4-*.json). */
class NetworkCommandsTest {
    private final InMemoryConfiguration config = new InMemoryConfiguration(map(
            "subnet4", list(map("id", 10L, "subnet", "10.0.0.0/8")),
            "shared-networks", list(
                    map("name", "floor13", "subnet4", list(map("id", 5L, "subnet", "203.0.113.0/24"))),
                    map("name", "office"))));
    private final SubnetCmds commands = new SubnetCmds(config);

    private Map<String, Object> run(String command, Map<String, Object> arguments) {
        return commands.handle(command, arguments);
    }

    private List<String> networkNames() {
        Map<String, Object> answer = run("network4-list", null);
        return result(answer) == 3 ? List.of()
                : listed(answer, "shared-networks").stream().map(n -> (String) n.get("name")).toList();
    }

    private Object networkOf(long id) {
        for (Map<String, Object> n : listed(run("network4-get", map("name", "floor13")), "shared-networks")) {
            for (Object s : (List<?>) n.get("subnet4")) {
                if (((Map<?, ?>) s).get("id").equals(id)) {
                    return n.get("name");
                }
            }
        }
        return null;
    }

    @Test
    void listNamesEveryNetworkAndAnswersEmptyWithoutAny() {
        Map<String, Object> answer = run("network4-list", null);

        assertEquals("2 IPv4 network(s) found", answer.get("text"));
        assertEquals(List.of(map("name", "floor13"), map("name", "office")), listed(answer, "shared-networks"));
        Map<String, Object> none = new SubnetCmds(new InMemoryConfiguration(map())).handle("network4-list", null);
        assertEquals(3, result(none));
        assertEquals("0 IPv4 network(s) found", none.get("text"));
    }

    @Test
    void getReturnsTheNetworkWithItsSubnetsOrEmpty() {
        Map<String, Object> answer = run("network4-get", map("name", "floor13"));

        assertEquals("Info about IPv4 shared network 'floor13' returned", answer.get("text"));
        assertEquals(1, ((List<?>) listed(answer, "shared-networks").get(0).get("subnet4")).size());
        assertEquals(3, result(run("network4-get", map("name", "nowhere"))));
        assertEquals(1, result(run("network4-get", map("name", 3L))));
    }

    @Test
    void addCreatesANetworkAndRefusesADuplicateName() {
        Map<String, Object> answer = run("network4-add", map("shared-networks", list(map("name", "lab",
                "subnet4", list(map("id", 100L, "subnet", "192.0.2.0/24"))))));

        assertEquals("A new IPv4 shared network 'lab' added", answer.get("text"));
        assertEquals(List.of(map("name", "lab")), listed(answer, "shared-networks"));
        assertEquals(List.of("floor13", "office", "lab"), networkNames());
        assertEquals(1, result(run("network4-add", map("shared-networks", list(map("name", "lab"))))));
    }

    @Test
    void delKeepsTheSubnetsAsPlainSubnetsByDefault() {
        Map<String, Object> answer = run("network4-del", map("name", "floor13"));

        assertEquals("IPv4 shared network 'floor13' deleted", answer.get("text"));
        assertEquals(List.of("office"), networkNames());
        assertEquals(0, result(run("subnet4-get", map("id", 5L))));
    }

    @Test
    void delWithSubnetsActionDeleteRemovesTheSubnetsToo() {
        run("network4-del", map("name", "floor13", "subnets-action", "delete"));

        assertEquals(3, result(run("subnet4-get", map("id", 5L))));
        assertEquals(1, result(run("network4-del", map("name", "office", "subnets-action", "drop"))));
        assertEquals(3, result(run("network4-del", map("name", "floor13"))));
    }

    @Test
    void subnetAddMovesAPlainSubnetIntoTheNetwork() {
        Map<String, Object> answer = run("network4-subnet-add", map("name", "floor13", "id", 10L));

        assertEquals("IPv4 subnet 10.0.0.0/8 (id 10) is now part of shared network 'floor13'", answer.get("text"));
        assertEquals("floor13", networkOf(10));
    }

    @Test
    void subnetAddRefusesASubnetOfAnotherNetworkAndUnknownNames() {
        Map<String, Object> answer = run("network4-subnet-add", map("name", "office", "id", 5L));

        assertEquals(1, result(answer));
        assertTrue(((String) answer.get("text")).contains("already belongs to shared network 'floor13'"));
        assertEquals(1, result(run("network4-subnet-add", map("name", "office", "id", 99L))));
        assertEquals(3, result(run("network4-subnet-add", map("name", "attic", "id", 10L))));
        assertEquals(0, config.updates());
    }

    @Test
    void subnetDelMakesTheSubnetPlainAgain() {
        Map<String, Object> answer = run("network4-subnet-del", map("name", "floor13", "id", 5L));

        assertEquals("IPv4 subnet 203.0.113.0/24 (id 5) is now removed from shared network 'floor13'",
                answer.get("text"));
        assertEquals(null, networkOf(5));
        assertEquals(0, result(run("subnet4-get", map("id", 5L))));
        assertEquals(1, result(run("network4-subnet-del", map("name", "floor13", "id", 10L))));
    }
}
