package org.nestor.hooks.leasecmds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * lease4-get, -get-all, -get-page and -get-by-*; every expected answer is the one kea-dhcp4 2.2 gave with the same
 * leases (kea-2.2-answers.txt).
 */
class Lease4QueriesTest extends CommandFixture {
    private static final String L20 = "{ \"cltt\": 1795338998, \"fqdn-fwd\": false, \"fqdn-rev\": false, "
            + "\"hostname\": \"\", \"hw-address\": \"1a:1b:1c:1d:1e:1f\", \"ip-address\": \"192.0.2.20\", "
            + "\"state\": 0, \"subnet-id\": 1, \"valid-lft\": 4000 }";
    private static final String L21 = "{ \"client-id\": \"01:02:03:04\", \"cltt\": 1899999900, \"fqdn-fwd\": true, "
            + "\"fqdn-rev\": true, \"hostname\": \"myhost.example.org.\", \"hw-address\": \"1a:1b:1c:1d:1e:20\", "
            + "\"ip-address\": \"192.0.2.21\", \"state\": 1, \"subnet-id\": 1, \"user-context\": { \"a\": 1 }, "
            + "\"valid-lft\": 100 }";
    private static final String L12 = "{ \"cltt\": 1795338998, \"fqdn-fwd\": false, \"fqdn-rev\": false, "
            + "\"hostname\": \"\", \"hw-address\": \"2a:2b:2c:2d:2e:2f\", \"ip-address\": \"198.51.100.12\", "
            + "\"state\": 0, \"subnet-id\": 2, \"valid-lft\": 4000 }";
    private static final String L13 = "{ \"cltt\": 1795338998, \"fqdn-fwd\": false, \"fqdn-rev\": false, "
            + "\"hostname\": \"two.example.org\", \"hw-address\": \"2a:2b:2c:2d:2e:2f\", "
            + "\"ip-address\": \"198.51.100.13\", \"state\": 0, \"subnet-id\": 2, \"valid-lft\": 4000 }";
    private static final String EMPTY = "{ \"arguments\": { \"leases\": [  ] }, \"result\": 3, "
            + "\"text\": \"0 IPv4 lease(s) found.\" }";

    /** The leases of the recording, added in the same order and by the same commands. */
    @BeforeEach
    void addRecordedLeases() {
        call("lease4-add", "{\"ip-address\": \"198.51.100.13\", \"hw-address\": \"2a:2b:2c:2d:2e:2f\", "
                + "\"hostname\": \"Two.Example.org\"}");
        call("lease4-add", "{\"ip-address\": \"192.0.2.20\", \"hw-address\": \"1a:1b:1c:1d:1e:1f\"}");
        call("lease4-add", "{\"ip-address\": \"192.0.2.21\", \"hw-address\": \"1a:1b:1c:1d:1e:20\", "
                + "\"subnet-id\": 1, \"valid-lft\": 100, \"expire\": 1900000000, \"fqdn-fwd\": true, "
                + "\"fqdn-rev\": true, \"hostname\": \"myhost.example.org.\", \"client-id\": \"01:02:03:04\", "
                + "\"state\": 1, \"user-context\": {\"a\": 1}}");
        call("lease4-add", "{\"ip-address\": \"198.51.100.12\", \"hw-address\": \"2a:2b:2c:2d:2e:2f\"}");
    }

    private static String found(int n, String... leases) {
        return "{ \"arguments\": { \"leases\": [ " + String.join(", ", leases) + " ] }, \"result\": 0, "
                + "\"text\": \"" + n + " IPv4 lease(s) found.\" }";
    }

    @Test
    void getByAddressOrIdentifier() {
        expectKea("{ \"arguments\": " + L21 + ", \"result\": 0, \"text\": \"IPv4 lease found.\" }", "lease4-get",
                "{\"ip-address\": \"192.0.2.21\"}");
        expectKea("{ \"arguments\": " + L20 + ", \"result\": 0, \"text\": \"IPv4 lease found.\" }", "lease4-get",
                "{\"identifier-type\": \"hw-address\", \"identifier\": \"1a:1b:1c:1d:1e:1f\", \"subnet-id\": 1}");
        expectKea("{ \"arguments\": " + L21 + ", \"result\": 0, \"text\": \"IPv4 lease found.\" }", "lease4-get",
                "{\"identifier-type\": \"client-id\", \"identifier\": \"01:02:03:04\", \"subnet-id\": 1}");
    }

    @Test
    void getFindsNothing() {
        String none = "{ \"result\": 3, \"text\": \"Lease not found.\" }";
        expectKea(none, "lease4-get", "{\"ip-address\": \"192.0.2.99\"}");
        expectKea(none, "lease4-get",
                "{\"identifier-type\": \"hw-address\", \"identifier\": \"1a:1b:1c:1d:1e:1f\", \"subnet-id\": 2}");
        expectKea(none, "lease4-get",
                "{\"identifier-type\": \"address\", \"identifier\": \"192.0.2.20\", \"subnet-id\": 1}");
    }

    @Test
    void malformedGetArgumentsGetKeasTexts() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("{}", "Mandatory 'subnet-id' parameter missing."),
                Map.entry("{\"identifier-type\": \"hw-address\", \"identifier\": \"1a\"}",
                        "Mandatory 'subnet-id' parameter missing."),
                Map.entry("{\"identifier-type\": \"hw-address\", \"identifier\": \"01:02\", \"subnet-id\": \"x\"}",
                        "'subnet-id' parameter is not integer."),
                Map.entry("{\"identifier-type\": \"duid\", \"identifier\": \"01:02:03:04\", \"subnet-id\": 1}",
                        "Query by duid is not allowed in v4."),
                Map.entry("{\"identifier-type\": \"bogus\", \"identifier\": \"1a\", \"subnet-id\": 1}",
                        "Incorrect identifier type: bogus, the only supported values are: address, hw-address, duid"),
                Map.entry("{\"identifier-type\": \"hw-address\", \"subnet-id\": 5}",
                        "No 'ip-address' provided and 'identifier' is either missing or not a string."),
                Map.entry("{\"identifier\": \"01:02\", \"subnet-id\": 5}",
                        "No 'ip-address' provided and 'identifier-type' is either missing or not a string."),
                Map.entry("{\"identifier-type\": \"hw-address\", \"identifier\": \"zz\", \"subnet-id\": 5}",
                        "'z' is not a valid hexadecimal digit in decoded string 'zz'"),
                Map.entry("{\"identifier-type\": \"client-id\", \"identifier\": \"zz\", \"subnet-id\": 1}",
                        "'zz' is not a valid string of hexadecimal digits"),
                Map.entry("{\"ip-address\": \"2001:db8::1\"}", "Invalid IPv4 address specified: 2001:db8::1"),
                Map.entry("{\"ip-address\": \"abc\"}", "Failed to convert string to address 'abc': Invalid argument"),
                Map.entry("{\"ip-address\": 5}", "'ip-address' is not a string."));
        cases.forEach((args, text) -> assertEquals(Map.of("result", 1L, "text", text), call("lease4-get", args), args));
        expectKea("{ \"result\": 1, \"text\": \"Parameters missing or are not a map.\" }", "lease4-get", null);
    }

    @Test
    void getAllInAddressOrderOrBySubnets() {
        expectKea(found(4, L20, L21, L12, L13), "lease4-get-all", null);
        expectKea(found(4, L20, L21, L12, L13), "lease4-get-all", "{\"subnets\": [1, 2]}");
        expectKea(found(2, L12, L13), "lease4-get-all", "{\"subnets\": [2]}");
        expectKea(EMPTY, "lease4-get-all", "{\"subnets\": [44]}");
        expectKea(EMPTY, "lease4-get-all", "{\"subnets\": []}");
        expectKea("{ \"result\": 1, \"text\": \"'subnets' parameter not specified\" }", "lease4-get-all", "{}");
        expectKea("{ \"result\": 1, \"text\": \"'subnets' parameter must be a list\" }", "lease4-get-all",
                "{\"subnets\": \"x\"}");
        expectKea("{ \"result\": 1, \"text\": \"listed subnet identifiers must be numbers\" }", "lease4-get-all",
                "{\"subnets\": [\"x\"]}");
    }

    @Test
    void pagesFollowAddressOrder() {
        expectKea("{ \"arguments\": { \"count\": 2, \"leases\": [ " + L20 + ", " + L21 + " ] }, \"result\": 0, "
                + "\"text\": \"2 IPv4 lease(s) found.\" }", "lease4-get-page", "{\"from\": \"start\", \"limit\": 2}");
        expectKea("{ \"arguments\": { \"count\": 2, \"leases\": [ " + L12 + ", " + L13 + " ] }, \"result\": 0, "
                + "\"text\": \"2 IPv4 lease(s) found.\" }", "lease4-get-page",
                "{\"from\": \"192.0.2.21\", \"limit\": 2}");
        expectKea("{ \"arguments\": { \"count\": 0, \"leases\": [  ] }, \"result\": 3, "
                + "\"text\": \"0 IPv4 lease(s) found.\" }", "lease4-get-page", "{\"from\": \"203.0.113.1\", \"limit\": 2}");
    }

    @Test
    void malformedPageArgumentsGetKeasTexts() {
        Map<String, String> cases = Map.of(
                "{\"from\": \"start\"}", "'limit' parameter not specified",
                "{\"limit\": 2}", "'from' parameter not specified",
                "{\"from\": \"start\", \"limit\": 0}", "page size of retrieved leases must not be 0",
                "{\"from\": \"start\", \"limit\": -1}",
                "page size of retrieved leases must not be greater than 4294967295",
                "{\"from\": \"foo\", \"limit\": 2}",
                "'from' parameter value is neither 'start' keyword nor a valid IPv4 address",
                "{\"from\": \"2001:db8::1\", \"limit\": 2}", "'from' parameter value 2001:db8::1 is not an IPv4 address",
                "{\"from\": \"start\", \"limit\": \"2\"}", "'limit' parameter must be a number",
                "{\"from\": 5, \"limit\": 2}", "'from' parameter must be a string");
        cases.forEach((args, text) -> assertEquals(Map.of("result", 1L, "text", text),
                call("lease4-get-page", args), args));
        expectKea("{ \"result\": 1, \"text\": \"no parameters specified for the lease4-get-page command\" }",
                "lease4-get-page", null);
    }

    @Test
    void getByHardwareAddressClientIdAndHostname() {
        expectKea(found(2, L12, L13), "lease4-get-by-hw-address", "{\"hw-address\": \"2a:2b:2c:2d:2e:2f\"}");
        expectKea(EMPTY, "lease4-get-by-hw-address", "{\"hw-address\": \"00:00:00:00:00:01\"}");
        expectKea(EMPTY, "lease4-get-by-hw-address", "{\"hw-address\": \"\"}");
        expectKea(found(1, L21), "lease4-get-by-client-id", "{\"client-id\": \"01:02:03:04\"}");
        expectKea(EMPTY, "lease4-get-by-client-id", "{\"client-id\": \"09:09\"}");
        expectKea(found(1, L21), "lease4-get-by-hostname", "{\"hostname\": \"MYHOST.example.org.\"}");
        expectKea(found(1, L13), "lease4-get-by-hostname", "{\"hostname\": \"two.example.org\"}");
        expectKea(EMPTY, "lease4-get-by-hostname", "{\"hostname\": \"nobody\"}");
    }

    @Test
    void malformedGetByArgumentsGetKeasTexts() {
        List<String[]> cases = List.of(
                new String[] {"lease4-get-by-hw-address", "{\"hw-address\": \"zz\"}",
                    "'z' is not a valid hexadecimal digit in decoded string 'zz'"},
                new String[] {"lease4-get-by-hw-address", "{}", "'hw-address' parameter not specified"},
                new String[] {"lease4-get-by-hw-address", "{\"hw-address\": 5}", "'hw-address' parameter must be a string"},
                new String[] {"lease4-get-by-hw-address", null, "Command arguments missing or a not a map."},
                new String[] {"lease4-get-by-client-id", "{\"client-id\": \"zz\"}",
                    "'zz' is not a valid string of hexadecimal digits"},
                new String[] {"lease4-get-by-client-id", "{\"client-id\": \"\"}", "Empty DUIDs are not allowed"},
                new String[] {"lease4-get-by-client-id", "{}", "'client-id' parameter not specified"},
                new String[] {"lease4-get-by-client-id", "{\"client-id\": 5}", "'client-id' parameter must be a string"},
                new String[] {"lease4-get-by-client-id", null, "Command arguments missing or a not a map."},
                new String[] {"lease4-get-by-hostname", "{\"hostname\": \"\"}", "'hostname' parameter is empty"},
                new String[] {"lease4-get-by-hostname", "{}", "'hostname' parameter not specified"},
                new String[] {"lease4-get-by-hostname", "{\"hostname\": 5}", "'hostname' parameter must be a string"},
                new String[] {"lease4-get-by-hostname", null, "Command arguments missing or a not a map."});
        for (String[] c : cases) {
            assertEquals(Map.of("result", 1L, "text", c[2]), call(c[0], c[1]), c[0] + " " + c[1]);
        }
    }
}
