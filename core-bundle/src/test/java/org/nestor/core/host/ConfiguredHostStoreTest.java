package org.nestor.core.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
