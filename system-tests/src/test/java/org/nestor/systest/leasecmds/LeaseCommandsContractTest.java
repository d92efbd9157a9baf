package org.nestor.systest.leasecmds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.systest.ControlClient.result;
import static org.nestor.systest.ControlClient.text;
import static org.nestor.systest.leasecmds.LeaseCmdsLab.field;
import static org.nestor.systest.leasecmds.LeaseCmdsLab.leases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonValue;
import org.nestor.systest.Commands;
import org.nestor.systest.ControlClient;
import org.nestor.systest.NestorInstance;
import org.nestor.systest.PerfdhcpRelay;
import org.nestor.systest.UdpPorts;

/**
 * The lease-cmds and stat-cmds bundles in the running distribution, driven over the UNIX control socket after
 * perfdhcp (a relay on loopback) took leases: every command's success, empty, conflict and malformed answers, with
 * the texts kea-dhcp4 2.2 gave for the same requests (hooks/lease-cmds/src/test/resources/kea-2.2-answers.txt), and
 * the commands leaving and coming back with their bundles, leases intact.
 */
class LeaseCommandsContractTest {
    private static final int CLIENTS = 20;

    /** How many leases perfdhcp's clients obtained (at least one, at most {@link #CLIENTS}). */
    private int leaseCount;

    private Path dir;

    @AfterEach
    void removeFiles() throws Exception {
        if (dir != null) {
            Commands.run(30, "rm", "-rf", dir.toString());
        }
    }

    @Test
    void everyLeaseCommandAnswersAsKeaAndFollowsItsBundle() throws Exception {
        Commands.requireRootAndTools("perfdhcp");
        dir = Files.createTempDirectory("leasecmds-");
        Path socket = dir.resolve("ctl.sock");
        Path config = LeaseCmdsLab.config(dir, socket, dir.resolve("leases4.csv"));
        int port = UdpPorts.freePair();
        ControlClient ctl = new ControlClient(socket);
        try (NestorInstance server = NestorInstance.start(null, config, dir.resolve("state"),
                "-p", Integer.toString(port), "-P", Integer.toString(port + 1))) {
            assertFalse(ctl.commands().contains("lease4-get"), "no lease commands before the bundle is deployed");
            assertEquals(2, result(ctl.send("lease4-get-all", null)));

            LeaseCmdsLab.deploy(dir.resolve("state"));
            ctl.awaitCommand("lease4-get-all", true);
            ctl.awaitCommand("stat-lease4-get", true);

            serveClients(port);
            awaitQuiet(ctl);
            List<String> leases = queries(ctl);
            changes(ctl);
            statistics(ctl);

            LeaseCmdsLab.undeploy(dir.resolve("state"));
            ctl.awaitCommand("lease4-get-all", false);
            ctl.awaitCommand("stat-lease4-get", false);
            JsonObject gone = ctl.send("lease4-get-all", null);
            assertEquals(2, result(gone));
            assertEquals("'lease4-get-all' command not supported.", text(gone));

            LeaseCmdsLab.deploy(dir.resolve("state"));
            ctl.awaitCommand("lease4-get-all", true);
            assertEquals(leases, addresses(ctl.send("lease4-get-all", "{\"subnets\": [1]}")), "leases intact");
            assertEquals(0, server.stop());
        }
    }

    /**
     * perfdhcp as a relay takes leases; on this machine it counts few ACKs even when the server granted every lease
     * (the DHCP4_LEASE_ALLOC log lines say so), so the test counts the leases the server holds instead.
     */
    private static void serveClients(int port) throws Exception {
        PerfdhcpRelay.toPort(port).rate(20).clientsOnce(CLIENTS).seed(11).dropAfter(5).exitWait(4_000_000).run(120);
    }

    /** A loaded machine leaves queries queued after perfdhcp ends: waits (at most 60 s) until none arrive for 2 s. */
    private static void awaitQuiet(ControlClient ctl) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long before = -1;
        long now = statistic(ctl, "pkt4-received");
        while (now != before && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            before = now;
            now = statistic(ctl, "pkt4-received");
        }
    }

    private static List<String> addresses(JsonObject answer) {
        List<String> out = new ArrayList<>();
        for (JsonValue l : leases(answer).items()) {
            out.add(field(l, "ip-address"));
        }
        return out;
    }

    /** Reads: get-all, pages, get by address and identifiers, empty answers and malformed ones. */
    private List<String> queries(ControlClient ctl) throws Exception {
        JsonObject all = ctl.send("lease4-get-all", null);
        assertEquals(0, result(all));
        List<String> served = addresses(all);
        leaseCount = served.size();
        assertTrue(served.size() >= 1 && served.size() <= CLIENTS, all.toString());
        assertEquals(served.size() + " IPv4 lease(s) found.", text(all));
        assertEquals(served.size(), statistic(ctl, "subnet[1].assigned-addresses"));
        assertEquals(served.stream().sorted(LeaseCommandsContractTest::byAddress).toList(), served, "address order");
        for (JsonValue l : leases(all).items()) {
            assertEquals("1", field(l, "subnet-id"));
            assertTrue(field(l, "ip-address").matches("192\\.0\\.2\\.1\\d\\d"), l.toString());
            assertEquals("4000", field(l, "valid-lft"));
        }

        List<String> paged = new ArrayList<>();
        String from = "start";
        while (true) {
            JsonObject page = ctl.send("lease4-get-page", "{\"from\": \"" + from + "\", \"limit\": 7}");
            if (result(page) == 3) {
                assertEquals("0 IPv4 lease(s) found.", text(page));
                break;
            }
            paged.addAll(addresses(page));
            from = paged.get(paged.size() - 1);
        }
        assertEquals(served, paged);

        JsonObject first = ctl.send("lease4-get", "{\"ip-address\": \"" + served.get(0) + "\"}");
        assertEquals("IPv4 lease found.", text(first));
        String hw = field(first.get("arguments"), "hw-address");
        JsonObject byId = ctl.send("lease4-get", "{\"identifier-type\": \"hw-address\", \"identifier\": \"" + hw
                + "\", \"subnet-id\": 1}");
        assertEquals(first.get("arguments"), byId.get("arguments"));
        assertEquals(List.of(served.get(0)),
                addresses(ctl.send("lease4-get-by-hw-address", "{\"hw-address\": \"" + hw + "\"}")));

        assertAnswer(3, "Lease not found.", ctl.send("lease4-get", "{\"ip-address\": \"192.0.2.99\"}"));
        assertAnswer(3, "0 IPv4 lease(s) found.", ctl.send("lease4-get-all", "{\"subnets\": [44]}"));
        assertAnswer(3, "0 IPv4 lease(s) found.", ctl.send("lease4-get-by-client-id", "{\"client-id\": \"09:09\"}"));
        assertAnswer(1, "Failed to convert string to address 'abc': Invalid argument",
                ctl.send("lease4-get", "{\"ip-address\": \"abc\"}"));
        assertAnswer(1, "page size of retrieved leases must not be 0",
                ctl.send("lease4-get-page", "{\"from\": \"start\", \"limit\": 0}"));
        assertAnswer(1, "'hostname' parameter is empty", ctl.send("lease4-get-by-hostname", "{\"hostname\": \"\"}"));
        return served;
    }

    /** Writes: add (and its conflict), update with force-create, delete, write, wipe, resend-ddns. */
    private void changes(ControlClient ctl) throws Exception {
        String add = "{\"ip-address\": \"198.51.100.10\", \"hw-address\": \"2a:2b:2c:2d:2e:2f\", "
                + "\"hostname\": \"Contract.Example.org\"}";
        assertAnswer(0, "Lease for address 198.51.100.10, subnet-id 2 added.", ctl.send("lease4-add", add));
        assertAnswer(1, "IPv4 lease already exists.", ctl.send("lease4-add", add));
        assertEquals(List.of("198.51.100.10"),
                addresses(ctl.send("lease4-get-by-hostname", "{\"hostname\": \"contract.example.org\"}")));
        assertAnswer(1, "Invalid subnet-id: No IPv4 subnet with subnet-id=44 currently configured.",
                ctl.send("lease4-add", "{\"ip-address\": \"198.51.100.11\", \"hw-address\": \"2a:2b\", "
                        + "\"subnet-id\": 44}"));
        JsonObject bad = ctl.send("lease4-add", "{\"ip-address\": \"192.168.100.250.254\", \"hw-address\": \"2a:2b\"}");
        assertEquals(1, result(bad));
        assertTrue(text(bad).startsWith("Failed to convert '192.168.100.250.254' to address"), text(bad));

        String update = "{\"ip-address\": \"203.0.113.10\", \"hw-address\": \"00:00:00:00:00:05\"";
        assertEquals(1, result(ctl.send("lease4-update", update + "}")));
        assertAnswer(0, "IPv4 lease added.", ctl.send("lease4-update", update + ", \"force-create\": true}"));
        assertAnswer(0, "IPv4 lease updated.", ctl.send("lease4-update", update + ", \"hostname\": \"five\"}"));
        assertAnswer(0, "IPv4 lease deleted.", ctl.send("lease4-del", "{\"ip-address\": \"203.0.113.10\"}"));
        assertAnswer(3, "IPv4 lease not found.", ctl.send("lease4-del", "{\"ip-address\": \"203.0.113.10\"}"));
        assertAnswer(1, "Parameters missing or are not a map.", ctl.send("lease4-del", null));

        Path copy = Files.createTempDirectory("leasecmds-write-").resolve("copy.csv");
        assertAnswer(0, "IPv4 lease database into '" + copy + "'.",
                ctl.send("lease4-write", "{\"filename\": \"" + copy + "\"}"));
        List<String> rows = Files.readAllLines(copy);
        assertTrue(rows.get(0).startsWith("address,hwaddr,client_id,valid_lifetime,expire,subnet_id"), rows.get(0));
        assertEquals(leaseCount + 1, rows.size() - 1, String.join("\n", rows));
        Commands.run(30, "rm", "-rf", copy.getParent().toString());

        assertAnswer(0, "Deleted 1 IPv4 lease(s) from subnet(s) 2", ctl.send("lease4-wipe", "{\"subnet-id\": 2}"));
        assertAnswer(3, "Deleted 0 IPv4 lease(s) from subnet(s) 2", ctl.send("lease4-wipe", "{\"subnet-id\": 2}"));
        assertAnswer(1, "DDNS updating is not enabled",
                ctl.send("lease4-resend-ddns", "{\"ip-address\": \"198.51.100.10\"}"));
    }

    /** stat-lease4-get's result set and the statistics the commands moved. */
    private void statistics(ControlClient ctl) throws Exception {
        JsonObject all = ctl.send("stat-lease4-get", null);
        assertAnswer(0, "stat-lease4-get[all subnets]: 3 rows found", all);
        JsonObject set = (JsonObject) ((JsonObject) all.get("arguments")).get("result-set");
        assertEquals("[\"subnet-id\", \"total-addresses\", \"cumulative-assigned-addresses\", "
                + "\"assigned-addresses\", \"declined-addresses\"]", columns((JsonArray) set.get("columns")));
        JsonArray row1 = (JsonArray) ((JsonArray) set.get("rows")).get(0);
        assertEquals(List.of("1", "100", String.valueOf(leaseCount), String.valueOf(leaseCount), "0"), numbers(row1));
        assertTrue(set.has("timestamp"));
        assertAnswer(3, "stat-lease4-get[subnet-id=44]: no matching data, subnet-id: 44 does not exist",
                ctl.send("stat-lease4-get", "{\"subnet-id\": 44}"));
        assertAnswer(1, "'last-subnet-id' must be greater than 'first-subnet-id'",
                ctl.send("stat-lease4-get", "{\"subnet-range\": {\"first-subnet-id\": 5, \"last-subnet-id\": 1}}"));
        assertEquals(0, statistic(ctl, "subnet[2].assigned-addresses"), "add then wipe");
        assertEquals(0, statistic(ctl, "subnet[5].assigned-addresses"), "update force-create then delete");
        assertEquals(leaseCount, statistic(ctl, "subnet[1].assigned-addresses"));
    }

    private static long statistic(ControlClient ctl, String name) throws Exception {
        JsonObject args = (JsonObject) ctl.send("statistic-get", "{\"name\": \"" + name + "\"}").get("arguments");
        return Long.parseLong(numbers((JsonArray) ((JsonArray) args.get(name)).get(0)).get(0));
    }

    private static String columns(JsonArray a) {
        return a.items().stream().map(v -> "\"" + ((org.nestor.core.json.JsonString) v).value() + "\"").toList()
                .toString();
    }

    private static List<String> numbers(JsonArray a) {
        return a.items().stream().filter(v -> v instanceof org.nestor.core.json.JsonNumber)
                .map(v -> String.valueOf(((org.nestor.core.json.JsonNumber) v).longValue())).toList();
    }

    private static void assertAnswer(long result, String text, JsonObject answer) {
        assertEquals(result, result(answer), answer.toString());
        assertEquals(text, text(answer), answer.toString());
    }

    private static int byAddress(String a, String b) {
        return Integer.compareUnsigned(org.nestor.hooks.api.lease.Ipv4.parse(a),
                org.nestor.hooks.api.lease.Ipv4.parse(b));
    }
}
