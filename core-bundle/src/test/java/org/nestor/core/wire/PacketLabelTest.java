package org.nestor.core.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PacketLabelTest {

    @Test
    void transactionIdHasNoLeadingZerosAsInKeaLogs() {
        assertEquals("0", PacketLabel.tid(0));
        assertEquals("ff00", PacketLabel.tid(0xff00));
        assertEquals("deadbeef", PacketLabel.tid(0xdeadbeef));
    }

    @Test
    void missingClientIdIsNoInfo() {
        Dhcp4Packet p = new Dhcp4Packet();
        p.chaddr[0] = (byte) 0xaa;
        assertEquals("[hwtype=1 aa:00:00:00:00:00], cid=[no info], tid=0x0", PacketLabel.of(p));
    }

    @Test
    void messageTypesUseKeaNames() {
        assertEquals("DHCPDISCOVER", PacketLabel.typeName(1));
        assertEquals("DHCPINFORM", PacketLabel.typeName(8));
        assertEquals("UNKNOWN", PacketLabel.typeName(99));
    }
}
