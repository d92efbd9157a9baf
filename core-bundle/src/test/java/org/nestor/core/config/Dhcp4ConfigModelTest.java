package org.nestor.core.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.json.JsonObject;
import org.nestor.hooks.api.lease.Ipv4;

class Dhcp4ConfigModelTest {
    @TempDir
    Path dir;

    private Dhcp4Config parse(String dhcp4Body) throws ConfigException {
        return new Dhcp4ConfigParser().stateDirectory(dir).environment(SystemEnvironment.PERMISSIVE)
                .parse("{\"Dhcp4\": {" + dhcp4Body + "}}", "m.json");
    }

    @Test
    void parametersAreInheritedSubnetThenSharedNetworkThenGlobal() throws Exception {
        Dhcp4Config c = parse("\"valid-lifetime\": 1000, \"renew-timer\": 100, \"authoritative\": true,"
                + "\"shared-networks\": [{\"name\": \"net\", \"valid-lifetime\": 2000, \"match-client-id\": false,"
                + "  \"relay\": {\"ip-addresses\": [\"192.0.2.254\"]},"
                + "  \"subnet4\": [{\"subnet\": \"192.0.2.0/24\", \"valid-lifetime\": 3000},"
                + "              {\"subnet\": \"198.51.100.0/24\"}]}],"
                + "\"subnet4\": [{\"subnet\": \"203.0.113.0/24\"}]");
        Subnet4 own = c.subnets().get(0);
        Subnet4 fromNetwork = c.subnets().get(1);
        Subnet4 global = c.subnets().get(2);
        assertEquals(3000, own.parameters().valid().def());
        assertEquals(2000, fromNetwork.parameters().valid().def());
        assertEquals(1000, global.parameters().valid().def());
        assertEquals(100L, own.parameters().renewTimer());
        assertFalse(own.parameters().matchClientId());
        assertTrue(global.parameters().matchClientId());
        assertTrue(own.parameters().authoritative());
        assertEquals(List.of(Ipv4.parse("192.0.2.254")), fromNetwork.relayAddresses());
        assertEquals("net", own.sharedNetwork());
        assertEquals(List.of(own.id(), fromNetwork.id()), c.sharedNetworks().get(0).subnetIds());
    }

    @Test
    void option43CarriesTheSubOptionsOfItsEncapsulatedSpaceFromTheSameLevel() throws Exception {
        Dhcp4Config c = parse("\"option-def\": [{\"name\": \"discovery-control\", \"code\": 6, "
                + "\"space\": \"vendor-encapsulated-options-space\", \"type\": \"uint8\"}],"
                + "\"client-classes\": [{\"name\": \"pxe\", \"option-def\": [{\"name\": "
                + "\"vendor-encapsulated-options\", \"code\": 43, \"type\": \"empty\", \"encapsulate\": \"pxe\"}],"
                + "\"option-data\": [{\"name\": \"vendor-encapsulated-options\"}]}],"
                + "\"option-data\": [{\"name\": \"vendor-encapsulated-options\"},"
                + "{\"name\": \"discovery-control\", \"space\": \"vendor-encapsulated-options-space\", "
                + "\"data\": \"8\"}]");
        ConfiguredOption global43 = c.globalOptions().stream().filter(o -> o.code() == 43).findFirst().orElseThrow();
        assertArrayEquals(new byte[] {6, 1, 8}, global43.payload());
        ConfiguredOption class43 = c.clientClasses().get(0).options().get(0);
        assertArrayEquals(new byte[0], class43.payload());
    }

    @Test
    void keaDefaultsApplyWhenNothingIsSet() throws Exception {
        Dhcp4Config c = parse("\"subnet4\": [{\"subnet\": \"192.0.2.0/24\"}]");
        SubnetParameters4 p = c.subnets().get(0).parameters();
        assertEquals(new Lifetime(7200, 7200, 7200), p.valid());
        assertNull(p.renewTimer());
        assertEquals(0.5, p.t1Percent());
        assertEquals(0.875, p.t2Percent());
        assertTrue(p.reservationsInSubnet());
        assertFalse(p.reservationsGlobal());
        assertEquals(new ExpiredLeasesProcessing(10, 25, 3600, 100, 250, 5), c.expiredLeasesProcessing());
        assertEquals(86400, c.declineProbationPeriod());
        assertEquals("raw", c.interfacesConfig().socketType());
        assertEquals(List.of(HostIdentifierType.HW_ADDRESS, HostIdentifierType.DUID, HostIdentifierType.CIRCUIT_ID,
                HostIdentifierType.CLIENT_ID), c.hostReservationIdentifiers());
        assertEquals("warn", c.sanityLeaseChecks());
    }

    @Test
    void missingMemfileNameGoesToTheStateDirectory() throws Exception {
        Dhcp4Config c = parse("\"lease-database\": {\"type\": \"memfile\", \"lfc-interval\": 0}");
        assertEquals(dir.resolve("kea-leases4.csv").toString(), c.leaseDatabase().name());
        assertEquals(0, c.leaseDatabase().lfcInterval());
        assertFalse(c.leaseDatabase().syncCommits());
    }

    @Test
    void syncCommitsIsReadFromTheGlobalUserContext() throws Exception {
        Dhcp4Config c = parse("\"user-context\": {\"nestor\": {\"sync-commits\": true}},"
                + "\"lease-database\": {\"type\": \"memfile\", \"name\": \"/tmp/l.csv\"}");
        assertTrue(c.leaseDatabase().syncCommits());
        assertEquals("/tmp/l.csv", c.leaseDatabase().name());
    }

    @Test
    void syncCommitDelayIsReadBesideSyncCommitsAndDefaultsToNone() throws Exception {
        Dhcp4Config c = parse("\"user-context\": {\"nestor\": {\"sync-commits\": true, \"sync-commit-delay\": 5}}");
        assertEquals(5, c.leaseDatabase().syncCommitDelay());
        assertEquals(0, parse("\"user-context\": {\"nestor\": {\"sync-commits\": true}}").leaseDatabase()
                .syncCommitDelay());
    }

    @Test
    void badSyncCommitSettingsAreRefusedWhereTheyStand() {
        ConfigException delay = assertThrows(ConfigException.class, () -> parse(
                "\"user-context\": {\"nestor\": {\"sync-commits\": true, \"sync-commit-delay\": 1001}}"));
        assertEquals("m.json:1.83: sync-commit-delay must be a whole number of milliseconds from 0 to 1000",
                delay.getMessage());
        ConfigException fraction = assertThrows(ConfigException.class, () -> parse(
                "\"user-context\": {\"nestor\": {\"sync-commit-delay\": 2.5}}"));
        assertTrue(fraction.getMessage().startsWith("m.json:1.61: sync-commit-delay must be"), fraction.getMessage());
        ConfigException flag = assertThrows(ConfigException.class, () -> parse(
                "\"user-context\": {\"nestor\": {\"sync-commits\": \"yes\"}}"));
        assertEquals("m.json:1.56: sync-commits must be true or false", flag.getMessage());
    }

    @Test
    void subnetsWithoutIdAreNumberedLikeKea() throws Exception {
        Dhcp4Config c = parse("\"subnet4\": [{\"id\": 5, \"subnet\": \"192.0.2.0/24\"},"
                + "{\"subnet\": \"198.51.100.0/24\"}, {\"subnet\": \"203.0.113.0/24\"}]");
        assertEquals(List.of(5L, 1L, 2L), c.subnets().stream().map(Subnet4::id).toList());
    }

    @Test
    void poolsAndReservationsAreDecoded() throws Exception {
        Dhcp4Config c = parse("\"subnet4\": [{\"subnet\": \"192.0.2.0/24\", \"pools\": [{\"pool\": \"192.0.2.10 - "
                + "192.0.2.20\"}, {\"pool\": \"192.0.2.128/25\", \"client-class\": \"x\"}], \"reservations\": ["
                + "{\"hw-address\": \"1a:1b:1c:1d:1e:1f\", \"ip-address\": \"192.0.2.5\", \"hostname\": \"h\"},"
                + "{\"client-id\": \"01:11:22\", \"ip-address\": \"192.0.2.6\"},"
                + "{\"flex-id\": \"'text'\"}, {\"circuit-id\": \"0xabcd\"}]}]");
        Subnet4 s = c.subnets().get(0);
        assertEquals(11, s.pools().get(0).size());
        assertEquals(Ipv4.parse("192.0.2.128"), s.pools().get(1).first());
        assertEquals(Ipv4.parse("192.0.2.255"), s.pools().get(1).last());
        Reservation4 r = s.reservations().get(0);
        assertEquals(HostIdentifierType.HW_ADDRESS, r.idType());
        assertArrayEquals(new byte[] {0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f}, r.identifier());
        assertEquals(Ipv4.parse("192.0.2.5"), r.ipAddress());
        assertArrayEquals("text".getBytes(), s.reservations().get(2).identifier());
        assertArrayEquals(new byte[] {(byte) 0xab, (byte) 0xcd}, s.reservations().get(3).identifier());
    }

    @Test
    void optionDataIsEncodedOnceWithStandardAndCustomDefinitions() throws Exception {
        Dhcp4Config c = parse("\"option-def\": [{\"name\": \"my-opt\", \"code\": 222, \"type\": \"uint16\"}],"
                + "\"option-data\": [{\"name\": \"domain-name-servers\", \"data\": \"192.0.2.1, 192.0.2.2\"},"
                + "{\"name\": \"my-opt\", \"data\": \"258\", \"always-send\": true},"
                + "{\"code\": 250, \"csv-format\": false, \"data\": \"0a0b\"}]");
        ConfiguredOption dns = c.globalOptions().get(0);
        assertEquals(6, dns.code());
        assertArrayEquals(new byte[] {(byte) 192, 0, 2, 1, (byte) 192, 0, 2, 2}, dns.payload());
        assertEquals(222, c.globalOptions().get(1).code());
        assertArrayEquals(new byte[] {1, 2}, c.globalOptions().get(1).payload());
        assertTrue(c.globalOptions().get(1).alwaysSend());
        assertArrayEquals(new byte[] {10, 11}, c.globalOptions().get(2).payload());
        assertTrue(c.optionDefinitions().byName("dhcp4", "my-opt").isPresent());
    }

    @Test
    void classesKeepTheirTestTextAndOrder() throws Exception {
        Dhcp4Config c = parse("\"client-classes\": [{\"name\": \"a\", \"test\": \"option[93].hex == 0x0007\"},"
                + "{\"name\": \"b\", \"test\": \"member('a')\", \"only-if-required\": true, \"valid-lifetime\": 60}]");
        assertEquals("option[93].hex == 0x0007", c.clientClasses().get(0).test());
        assertTrue(c.clientClasses().get(1).onlyIfRequired());
        assertEquals(60, c.clientClasses().get(1).validLifetime().def());
        assertNull(c.clientClasses().get(0).validLifetime());
    }

    @Test
    void sourceTreeIsKeptForConfigGet() throws Exception {
        Dhcp4Config c = parse("\"valid-lifetime\": 42");
        assertTrue(c.source().get("Dhcp4") instanceof JsonObject);
        assertEquals("{\"Dhcp4\":{\"valid-lifetime\":42}}", c.source().toString());
    }

    @Test
    void kea24AdditionsAreAcceptedWithAWarning() throws Exception {
        Dhcp4ConfigParser p = new Dhcp4ConfigParser().stateDirectory(dir).environment(SystemEnvironment.PERMISSIVE);
        Dhcp4Config c = p.parse("{\"Dhcp4\": {\"offer-lifetime\": 30, \"allocator\": \"random\", \"subnet4\": "
                + "[{\"subnet\": \"192.0.2.0/24\", \"pools\": [{\"pool\": \"192.0.2.1-192.0.2.9\", \"pool-id\": 7}]}]}}",
                "m.json");
        assertEquals(30, c.subnets().get(0).parameters().offerLifetime());
        assertEquals(7, c.subnets().get(0).pools().get(0).poolId());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("\"offer-lifetime\" is a Kea 2.4 parameter")));
    }
}
