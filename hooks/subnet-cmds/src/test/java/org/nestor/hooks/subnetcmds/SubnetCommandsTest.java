package org.nestor.hooks.subnetcmds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.hooks.subnetcmds.AnswerReading.listed;
import static org.nestor.hooks.subnetcmds.AnswerReading.result;
import static org.nestor.hooks.subnetcmds.InMemoryConfiguration.list;
import static org.nestor.hooks.subnetcmds.InMemoryConfiguration.map;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** subnet4-* answers; expected texts and shapes are those of Kea's manual (ARM 16.25, api/subnet4-*.json). */
class SubnetCommandsTest {
    private final InMemoryConfiguration config = new InMemoryConfiguration(map(
            "subnet4", list(
                    map("id", 100L, "subnet", "192.0.2.0/24", "pools", list(map("pool", "192.0.2.10 - 192.0.2.20")),
                            "reservations", list(map("hw-address", "01:02:03:04:05:06", "ip-address", "192.0.2.5"))),
                    map("id", 10L, "subnet", "198.51.100.0/24")),
            "shared-networks", list(map("name", "floor13", "subnet4", list(
                    map("id", 5L, "subnet", "203.0.113.0/24"))))));
    private final SubnetCmds commands = new SubnetCmds(config);

    private Map<String, Object> run(String command, Map<String, Object> arguments) {
        return commands.handle(command, arguments);
    }

    private Map<String, Object> subnetNamed(long id) {
        return listed(run("subnet4-get", map("id", id)), "subnets").get(0);
    }

    @Test
    void listGivesIdAndPrefixOfEverySubnetByIdIncludingSharedNetworks() {
        Map<String, Object> answer = run("subnet4-list", null);

        assertEquals(0, result(answer));
        assertEquals("3 IPv4 subnets found", answer.get("text"));
        assertEquals(List.of(map("id", 5L, "subnet", "203.0.113.0/24"), map("id", 10L, "subnet", "198.51.100.0/24"),
                map("id", 100L, "subnet", "192.0.2.0/24")), listed(answer, "subnets"));
    }

    @Test
    void listWithoutSubnetsIsEmpty() {
        Map<String, Object> answer = new SubnetCmds(new InMemoryConfiguration(map())).handle("subnet4-list", null);

        assertEquals(3, result(answer));
        assertEquals("0 IPv4 subnets found", answer.get("text"));
    }

    @Test
    void getByIdOrByPrefixReturnsTheWholeSubnet() {
        Map<String, Object> byId = run("subnet4-get", map("id", 100L));
        Map<String, Object> byPrefix = run("subnet4-get", map("subnet", "192.0.2.0/24"));

        assertEquals("Info about IPv4 subnet 192.0.2.0/24 (id 100) returned", byId.get("text"));
        assertEquals(byId, byPrefix);
        assertTrue(listed(byId, "subnets").get(0).containsKey("pools"));
    }

    @Test
    void getOfAnUnknownSubnetIsEmptyAndOfAMalformedPrefixAnError() {
        assertEquals(3, result(run("subnet4-get", map("id", 77L))));
        assertEquals(3, result(run("subnet4-get", map("subnet", "10.0.0.0/8"))));
        Map<String, Object> bad = run("subnet4-get", map("subnet", "192.168.100.250.254/24"));
        assertEquals(1, result(bad));
        assertTrue(((String) bad.get("text")).contains("192.168.100.250.254"), (String) bad.get("text"));
        assertEquals(1, result(run("subnet4-get", map())));
        assertEquals(1, result(run("subnet4-get", null)));
    }

    @Test
    void addAppendsTheSubnetAndAnswersItsIdAndPrefix() {
        Map<String, Object> answer = run("subnet4-add", map("subnet4", list(map("id", 123L, "subnet", "10.20.30.0/24",
                "pools", list(map("pool", "10.20.30.10-10.20.30.20"))))));

        assertEquals(0, result(answer));
        assertEquals("IPv4 subnet added", answer.get("text"));
        assertEquals(List.of(map("id", 123L, "subnet", "10.20.30.0/24")), listed(answer, "subnets"));
        assertEquals("10.20.30.0/24", subnetNamed(123).get("subnet"));
    }

    @Test
    void addNamingASharedNetworkPutsTheSubnetThere() {
        run("subnet4-add", map("subnet4", list(map("id", 6L, "subnet", "203.0.114.0/24", "shared-network-name",
                "floor13"))));

        Map<String, Object> network = listed(run("network4-get", map("name", "floor13")), "shared-networks").get(0);
        assertEquals(2, ((List<?>) network.get("subnet4")).size());
        assertFalse(subnetNamed(6).containsKey("shared-network-name"));
    }

    @Test
    void addRefusesReservationsSeveralSubnetsAndMissingArgumentsWithoutChangingAnything() {
        assertEquals(1, result(run("subnet4-add", map("subnet4", list(map("id", 7L, "subnet", "10.0.0.0/8",
                "reservations", list()))))));
        assertEquals(1, result(run("subnet4-add", map("subnet4", list(map("id", 7L, "subnet", "10.0.0.0/8"),
                map("id", 8L, "subnet", "10.1.0.0/16"))))));
        assertEquals(1, result(run("subnet4-add", map("subnet4", map()))));
        assertEquals(1, result(run("subnet4-add", null)));
        assertEquals(0, config.updates());
    }

    @Test
    void updateReplacesTheSubnetInPlaceAndKeepsItsReservations() {
        Map<String, Object> answer = run("subnet4-update", map("subnet4", list(map("id", 100L, "subnet",
                "192.0.2.0/24", "valid-lifetime", 600L))));

        assertEquals("IPv4 subnet updated", answer.get("text"));
        Map<String, Object> subnet = subnetNamed(100);
        assertEquals(600L, subnet.get("valid-lifetime"));
        assertFalse(subnet.containsKey("pools"));
        assertEquals(1, ((List<?>) subnet.get("reservations")).size());
    }

    @Test
    void updateOfAnUnknownSubnetIsAnError() {
        Map<String, Object> answer = run("subnet4-update", map("subnet4", list(map("id", 99L, "subnet",
                "10.0.0.0/8"))));

        assertEquals(1, result(answer));
        assertEquals("no IPv4 subnet with id 99 found", answer.get("text"));
        assertEquals(0, config.updates());
    }

    @Test
    void delRemovesAPlainOrSharedSubnetAndAnswersAsTheManualShows() {
        Map<String, Object> answer = run("subnet4-del", map("id", 5L));

        assertEquals("IPv4 subnet 203.0.113.0/24 (id 5) deleted", answer.get("text"));
        assertEquals(List.of(map("id", 5L, "subnet", "203.0.113.0/24")), listed(answer, "subnets"));
        assertEquals(3, result(run("subnet4-get", map("id", 5L))));
        assertEquals(3, result(run("subnet4-del", map("id", 5L))));
    }

    @Test
    void deltaAddOverwritesScalarsAndMergesOptionsAndPools() {
        run("subnet4-delta-add", map("subnet4", list(map("id", 100L, "subnet", "192.0.2.0/24",
                "valid-lifetime", 120L,
                "option-data", list(map("name", "routers", "data", "192.0.2.1")),
                "pools", list(map("pool", "192.0.2.10-192.0.2.20", "option-data",
                        list(map("code", 4L, "data", "192.0.2.4"))), map("pool", "192.0.2.30 - 192.0.2.40"))))));
        run("subnet4-delta-add", map("subnet4", list(map("id", 100L, "subnet", "192.0.2.0/24",
                "option-data", list(map("name", "routers", "data", "192.0.2.254"))))));

        Map<String, Object> subnet = subnetNamed(100);
        assertEquals(120L, subnet.get("valid-lifetime"));
        assertEquals(list(map("name", "routers", "data", "192.0.2.254")), subnet.get("option-data"));
        List<?> pools = (List<?>) subnet.get("pools");
        assertEquals(2, pools.size());
        assertEquals(list(map("code", 4L, "data", "192.0.2.4")), ((Map<?, ?>) pools.get(0)).get("option-data"));
    }

    @Test
    void deltaDelRemovesScalarsOptionsPoolsAndPoolOptions() {
        run("subnet4-delta-add", map("subnet4", list(map("id", 100L, "valid-lifetime", 120L,
                "option-data", list(map("name", "routers", "data", "192.0.2.1")),
                "pools", list(map("pool", "192.0.2.10 - 192.0.2.20", "option-data", list(map("code", 4L,
                        "data", "192.0.2.4"))), map("pool", "192.0.2.30-192.0.2.40"))))));

        Map<String, Object> answer = run("subnet4-delta-del", map("subnet4", list(map("id", 100L,
                "subnet", "192.0.2.0/24", "valid-lifetime", 0L, "option-data", list(map("name", "routers")),
                "pools", list(map("pool", "192.0.2.10-192.0.2.20", "option-data", list(map("code", 4L))),
                        map("pool", "192.0.2.30-192.0.2.40"))))));

        assertEquals("IPv4 subnet updated", answer.get("text"));
        Map<String, Object> subnet = subnetNamed(100);
        assertFalse(subnet.containsKey("valid-lifetime"));
        assertEquals(list(), subnet.get("option-data"));
        assertEquals(list(map("pool", "192.0.2.10 - 192.0.2.20", "option-data", list())), subnet.get("pools"));
    }

    @Test
    void deltaDelOfAPoolThatIsNotThereChangesNothing() {
        Map<String, Object> answer = run("subnet4-delta-del", map("subnet4", list(map("id", 100L,
                "valid-lifetime", 0L, "pools", list(map("pool", "192.0.2.100-192.0.2.110"))))));

        assertEquals(1, result(answer));
        assertEquals(0, config.updates());
    }
}
