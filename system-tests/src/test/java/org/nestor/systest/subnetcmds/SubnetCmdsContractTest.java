package org.nestor.systest.subnetcmds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.systest.ControlClient.arguments;
import static org.nestor.systest.ControlClient.result;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The subnet4-* and network4-* commands of the hook-subnet-cmds bundle against the running distribution, over the
 * UNIX control socket: success, empty, conflict and malformed input for each. Expected texts are those of Kea's
 * manual (ARM 16.25 "subnet_cmds") where it gives them; refusals of the configuration are the server's parser
 * texts (Kea's wording). Each test uses its own subnet ids, so the tests share one instance.
 */
class SubnetCmdsContractTest extends CommandContract {
    SubnetCmdsContractTest() {
        super("hook-subnet-cmds", "subnet4-list");
    }

    private Map<String, Object> subnet(long id) throws Exception {
        Map<String, List<Map<String, Object>>> args = arguments(run("subnet4-get", "{\"id\": " + id + "}"));
        return args.get("subnets").get(0);
    }

    @Test
    void subnet4ListAndGetShowTheConfiguredSubnet() throws Exception {
        Map<String, Object> list = run("subnet4-list", null);
        Map<String, Object> get = run("subnet4-get", "{\"subnet\": \"192.0.2.0/24\"}");

        assertEquals(0, result(list));
        Map<String, List<?>> subnets = arguments(list);
        assertTrue(subnets.get("subnets").contains(Map.of("id", 1L, "subnet", "192.0.2.0/24")), list.toString());
        assertEquals("Info about IPv4 subnet 192.0.2.0/24 (id 1) returned", get.get("text"));
        assertEquals(3, result(run("subnet4-get", "{\"id\": 4242}")));
        refused(1, "subnet4-get", "{\"subnet\": \"192.168.100.250.254/24\"}");
        refused(1, "subnet4-get", "{}");
    }

    @Test
    void subnet4AddAppliesAtOnceAndShowsInConfigGet() throws Exception {
        Map<String, Object> answer = run("subnet4-add", "{\"subnet4\": [ {\"id\": 20, \"subnet\": \"198.51.100.0/26\","
                + " \"pools\": [ {\"pool\": \"198.51.100.10 - 198.51.100.20\"} ],"
                + " \"option-data\": [ {\"name\": \"routers\", \"data\": \"198.51.100.1\"} ] } ]}");

        assertEquals(Map.of("result", 0L, "text", "IPv4 subnet added", "arguments", Map.of("subnets",
                List.of(Map.of("id", 20L, "subnet", "198.51.100.0/26")))), answer);
        assertTrue(instance.control.runningConfig().toString().contains("198.51.100.0/26"));
        assertEquals("198.51.100.0/26", subnet(20).get("subnet"));
    }

    @Test
    void subnet4AddConflictsAndMalformedSubnetsAreRefusedWithKeasWords() throws Exception {
        Map<String, Object> sameId = refused(1, "subnet4-add", "{\"subnet4\": [ {\"id\": 1, \"subnet\": "
                + "\"203.0.113.0/28\"} ]}");
        Map<String, Object> samePrefix = refused(1, "subnet4-add", "{\"subnet4\": [ {\"id\": 30, \"subnet\": "
                + "\"192.0.2.0/24\"} ]}");
        Map<String, Object> poolOutside = refused(1, "subnet4-add", "{\"subnet4\": [ {\"id\": 31, \"subnet\": "
                + "\"203.0.113.0/28\", \"pools\": [ {\"pool\": \"203.0.113.100 - 203.0.113.110\"} ] } ]}");
        Map<String, Object> badAddress = refused(1, "subnet4-add", "{\"subnet4\": [ {\"id\": 32, \"subnet\": "
                + "\"192.168.100.250.254/24\"} ]}");

        assertEquals("ID of the new IPv4 subnet '1' is already in use", sameId.get("text"));
        assertEquals("subnet with the prefix of '192.0.2.0/24' already exists", samePrefix.get("text"));
        assertTrue(((String) poolOutside.get("text")).contains("203.0.113.100"), poolOutside.toString());
        assertTrue(((String) badAddress.get("text")).contains("192.168.100.250.254"), badAddress.toString());
        refused(1, "subnet4-add", "{\"subnet4\": [ {\"id\": 33, \"subnet\": \"203.0.113.0/28\", "
                + "\"reservations\": [] } ]}");
        refused(1, "subnet4-add", null);
    }

    @Test
    void subnet4UpdateAndDeltasChangeOnlyTheNamedSubnet() throws Exception {
        run("subnet4-add", "{\"subnet4\": [ {\"id\": 40, \"subnet\": \"203.0.113.64/26\"} ]}");

        Map<String, Object> updated = run("subnet4-update", "{\"subnet4\": [ {\"id\": 40, \"subnet\": "
                + "\"203.0.113.64/26\", \"valid-lifetime\": 900} ]}");
        Map<String, Object> added = run("subnet4-delta-add", "{\"subnet4\": [ {\"id\": 40, \"subnet\": "
                + "\"203.0.113.64/26\", \"pools\": [ {\"pool\": \"203.0.113.70 - 203.0.113.80\"} ],"
                + " \"option-data\": [ {\"name\": \"routers\", \"data\": \"203.0.113.65\"} ] } ]}");
        Map<String, Object> afterAdd = subnet(40);
        Map<String, Object> removed = run("subnet4-delta-del", "{\"subnet4\": [ {\"id\": 40, \"subnet\": "
                + "\"203.0.113.64/26\", \"valid-lifetime\": 0, \"option-data\": [ {\"name\": \"routers\"} ] } ]}");

        assertEquals("IPv4 subnet updated", updated.get("text"));
        assertEquals(0, result(added), added.toString());
        assertEquals(900L, afterAdd.get("valid-lifetime"));
        assertEquals(1, ((List<?>) afterAdd.get("pools")).size());
        assertEquals(0, result(removed), removed.toString());
        assertEquals(null, subnet(40).get("valid-lifetime"));
        refused(1, "subnet4-update", "{\"subnet4\": [ {\"id\": 4343, \"subnet\": \"10.0.0.0/8\"} ]}");
        refused(1, "subnet4-delta-add", "{\"subnet4\": [ {\"id\": 40, \"subnet\": \"203.0.113.64/26\", "
                + "\"pools\": [ {\"pool\": \"192.0.2.250 - 192.0.2.251\"} ] } ]}");
    }

    @Test
    void subnet4DelRemovesTheSubnetAndThenAnswersEmpty() throws Exception {
        run("subnet4-add", "{\"subnet4\": [ {\"id\": 50, \"subnet\": \"203.0.113.128/27\"} ]}");

        Map<String, Object> deleted = run("subnet4-del", "{\"id\": 50}");

        assertEquals("IPv4 subnet 203.0.113.128/27 (id 50) deleted", deleted.get("text"));
        assertEquals(3, result(run("subnet4-get", "{\"id\": 50}")));
        refused(3, "subnet4-del", "{\"id\": 50}");
        refused(1, "subnet4-del", "{\"id\": \"fifty\"}");
    }

    @Test
    void networksAreAddedFilledEmptiedAndDeleted() throws Exception {
        run("subnet4-add", "{\"subnet4\": [ {\"id\": 60, \"subnet\": \"203.0.113.160/27\"} ]}");

        Map<String, Object> added = run("network4-add", "{\"shared-networks\": [ {\"name\": \"floor13\", "
                + "\"subnet4\": [ {\"id\": 61, \"subnet\": \"203.0.113.192/27\"} ] } ]}");
        Map<String, Object> joined = run("network4-subnet-add", "{\"name\": \"floor13\", \"id\": 60}");
        Map<String, Object> listed = run("network4-list", null);
        Map<String, Object> got = run("network4-get", "{\"name\": \"floor13\"}");
        Map<String, Object> left = run("network4-subnet-del", "{\"name\": \"floor13\", \"id\": 60}");

        assertEquals("A new IPv4 shared network 'floor13' added", added.get("text"));
        assertEquals("IPv4 subnet 203.0.113.160/27 (id 60) is now part of shared network 'floor13'",
                joined.get("text"));
        assertEquals(Map.of("shared-networks", List.of(Map.of("name", "floor13"))), arguments(listed));
        Map<String, List<Map<String, Object>>> network = arguments(got);
        assertEquals(2, ((List<?>) network.get("shared-networks").get(0).get("subnet4")).size());
        assertEquals("IPv4 subnet 203.0.113.160/27 (id 60) is now removed from shared network 'floor13'",
                left.get("text"));
        refused(1, "network4-add", "{\"shared-networks\": [ {\"name\": \"floor13\"} ]}");
        refused(3, "network4-get", "{\"name\": \"attic\"}");

        Map<String, Object> deleted = run("network4-del", "{\"name\": \"floor13\", \"subnets-action\": \"keep\"}");
        assertEquals("IPv4 shared network 'floor13' deleted", deleted.get("text"));
        assertEquals(0, result(run("subnet4-get", "{\"id\": 61}")), "kept as a plain subnet");
        assertEquals(3, result(run("network4-list", null)));
        assertEquals("0 IPv4 network(s) found", run("network4-list", null).get("text"));
    }
}
