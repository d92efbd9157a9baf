package org.nestor.systest.subnetcmds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.systest.ControlClient.arguments;
import static org.nestor.systest.ControlClient.result;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reservation-* commands of the hook-host-cmds bundle against the running distribution, over the UNIX control
 * socket, on reservations held in the configuration. Expected texts are those of Kea's manual (ARM 16.14
 * "host_cmds"); conflicts are refused with the server's parser texts (Kea's wording). The configuration holds
 * 02:00:00:00:00:01 → 192.0.2.10 "printer" in subnet 1.
 */
class HostCmdsContractTest extends CommandContract {
    HostCmdsContractTest() {
        super("hook-host-cmds", "reservation-add");
    }

    private static List<Map<String, Object>> hosts(Map<String, Object> answer) {
        Map<String, List<Map<String, Object>>> args = arguments(answer);
        return args.get("hosts");
    }

    @Test
    void reservationAddStoresTheHostInTheRunningConfiguration() throws Exception {
        Map<String, Object> added = run("reservation-add", "{\"reservation\": {\"subnet-id\": 1, "
                + "\"hw-address\": \"1a:1b:1c:1d:1e:1f\", \"ip-address\": \"192.0.2.202\", \"hostname\": \"cam\"}}");
        Map<String, Object> global = run("reservation-add", "{\"reservation\": {\"subnet-id\": 0, "
                + "\"hw-address\": \"1a:1b:1c:1d:1e:20\", \"hostname\": \"roamer\"}}");

        assertEquals(Map.of("result", 0L, "text", "Host added."), added);
        assertEquals(0, result(global));
        assertTrue(instance.control.runningConfig().toString().contains("1a:1b:1c:1d:1e:1f"));
        Map<String, Object> found = run("reservation-get", "{\"subnet-id\": 1, \"identifier-type\": "
                + "\"hw-address\", \"identifier\": \"1a:1b:1c:1d:1e:1f\"}");
        assertEquals("Host found.", found.get("text"));
        assertEquals("192.0.2.202", ((Map<?, ?>) arguments(found)).get("ip-address"));
    }

    @Test
    void aReservationForAnAddressAnotherHostHoldsIsRefused() throws Exception {
        Map<String, Object> answer = refused(1, "reservation-add", "{\"reservation\": {\"subnet-id\": 1, "
                + "\"hw-address\": \"0a:0b:0c:0d:0e:0f\", \"ip-address\": \"192.0.2.10\"}}");

        assertTrue(((String) answer.get("text")).contains("There's already a reservation for this address"),
                answer.toString());
        refused(1, "reservation-add", "{\"reservation\": {\"subnet-id\": 1, \"hw-address\": "
                + "\"02:00:00:00:00:01\", \"ip-address\": \"192.0.2.11\"}}");
    }

    @Test
    void malformedReservationsAreRefused() throws Exception {
        assertEquals("Mandatory 'subnet-id' parameter missing.", refused(1, "reservation-add",
                "{\"reservation\": {\"hw-address\": \"0a:0b:0c:0d:0e:01\"}}").get("text"));
        refused(1, "reservation-add", "{\"reservation\": {\"subnet-id\": 77, \"hw-address\": \"0a:0b:0c:0d:0e:02\"}}");
        refused(1, "reservation-add", "{\"reservation\": {\"subnet-id\": 1, \"hw-address\": \"0a:0b:0c:0d:0e:03\", "
                + "\"ip-address\": \"192.168.100.250.254\"}}");
        refused(1, "reservation-get", "{\"subnet-id\": 1, \"ip-address\": \"192.168.100.250.254\"}");
        refused(1, "reservation-get-by-id", "{\"subnet-id\": 1, \"identifier-type\": \"hw-address\", "
                + "\"identifier\": \"02:00:00:00:00:01\"}");
        refused(1, "reservation-get-page", "{\"subnet-id\": 1}");
    }

    @Test
    void queriesFindTheConfiguredHostEveryWayAndAnswerEmptyOtherwise() throws Exception {
        assertEquals("printer", ((Map<?, ?>) arguments(run("reservation-get", "{\"subnet-id\": 1, "
                + "\"ip-address\": \"192.0.2.10\"}"))).get("hostname"));
        assertEquals(Map.of("result", 0L, "text", "Host not found."), run("reservation-get", "{\"subnet-id\": 1, "
                + "\"ip-address\": \"192.0.2.99\"}"));
        assertTrue(hosts(run("reservation-get-all", "{\"subnet-id\": 1}")).size() >= 1);
        assertEquals(3, result(run("reservation-get-all", "{\"subnet-id\": 4242}")));
        assertEquals(1L, hosts(run("reservation-get-by-hostname", "{\"hostname\": \"PRINTER\"}")).get(0)
                .get("subnet-id"));
        assertEquals(1L, hosts(run("reservation-get-by-id", "{\"identifier-type\": \"hw-address\", "
                + "\"identifier\": \"02:00:00:00:00:01\"}")).get(0).get("subnet-id"));
        assertEquals("printer", hosts(run("reservation-get-by-address", "{\"ip-address\": \"192.0.2.10\"}")).get(0)
                .get("hostname"));
        Map<String, Object> page = run("reservation-get-page", "{\"limit\": 100}");
        assertEquals(0, result(page));
        Map<String, Object> next = ((Map<String, Map<String, Object>>) (Map<?, ?>) arguments(page)).get("next");
        Map<String, Object> end = run("reservation-get-page", "{\"limit\": 100, \"from\": " + next.get("from")
                + ", \"source-index\": " + next.get("source-index") + "}");
        assertEquals(3, result(end));
    }

    @Test
    void reservationUpdateAndDelChangeOneHost() throws Exception {
        run("reservation-add", "{\"reservation\": {\"subnet-id\": 1, \"hw-address\": \"2a:2b:2c:2d:2e:2f\", "
                + "\"ip-address\": \"192.0.2.210\"}}");

        Map<String, Object> updated = run("reservation-update", "{\"reservation\": {\"subnet-id\": 1, "
                + "\"hw-address\": \"2a:2b:2c:2d:2e:2f\", \"ip-address\": \"192.0.2.211\"}}");
        Map<String, Object> deleted = run("reservation-del", "{\"subnet-id\": 1, \"ip-address\": \"192.0.2.211\"}");

        assertEquals(Map.of("result", 0L, "text", "Host updated."), updated);
        assertEquals(Map.of("result", 0L, "text", "Host deleted."), deleted);
        assertEquals(Map.of("result", 1L, "text", "Host not deleted (not found)."),
                refused(1, "reservation-del", "{\"subnet-id\": 1, \"ip-address\": \"192.0.2.211\"}"));
    }

    @Test
    void uninstalledTheCommandsVanishAndReinstalledTheyComeBackWithTheReservations() throws Exception {
        run("reservation-add", "{\"reservation\": {\"subnet-id\": 1, \"hw-address\": \"3a:3b:3c:3d:3e:3f\", "
                + "\"ip-address\": \"192.0.2.230\"}}");
        instance.hooks.undeploy("hook-host-cmds");
        try {
            instance.control.awaitCommand("reservation-add", false);
            Map<String, Object> gone = run("reservation-get", "{\"subnet-id\": 1, \"ip-address\": \"192.0.2.230\"}");
            assertEquals(2, result(gone), gone.toString());
        } finally {
            instance.hooks.deploy("hook-host-cmds");
            instance.control.awaitCommand("reservation-add", true);
        }
        Map<String, Object> back = run("reservation-get", "{\"subnet-id\": 1, \"ip-address\": \"192.0.2.230\"}");
        assertEquals("Host found.", back.get("text"));
    }
}
