package org.nestor.core.classify;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.nestor.core.wire.Dhcp4Packet;

/** Builds DHCPv4 queries and evaluation contexts for the classification tests. */
final class TestPackets {
    private TestPackets() {
    }

    /** A DISCOVER from 01:02:03:04:05:06, xid 0x12345678, relayed through 192.0.2.1. */
    static Dhcp4Packet discover() {
        Dhcp4Packet p = new Dhcp4Packet();
        p.xid = 0x12345678;
        p.giaddr = 0xc0000201;
        System.arraycopy(new byte[] {1, 2, 3, 4, 5, 6}, 0, p.chaddr, 0, 6);
        p.options.put(53, new byte[] {1});
        return p;
    }

    static Dhcp4Packet withOption(Dhcp4Packet p, int code, byte... payload) {
        p.options.put(code, payload);
        return p;
    }

    static Dhcp4Packet withText(Dhcp4Packet p, int code, String text) {
        return withOption(p, code, text.getBytes(StandardCharsets.UTF_8));
    }

    static PacketEvalContext context(Dhcp4Packet p, String... classes) {
        PacketEvalContext c = new PacketEvalContext(p, "eth0", address("192.0.2.1"), address("192.0.2.254"), 300);
        c.classes().addAll(Set.of(classes));
        return c;
    }

    static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static byte[] hex(String digits) {
        byte[] b = new byte[digits.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        return b;
    }
}
