package org.nestor.core.wire;

import java.util.Map;

/**
 * A DHCPv4 message (RFC 2131 §2) decoded: fixed fields plus options by code.
 * <p>
 * Options hold their payload only (no code, no length), long options already concatenated (RFC 3396) and
 * options carried in overloaded sname/file already merged. Insertion order is kept and is the order the encoder
 * writes. Addresses are unsigned 32-bit values in ints. Mutable: the engine builds replies in one.
 */
public final class Dhcp4Packet {
    /** BOOTREQUEST op code. */
    public static final int BOOTREQUEST = 1;
    /** BOOTREPLY op code. */
    public static final int BOOTREPLY = 2;
    /** The broadcast bit of the flags field. */
    public static final int FLAG_BROADCAST = 0x8000;

    public int op = BOOTREQUEST;
    public int htype = 1;
    public int hlen = 6;
    public int hops;
    public int xid;
    public int secs;
    public int flags;
    public int ciaddr;
    public int yiaddr;
    public int siaddr;
    public int giaddr;
    /** Client hardware address field: always 16 bytes; the first {@code hlen} are the address. */
    public byte[] chaddr = new byte[16];
    /** Server host name field (up to 64 bytes, text). */
    public String sname = "";
    /** Boot file name field (up to 128 bytes, text). */
    public String file = "";
    /** Options by code, payload only, in wire order. Pad (0) and End (255) are never stored. */
    public final Map<Integer, byte[]> options = new OptionMap();

    /** @return the DHCP message type (option 53), or 0 when absent (BOOTP) */
    public int messageType() {
        byte[] t = option(53);
        return t == null || t.length != 1 ? 0 : t[0] & 0xff;
    }

    /** @return the hardware address: the first {@code hlen} bytes of chaddr (at most 16) */
    public byte[] hwAddress() {
        int n = Math.max(0, Math.min(hlen, 16));
        byte[] hw = new byte[n];
        System.arraycopy(chaddr, 0, hw, 0, n);
        return hw;
    }

    /** @return the payload of option {@code code}, or null */
    public byte[] option(int code) {
        return ((OptionMap) options).get(code);
    }

    /** @return true when the broadcast flag is set */
    public boolean broadcastFlag() {
        return (flags & FLAG_BROADCAST) != 0;
    }
}
