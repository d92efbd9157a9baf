package org.nestor.hooks.leasecmds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;

/** lease4-add and lease4-update; every expected answer is the one kea-dhcp4 2.2 gave (kea-2.2-answers.txt). */
class Lease4AddUpdateTest extends CommandFixture {
    private static final String ADD_20 = "{\"ip-address\": \"192.0.2.20\", \"hw-address\": \"1a:1b:1c:1d:1e:1f\"}";

    @Test
    void addWithoutSubnetIdFindsTheSubnetAndUsesItsLifetime() {
        expectKea("{ \"result\": 0, \"text\": \"Lease for address 192.0.2.20, subnet-id 1 added.\" }",
                "lease4-add", ADD_20);
        expectKea("{ \"arguments\": { \"cltt\": 1795338998, \"fqdn-fwd\": false, \"fqdn-rev\": false, "
                + "\"hostname\": \"\", \"hw-address\": \"1a:1b:1c:1d:1e:1f\", \"ip-address\": \"192.0.2.20\", "
                + "\"state\": 0, \"subnet-id\": 1, \"valid-lft\": 4000 }, \"result\": 0, "
                + "\"text\": \"IPv4 lease found.\" }", "lease4-get", "{\"ip-address\": \"192.0.2.20\"}");
        assertEquals(1, stat("subnet[1].assigned-addresses"));
    }

    @Test
    void addKeepsEveryFieldGivenAndLowerCasesTheHostname() {
        call("lease4-add", "{\"ip-address\": \"192.0.2.21\", \"hw-address\": \"1a:1b:1c:1d:1e:20\", "
                + "\"subnet-id\": 1, \"valid-lft\": 100, \"expire\": 1900000000, \"fqdn-fwd\": true, "
                + "\"fqdn-rev\": true, \"hostname\": \"MyHost.example.org.\", \"client-id\": \"01:02:03:04\", "
                + "\"state\": 1, \"user-context\": {\"a\": 1}}");
        expectKea("{ \"arguments\": { \"client-id\": \"01:02:03:04\", \"cltt\": 1899999900, \"fqdn-fwd\": true, "
                + "\"fqdn-rev\": true, \"hostname\": \"myhost.example.org.\", \"hw-address\": \"1a:1b:1c:1d:1e:20\", "
                + "\"ip-address\": \"192.0.2.21\", \"state\": 1, \"subnet-id\": 1, \"user-context\": { \"a\": 1 }, "
                + "\"valid-lft\": 100 }, \"result\": 0, \"text\": \"IPv4 lease found.\" }",
                "lease4-get", "{\"ip-address\": \"192.0.2.21\"}");
        assertEquals(List.of("client-id", "cltt", "fqdn-fwd", "fqdn-rev", "hostname", "hw-address", "ip-address",
                "state", "subnet-id", "user-context", "valid-lft"),
                List.copyOf(((java.util.Map<?, ?>) call("lease4-get", "{\"ip-address\": \"192.0.2.21\"}")
                        .get("arguments")).keySet()), "Kea's key order");
    }

    @Test
    void declinedLeaseCountsAsAssignedAndDeclinedReclaimedNotAtAll() {
        call("lease4-add", "{\"ip-address\": \"203.0.113.10\", \"hw-address\": \"00:00:00:00:00:05\", \"state\": 1}");
        call("lease4-add", "{\"ip-address\": \"203.0.113.12\", \"hw-address\": \"00:00:00:00:00:07\", \"state\": 2}");
        assertEquals(1, stat("subnet[5].assigned-addresses"));
        assertEquals(1, stat("subnet[5].declined-addresses"));
        assertEquals(1, stat("declined-addresses"));
        call("lease4-update", "{\"ip-address\": \"203.0.113.10\", \"hw-address\": \"00:00:00:00:00:05\", "
                + "\"state\": 0}");
        assertEquals(1, stat("subnet[5].assigned-addresses"));
        assertEquals(0, stat("subnet[5].declined-addresses"));
        assertEquals(0, stat("declined-addresses"));
    }

    @Test
    void addingAnAddressThatHasALeaseIsRefusedWithKeasResultOne() {
        call("lease4-add", ADD_20);
        expectKea("{ \"result\": 1, \"text\": \"IPv4 lease already exists.\" }", "lease4-add", ADD_20);
        assertEquals(1, stat("subnet[1].assigned-addresses"));
    }

    @Test
    void addChecksTheSubnetAsKeaDoes() {
        expectKea("{ \"result\": 1, \"text\": \"The address 198.51.100.11 does not belong to subnet 192.0.2.0/24, "
                + "subnet-id=1\" }", "lease4-add",
                "{\"ip-address\": \"198.51.100.11\", \"hw-address\": \"2a:2b:2c:2d:2e:2f\", \"subnet-id\": 1}");
        expectKea("{ \"result\": 1, \"text\": \"subnet-id not specified and failed to find a subnet for address "
                + "10.1.1.1\" }", "lease4-add", "{\"ip-address\": \"10.1.1.1\", \"hw-address\": \"2a:2b\"}");
        expectKea("{ \"result\": 1, \"text\": \"Invalid subnet-id: No IPv4 subnet with subnet-id=44 currently "
                + "configured.\" }", "lease4-add",
                "{\"ip-address\": \"198.51.100.11\", \"hw-address\": \"2a:2b\", \"subnet-id\": 44}");
        expectKea("{ \"result\": 0, \"text\": \"Lease for address 203.0.113.16, subnet-id 5 added.\" }",
                "lease4-add", "{\"ip-address\": \"203.0.113.16\", \"hw-address\": \"01:02\", \"subnet-id\": 0}");
        assertEquals(1, store.size());
    }

    /** Kea also appends the parameter's position, e.g. "(<wire>:0:54)"; Nestor does not know it. */
    @Test
    void malformedAddArgumentsGetKeasTexts() {
        String[][] cases = {
            {null, "no parameters specified for the command"},
            {"{\"hw-address\": \"2a:2b\"}", "missing parameter 'ip-address'"},
            {"{\"ip-address\": \"198.51.100.12\"}", "missing parameter 'hw-address'"},
            {"{\"ip-address\": 5}", "invalid type specified for parameter 'ip-address'"},
            {"{\"ip-address\": \"192.168.100.250.254\", \"hw-address\": \"2a:2b\"}",
                "Failed to convert '192.168.100.250.254' to address: Failed to convert string to address "
                + "'192.168.100.250.254': Invalid argument"},
            {"{\"ip-address\": \"2001:db8::1\", \"hw-address\": \"01:02\"}", "Non-IPv4 address specified: 2001:db8::1"},
            {"{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"zz\"}",
                "'z' is not a valid hexadecimal digit in decoded string 'zz'"},
            {"{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"0102\"}", "invalid format of the decoded string '0102'"},
            {"{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"001:02\"}",
                "invalid format of the decoded string '001:02'"},
            {"{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"01:02\", \"subnet-id\": \"1\"}",
                "invalid type specified for parameter 'subnet-id'"},
            {"{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"01:02\", \"client-id\": \"zz\"}",
                "'zz' is not a valid string of hexadecimal digits"},
            {"{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"01:02\", \"client-id\": \"\"}",
                "Empty DUIDs are not allowed"},
            {"{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"2a:2b\", \"state\": 7}",
                "Invalid state value: 7, supported values are: 0 (default), 1 (declined) and 2 (expired-reclaimed)"},
            {"{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"2a:2b\", \"state\": \"1\"}",
                "invalid type specified for parameter 'state'"},
            {"{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"2a:2b\", \"valid-lft\": -5}",
                "out of range value (-5) specified for parameter 'valid-lft'"},
            {"{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"2a:2b\", \"valid-lft\": 4294967296}",
                "out of range value (4294967296) specified for parameter 'valid-lft'"},
            {"{\"ip-address\": \"192.0.2.50\", \"hw-address\": \"01:02\", \"expire\": 100, \"valid-lft\": 4000}",
                "expiration time must be greater than valid lifetime for address 192.0.2.50"},
            {"{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"2a:2b\", \"fqdn-fwd\": \"yes\"}",
                "invalid type specified for parameter 'fqdn-fwd'"},
            {"{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"2a:2b\", \"hostname\": 5}",
                "invalid type specified for parameter 'hostname'"},
            {"{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"2a:2b\", \"user-context\": \"str\"}",
                "Invalid user context '\"str\"' is not a JSON map."},
            {"{\"ip-address\": \"203.0.113.14\", \"hw-address\": \"\", \"subnet-id\": 5}",
                "Lease4: 203.0.113.14, state: default has neither hardware address or client id"},
        };
        for (String[] c : cases) {
            assertEquals(java.util.Map.of("result", 1L, "text", c[1]), call("lease4-add", c[0]), c[0]);
        }
        assertEquals(0, store.size());
        assertEquals(0, stat("subnet[2].assigned-addresses"));
    }

    @Test
    void unknownArgumentsAreIgnoredAndShortHardwareGroupsAccepted() {
        expectKea("{ \"result\": 0, \"text\": \"Lease for address 198.51.100.12, subnet-id 2 added.\" }",
                "lease4-add", "{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"1:2:3\", \"foo\": 1}");
        assertEquals("01:02:03", call("lease4-get", "{\"ip-address\": \"198.51.100.12\"}").get("arguments") instanceof
                java.util.Map<?, ?> m ? m.get("hw-address") : null);
    }

    @Test
    void updateReplacesTheLease() {
        call("lease4-add", ADD_20);
        expectKea("{ \"result\": 0, \"text\": \"IPv4 lease updated.\" }", "lease4-update",
                "{\"ip-address\": \"192.0.2.20\", \"hw-address\": \"1a:1b:1c:1d:1e:1f\", \"hostname\": \"updated\", "
                + "\"valid-lft\": 500}");
        Lease4 l = store.get(Ipv4.parse("192.0.2.20")).orElseThrow();
        assertEquals("updated", l.hostname());
        assertEquals(500, l.validLifetime());
        assertNull(l.userContext());
        assertEquals(1, stat("subnet[1].assigned-addresses"));
    }

    @Test
    void updateOfAMissingLeaseFailsUnlessForceCreate() {
        String missing = "{\"ip-address\": \"192.0.2.30\", \"hw-address\": \"1a:1b:1c:1d:1e:1f\"";
        expectKea("{ \"result\": 1, \"text\": \"failed to update the lease with address 192.0.2.30 either because "
                + "the lease has been deleted or it has changed in the database, in both cases a retry might "
                + "succeed\" }", "lease4-update", missing + "}");
        expectKea("{ \"result\": 0, \"text\": \"IPv4 lease added.\" }", "lease4-update",
                missing + ", \"force-create\": true}");
        assertEquals(1, stat("subnet[1].assigned-addresses"));
        expectKea("{ \"result\": 1, \"text\": \"invalid type specified for parameter 'force-create'\" }",
                "lease4-update", missing + ", \"force-create\": \"yes\"}");
    }

    @Test
    void malformedUpdateArgumentsGetKeasTexts() {
        expectKea("{ \"result\": 1, \"text\": \"no parameters specified for lease4-update command\" }",
                "lease4-update", null);
        expectKea("{ \"result\": 1, \"text\": \"missing parameter 'hw-address'\" }", "lease4-update",
                "{\"ip-address\": \"192.0.2.30\"}");
        expectKea("{ \"result\": 1, \"text\": \"The address 192.0.2.30 does not belong to subnet 198.51.100.0/24, "
                + "subnet-id=2\" }", "lease4-update",
                "{\"ip-address\": \"192.0.2.30\", \"hw-address\": \"1a:1b\", \"subnet-id\": 2}");
    }

    @Test
    void storedLeaseKeepsTheUserContextAsJsonText() {
        call("lease4-add", "{\"ip-address\": \"192.0.2.55\", \"hw-address\": \"01:02\", "
                + "\"user-context\": {\"x\": [1, \"a\", null, true, 2.5]}}");
        assertEquals(JsonText.parse("{\"x\": [1, \"a\", null, true, 2.5]}"),
                JsonText.parse(store.get(Ipv4.parse("192.0.2.55")).orElseThrow().userContext()));
        assertEquals(LeaseState.DEFAULT, store.get(Ipv4.parse("192.0.2.55")).orElseThrow().state());
    }
}
