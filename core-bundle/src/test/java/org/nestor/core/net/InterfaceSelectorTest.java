package org.nestor.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterfaceSelectorTest {
    private static final HostInterface LO = nic("lo", true, true, 0x7f000001, 8);
    private static final HostInterface ETH0 = nic("eth0", true, false, 0xc0000201, 24);
    private static final HostInterface ETH1_DOWN = nic("eth1", false, false, 0xc6336401, 24);
    private static final HostInterface DUMMY_NO_V4 = new HostInterface("dummy0", true, false, List.of());

    private final InterfaceSelector selector =
            new InterfaceSelector(() -> List.of(LO, ETH0, ETH1_DOWN, DUMMY_NO_V4));

    private static HostInterface nic(String name, boolean up, boolean loopback, int address, int length) {
        return new HostInterface(name, up, loopback, List.of(new HostInterface.Prefix(address, length)));
    }

    private List<String> names(List<String> entries) {
        return selector.select(entries).stream().map(ListenInterface::name).toList();
    }

    @Test
    void wildcardTakesEveryUsableInterfaceButLoopback() {
        assertEquals(List.of("eth0"), names(List.of("*")));
    }

    @Test
    void loopbackIsUsedWhenNamedBesideTheWildcard() {
        assertEquals(List.of("lo", "eth0"), names(List.of("*", "lo")));
    }

    @Test
    void downInterfaceIsSkippedEvenWhenNamed() {
        assertEquals(List.of("eth0"), names(List.of("eth1", "eth0")));
    }

    @Test
    void addressAfterTheSlashBecomesTheInterfacesAddress() {
        ListenInterface eth0 = selector.select(List.of("eth0/192.0.2.1")).get(0);
        assertEquals(0xc0000201, eth0.address());
        assertEquals(true, eth0.isOnLink(0xc00002fe));
    }

    @Test
    void addressTheInterfaceDoesNotHaveIsAnError() {
        TransportException e = assertThrows(TransportException.class,
                () -> selector.select(List.of("eth0/192.0.2.99")));
        assertEquals("Failed to select unicast address: interface 'eth0' doesn't have address 192.0.2.99",
                e.getMessage());
    }

    @Test
    void malformedAddressIsAnError() {
        assertThrows(TransportException.class, () -> selector.select(List.of("eth0/192.0.2")));
    }

    @Test
    void duplicateEntriesOpenOneSocket() {
        assertEquals(List.of("eth0"), names(List.of("eth0", "eth0/192.0.2.1", "*")));
    }
}
