package org.nestor.hooks.hostcmds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.hooks.subnetcmds.InMemoryConfiguration.list;
import static org.nestor.hooks.subnetcmds.InMemoryConfiguration.map;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nestor.hooks.subnetcmds.InMemoryConfiguration;

/**
 * reservation-* answers over the configuration's hosts; expected texts and shapes are those of Kea's manual (ARM
 * 16.14 "host_cmds", api/reservation-*.json). Conflicts are refused by the server's parser: see the system tests.
 */
class HostCmdsTest {
    private final InMemoryConfiguration config = new InMemoryConfiguration(map(
            "reservations", list(map("hw-address", "aa:bb:cc:dd:ee:ff", "hostname", "Global.example.org")),
            "subnet4", list(map("id", 1L, "subnet", "192.0.2.0/24", "reservations", list(
                    map("hw-address", "01:02:03:04:05:06", "ip-address", "192.0.2.100", "hostname",
                            "somehost.example.org"),
                    map("client-id", "01:0a:0b:0c:0d:0e:0f", "ip-address", "192.0.2.101")))),
            "shared-networks", list(map("name", "floor13", "subnet4", list(map("id", 5L, "subnet",
                    "203.0.113.0/24", "reservations", list(map("hw-address", "01:02:03:04:05:06",
                            "ip-address", "203.0.113.7", "hostname", "SomeHost.example.org"))))))));
    private final HostCmds commands = new HostCmds(new ConfigHostSource(config));

    private Map<String, Object> run(String command, Map<String, Object> arguments) {
        return commands.handle(command, arguments);
    }

    private static long result(Map<String, Object> answer) {
        return (Long) answer.get("result");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> arguments(Map<String, Object> answer) {
        return (Map<String, Object>) answer.get("arguments");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hosts(Map<String, Object> answer) {
        return (List<Map<String, Object>>) arguments(answer).get("hosts");
    }

    @Test
    void addPutsTheHostInItsSubnetOrGloballyForSubnetIdZero() {
        Map<String, Object> answer = run("reservation-add", map("reservation", map("subnet-id", 1L,
                "hw-address", "1a:1b:1c:1d:1e:1f", "ip-address", "192.0.2.202")));
        run("reservation-add", map("reservation", map("subnet-id", 0L, "hw-address", "1a:1b:1c:1d:1e:20")));

        assertEquals(Map.of("result", 0L, "text", "Host added."), answer);
        assertEquals(3, hosts(run("reservation-get-all", map("subnet-id", 1L))).size());
        List<Map<String, Object>> global = hosts(run("reservation-get-all", map("subnet-id", 0L)));
        assertEquals(2, global.size());
        assertFalse(global.get(1).containsKey("subnet-id"), "subnet-id is not stored in the configuration");
    }

    @Test
    void addWithoutSubnetIdOrToAnUnknownSubnetIsRefusedAndChangesNothing() {
        Map<String, Object> missing = run("reservation-add", map("reservation", map("hw-address", "1a:1b:1c:1d:1e:1f")));
        Map<String, Object> unknown = run("reservation-add", map("reservation", map("subnet-id", 9L,
                "hw-address", "1a:1b:1c:1d:1e:1f")));

        assertEquals(Map.of("result", 1L, "text", "Mandatory 'subnet-id' parameter missing."), missing);
        assertEquals(1, result(unknown));
        assertEquals(1, result(run("reservation-add", map())));
        assertEquals(1, result(run("reservation-add", null)));
        assertEquals(0, config.updates());
    }

    @Test
    void getFindsAHostByAddressOrByIdentifierWrittenAnyWay() {
        Map<String, Object> byAddress = run("reservation-get", map("subnet-id", 1L, "ip-address", "192.0.2.100"));
        Map<String, Object> byId = run("reservation-get", map("subnet-id", 1L, "identifier-type", "hw-address",
                "identifier", "01:02:03:04:05:06"));
        Map<String, Object> byBareHex = run("reservation-get", map("subnet-id", 1L, "identifier-type", "client-id",
                "identifier", "010A0B0C0D0E0F"));

        assertEquals("Host found.", byAddress.get("text"));
        assertEquals("somehost.example.org", arguments(byAddress).get("hostname"));
        assertEquals(byAddress, byId);
        assertEquals("192.0.2.101", arguments(byBareHex).get("ip-address"));
    }

    @Test
    void getOfAMissingHostAnswersHostNotFoundWithResultZeroAsTheManualShows() {
        assertEquals(Map.of("result", 0L, "text", "Host not found."),
                run("reservation-get", map("subnet-id", 5L, "ip-address", "192.0.2.100")));
    }

    @Test
    void malformedQueriesAreRefused() {
        assertEquals("No 'ip-address' provided and 'identifier-type' is either missing or not a string.",
                run("reservation-get", map("subnet-id", 1L)).get("text"));
        Map<String, Object> bad = run("reservation-get", map("subnet-id", 1L, "ip-address", "192.168.100.250.254"));
        assertEquals(1, result(bad));
        assertTrue(((String) bad.get("text")).contains("192.168.100.250.254"));
        assertEquals(1, result(run("reservation-get-by-id", map("subnet-id", 1L, "identifier-type", "hw-address",
                "identifier", "01:02:03:04:05:06"))));
        assertEquals(1, result(run("reservation-get", map("subnet-id", 1L, "identifier-type", "mac",
                "identifier", "01"))));
    }

    @Test
    void getAllOfAnEmptyScopeIsEmpty() {
        Map<String, Object> answer = run("reservation-get-all", map("subnet-id", 77L));

        assertEquals(3, result(answer));
        assertEquals("0 IPv4 host(s) found.", answer.get("text"));
    }

    @Test
    void getByIdFindsTheHostInEverySubnetWithItsSubnetId() {
        Map<String, Object> answer = run("reservation-get-by-id", map("identifier-type", "hw-address",
                "identifier", "01:02:03:04:05:06"));

        assertEquals("2 IPv4 host(s) found.", answer.get("text"));
        assertEquals(List.of(1L, 5L), hosts(answer).stream().map(h -> h.get("subnet-id")).toList());
    }

    @Test
    void getByHostnameIgnoresCaseAndMayBeLimitedToASubnet() {
        assertEquals(2, hosts(run("reservation-get-by-hostname", map("hostname", "SOMEHOST.example.org"))).size());
        Map<String, Object> inOne = run("reservation-get-by-hostname", map("hostname", "somehost.example.org",
                "subnet-id", 5L));
        assertEquals(1, hosts(inOne).size());
        assertFalse(hosts(inOne).get(0).containsKey("subnet-id"));
    }

    @Test
    void getByAddressLooksInEverySubnet() {
        Map<String, Object> answer = run("reservation-get-by-address", map("ip-address", "203.0.113.7"));

        assertEquals(5L, hosts(answer).get(0).get("subnet-id"));
        assertEquals(3, result(run("reservation-get-by-address", map("ip-address", "198.51.100.1"))));
    }

    @Test
    void getPageWalksAllHostsAndEndsWithAnEmptyPage() {
        Map<String, Object> first = run("reservation-get-page", map("limit", 3L));
        Map<?, ?> next = (Map<?, ?>) arguments(first).get("next");
        Map<String, Object> second = run("reservation-get-page", map("limit", 3L, "from", next.get("from"),
                "source-index", next.get("source-index")));
        Map<?, ?> after = (Map<?, ?>) arguments(second).get("next");
        Map<String, Object> end = run("reservation-get-page", map("limit", 3L, "from", after.get("from")));

        assertEquals(3L, arguments(first).get("count"));
        assertEquals("3 IPv4 host(s) found.", first.get("text"));
        assertEquals(1L, arguments(second).get("count"));
        assertEquals(3, result(end));
        assertEquals(Map.of("count", 0L, "hosts", List.of()), arguments(end));
        assertEquals(1, result(run("reservation-get-page", map("subnet-id", 1L))));
    }

    @Test
    void updateReplacesTheHostWithTheSameIdentifier() {
        Map<String, Object> answer = run("reservation-update", map("reservation", map("subnet-id", 1L,
                "hw-address", "01:02:03:04:05:06", "ip-address", "192.0.2.150")));

        assertEquals(Map.of("result", 0L, "text", "Host updated."), answer);
        assertEquals("192.0.2.150", arguments(run("reservation-get", map("subnet-id", 1L, "identifier-type",
                "hw-address", "identifier", "01:02:03:04:05:06"))).get("ip-address"));
        assertEquals(1, result(run("reservation-update", map("reservation", map("subnet-id", 1L,
                "hw-address", "0f:0f:0f:0f:0f:0f")))));
    }

    @Test
    void delRemovesTheHostOnceAndThenSaysNotFound() {
        Map<String, Object> gone = run("reservation-del", map("subnet-id", 1L, "ip-address", "192.0.2.100"));
        Map<String, Object> again = run("reservation-del", map("subnet-id", 1L, "ip-address", "192.0.2.100"));

        assertEquals(Map.of("result", 0L, "text", "Host deleted."), gone);
        assertEquals(Map.of("result", 1L, "text", "Host not deleted (not found)."), again);
        assertEquals(1, hosts(run("reservation-get-all", map("subnet-id", 1L))).size());
    }
}
