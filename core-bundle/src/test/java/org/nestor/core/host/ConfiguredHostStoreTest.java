package org.nestor.core.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.core.config.HostIdentifierType;
import org.nestor.core.config.Reservation4;
import org.nestor.core.config.Subnet4;
import org.nestor.core.dhcp4.ConfigFixture;
import org.nestor.hooks.api.lease.Ipv4;

class ConfiguredHostStoreTest {
    @Test
    void reservationsAreFoundByIdentifierAndAddressInTheirOwnScopeOnly() {
        byte[] mac = {0, 1, 2, 3, 4, 5};
        ConfigFixture f = new ConfigFixture();
        Subnet4 s = ConfigFixture.subnet(7, "192.0.2.0", 24, List.of(), ConfigFixture.params());
        f.subnets.add(ConfigFixture.with(s, List.of(ConfigFixture.hwReservation(mac, "192.0.2.5", "a")), List.of()));
        f.globalReservations.add(new Reservation4(HostIdentifierType.CLIENT_ID, new byte[] {1, 2}, 0, "g",
                List.of("gold"), List.of(), 0, "", ""));
        ConfiguredHostStore store = new ConfiguredHostStore(f.build());
        assertEquals("a", store.get(7, HostIdentifierType.HW_ADDRESS, mac).orElseThrow().hostname());
        assertTrue(store.get(Host4.GLOBAL, HostIdentifierType.HW_ADDRESS, mac).isEmpty());
        assertEquals(7, store.getByAddress(7, Ipv4.parse("192.0.2.5")).orElseThrow().subnetId());
        assertTrue(store.getByAddress(8, Ipv4.parse("192.0.2.5")).isEmpty());
        assertEquals(List.of("gold"),
                store.get(Host4.GLOBAL, HostIdentifierType.CLIENT_ID, new byte[] {1, 2}).orElseThrow()
                        .clientClasses());
    }

    @Test
    void manyReservationsAreEachFoundByTheirOwnKeyOnly() {
        ConfigFixture f = new ConfigFixture();
        List<Reservation4> in1 = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            in1.add(ConfigFixture.hwReservation(new byte[] {2, 0, 0, 0, (byte) (i >> 8), (byte) i},
                    Ipv4.toText(Ipv4.parse("198.51.100.0") + i), "h" + i));
        }
        Subnet4 s1 = ConfigFixture.subnet(1, "198.51.100.0", 22, List.of(), ConfigFixture.params());
        Subnet4 s2 = ConfigFixture.subnet(2, "203.0.113.0", 24, List.of(), ConfigFixture.params());
        f.subnets.add(ConfigFixture.with(s1, in1, List.of()));
        f.subnets.add(ConfigFixture.with(s2, List.of(ConfigFixture.hwReservation(new byte[] {2, 0, 0, 0, 0, 7},
                "203.0.113.7", "other")), List.of()));
        ConfiguredHostStore store = new ConfiguredHostStore(f.build());
        for (int i = 0; i < 300; i++) {
            byte[] mac = {2, 0, 0, 0, (byte) (i >> 8), (byte) i};
            assertEquals("h" + i, store.get(1, HostIdentifierType.HW_ADDRESS, mac).orElseThrow().hostname());
            assertEquals("h" + i, store.getByAddress(1, Ipv4.parse("198.51.100.0") + i).orElseThrow().hostname());
        }
        assertEquals("other", store.get(2, HostIdentifierType.HW_ADDRESS, new byte[] {2, 0, 0, 0, 0, 7})
                .orElseThrow().hostname());
        assertTrue(store.get(1, HostIdentifierType.CLIENT_ID, new byte[] {2, 0, 0, 0, 0, 7}).isEmpty());
        assertTrue(store.get(1, HostIdentifierType.HW_ADDRESS, new byte[] {2, 0, 0, 0, 0}).isEmpty());
        assertTrue(store.getByAddress(2, Ipv4.parse("198.51.100.7")).isEmpty());
    }
}
