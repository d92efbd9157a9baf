package org.nestor.hooks.leasecmds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.hooks.leasecmds.CommandFixture.lease;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.hooks.api.lease.LeaseState;

/**
 * lease4-del, -wipe, -write and -resend-ddns; expected answers are kea-dhcp4 2.2's (kea-2.2-answers.txt) except
 * lease4-write (Kea 2.4's text; 2.2 has no such command).
 */
class Lease4DelWipeWriteTest extends CommandFixture {
    @TempDir
    Path dir;

    private void addRecorded() {
        call("lease4-add", "{\"ip-address\": \"192.0.2.20\", \"hw-address\": \"1a:1b:1c:1d:1e:1f\"}");
        call("lease4-add", "{\"ip-address\": \"192.0.2.21\", \"hw-address\": \"1a:1b:1c:1d:1e:20\", \"state\": 1}");
        call("lease4-add", "{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"2a:2b\"}");
        call("lease4-add", "{\"ip-address\": \"198.51.100.13\", \"hw-address\": \"2a:2b\"}");
    }

    @Test
    void deleteByAddressMovesTheStatisticsBack() {
        addRecorded();
        assertEquals(2, stat("subnet[1].assigned-addresses"));
        assertEquals(1, stat("declined-addresses"));
        expectKea("{ \"result\": 0, \"text\": \"IPv4 lease deleted.\" }", "lease4-del",
                "{\"ip-address\": \"192.0.2.21\"}");
        assertEquals(1, stat("subnet[1].assigned-addresses"));
        assertEquals(0, stat("subnet[1].declined-addresses"));
        assertEquals(0, stat("declined-addresses"));
        expectKea("{ \"result\": 3, \"text\": \"IPv4 lease not found.\" }", "lease4-del",
                "{\"ip-address\": \"192.0.2.21\"}");
    }

    @Test
    void deleteByIdentifierInASubnet() {
        addRecorded();
        expectKea("{ \"result\": 0, \"text\": \"IPv4 lease deleted.\" }", "lease4-del",
                "{\"identifier-type\": \"hw-address\", \"identifier\": \"1a:1b:1c:1d:1e:1f\", \"subnet-id\": 1}");
        expectKea("{ \"result\": 3, \"text\": \"IPv4 lease not found.\" }", "lease4-del",
                "{\"identifier-type\": \"client-id\", \"identifier\": \"01:02\", \"subnet-id\": 1}");
        assertEquals(3, store.size());
    }

    @Test
    void deletingAReclaimedLeaseLeavesTheCountsAlone() {
        store.add(lease("203.0.113.12", "00:00:00:00:00:07", 5, LeaseState.EXPIRED_RECLAIMED));
        expectKea("{ \"result\": 0, \"text\": \"IPv4 lease deleted.\" }", "lease4-del",
                "{\"ip-address\": \"203.0.113.12\"}");
        assertTrue(stats.isEmpty(), stats.toString());
    }

    @Test
    void malformedDeleteArgumentsGetKeasTexts() {
        expectKea("{ \"result\": 1, \"text\": \"Failed to convert string to address 'abc': Invalid argument\" }",
                "lease4-del", "{\"ip-address\": \"abc\"}");
        expectKea("{ \"result\": 1, \"text\": \"Invalid IPv4 address specified: 2001:db8::1\" }", "lease4-del",
                "{\"ip-address\": \"2001:db8::1\"}");
        expectKea("{ \"result\": 1, \"text\": \"Mandatory 'subnet-id' parameter missing.\" }", "lease4-del", "{}");
        expectKea("{ \"result\": 1, \"text\": \"Parameters missing or are not a map.\" }", "lease4-del", null);
    }

    @Test
    void wipeOneSubnetThenNothingLeft() {
        addRecorded();
        expectKea("{ \"result\": 0, \"text\": \"Deleted 2 IPv4 lease(s) from subnet(s) 2\" }", "lease4-wipe",
                "{\"subnet-id\": 2}");
        assertEquals(0, stat("subnet[2].assigned-addresses"));
        expectKea("{ \"result\": 3, \"text\": \"Deleted 0 IPv4 lease(s) from subnet(s) 2\" }", "lease4-wipe",
                "{\"subnet-id\": 2}");
        expectKea("{ \"result\": 3, \"text\": \"Deleted 0 IPv4 lease(s) from subnet(s) 44\" }", "lease4-wipe",
                "{\"subnet-id\": 44}");
        assertEquals(2, store.size());
    }

    @Test
    void wipeWithoutSubnetTakesEveryConfiguredSubnet() {
        addRecorded();
        expectKea("{ \"result\": 0, \"text\": \"Deleted 4 IPv4 lease(s) from subnet(s) 1 2 5\" }", "lease4-wipe",
                "{\"subnet-id\": 0}");
        expectKea("{ \"result\": 3, \"text\": \"Deleted 0 IPv4 lease(s) from subnet(s) 1 2 5\" }", "lease4-wipe",
                null);
        expectKea("{ \"result\": 3, \"text\": \"Deleted 0 IPv4 lease(s) from subnet(s) 1 2 5\" }", "lease4-wipe",
                "{}");
        assertEquals(0, stat("subnet[1].assigned-addresses"));
        assertEquals(0, stat("declined-addresses"));
        expectKea("{ \"result\": 1, \"text\": \"invalid type specified for parameter 'subnet-id'\" }",
                "lease4-wipe", "{\"subnet-id\": \"x\"}");
    }

    @Test
    void writeNamesTheFileOrSaysWhyNot() {
        Path target = dir.resolve("copy.csv");
        expectKea("{ \"result\": 0, \"text\": \"IPv4 lease database into '" + target + "'.\" }", "lease4-write",
                "{\"filename\": \"" + target + "\"}");
        assertEquals(target, store.written);
        assertEquals(Map.of("result", 1L, "text", "'filename' parameter not specified"), call("lease4-write", "{}"));
        assertEquals(Map.of("result", 1L, "text", "'filename' parameter must be a string"),
                call("lease4-write", "{\"filename\": 1}"));
        Map<String, Object> failed = call("lease4-write", "{\"filename\": \"" + dir.resolve("no/such.csv") + "\"}");
        assertEquals(1L, failed.get("result"));
        assertTrue(failed.get("text").toString().startsWith("cannot write leases to"), failed.toString());
    }

    @Test
    void resendDdnsAnswersThatDdnsIsOff() {
        expectKea("{ \"result\": 1, \"text\": \"DDNS updating is not enabled\" }", "lease4-resend-ddns",
                "{\"ip-address\": \"198.51.100.13\"}");
        expectKea("{ \"result\": 1, \"text\": \"'ip-address' parameter is missing.\" }", "lease4-resend-ddns", "{}");
        assertEquals(1L, call("lease4-resend-ddns", null).get("result"));
    }

    @Test
    void handlerServesKeasLease4CommandNames() {
        assertEquals(java.util.Set.of("lease4-add", "lease4-del", "lease4-get", "lease4-get-all",
                "lease4-get-by-client-id", "lease4-get-by-hostname", "lease4-get-by-hw-address", "lease4-get-page",
                "lease4-resend-ddns", "lease4-update", "lease4-wipe", "lease4-write"), handler.commands());
        assertEquals(Map.of("result", 2L, "text", "'lease6-get' command not supported."),
                handler.handle("lease6-get", null));
    }
}
