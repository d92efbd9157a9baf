package org.nestor.systest.diff;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;

/** Builds client messages for the scenarios: a fluent wrapper over a {@link Dhcp4Packet} BOOTREQUEST. */
final class Query {
    private final Dhcp4Packet packet = new Dhcp4Packet();

    private Query(int type, String mac) {
        packet.op = Dhcp4Packet.BOOTREQUEST;
        packet.xid = ThreadLocalRandom.current().nextInt();
        byte[] hw = HexFormat.ofDelimiter(":").parseHex(mac);
        packet.hlen = hw.length;
        System.arraycopy(hw, 0, packet.chaddr, 0, hw.length);
        packet.options.put(53, new byte[] {(byte) type});
    }

    static Query discover(String mac) {
        return new Query(MessageType4.DISCOVER.code(), mac);
    }

    /** A REQUEST in SELECTING state: requested address and server identifier. */
    static Query select(String mac, String address) {
        return new Query(MessageType4.REQUEST.code(), mac).ip(50, address).ip(54, "127.0.0.1");
    }

    /** A REQUEST in INIT-REBOOT state: requested address, no server identifier, no ciaddr. */
    static Query initReboot(String mac, String address) {
        return new Query(MessageType4.REQUEST.code(), mac).ip(50, address);
    }

    /** A REQUEST in RENEWING state: ciaddr only. */
    static Query renew(String mac, String address) {
        return new Query(MessageType4.REQUEST.code(), mac).ciaddr(address);
    }

    static Query release(String mac, String address) {
        return new Query(MessageType4.RELEASE.code(), mac).ciaddr(address).ip(54, "127.0.0.1");
    }

    static Query decline(String mac, String address) {
        return new Query(MessageType4.DECLINE.code(), mac).ip(50, address).ip(54, "127.0.0.1");
    }

    static Query inform(String mac, String ciaddr) {
        return new Query(MessageType4.INFORM.code(), mac).ciaddr(ciaddr);
    }

    /** Adds or replaces an option with a raw payload. */
    Query option(int code, byte... payload) {
        packet.options.put(code, payload);
        return this;
    }

    /** Adds or replaces an option with a text payload (ASCII). */
    Query text(int code, String value) {
        return option(code, value.getBytes(StandardCharsets.US_ASCII));
    }

    /** Adds or replaces an option with one IPv4 address. */
    Query ip(int code, String address) {
        return option(code, Addresses.bytes(address));
    }

    /** Option 61 with a hex payload such as {@code 01:02:00:00:00:04:02}. */
    Query clientId(String hex) {
        return option(61, HexFormat.ofDelimiter(":").parseHex(hex));
    }

    /** Option 55 asking for {@code codes}. */
    Query parameters(int... codes) {
        byte[] b = new byte[codes.length];
        for (int i = 0; i < codes.length; i++) {
            b[i] = (byte) codes[i];
        }
        return option(55, b);
    }

    Query ciaddr(String address) {
        packet.ciaddr = Addresses.toInt(address);
        return this;
    }

    Query broadcast() {
        packet.flags |= Dhcp4Packet.FLAG_BROADCAST;
        return this;
    }

    /** @return the packet as relayed by {@code relay}: giaddr set and one hop counted */
    Dhcp4Packet relayedBy(String relay) {
        packet.giaddr = Addresses.toInt(relay);
        packet.hops = 1;
        return packet;
    }
}
