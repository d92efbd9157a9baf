package org.nestor.core.hooks;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MalformedPacketException;
import org.nestor.core.wire.PacketLabel;
import org.nestor.core.wire.RelayAgentInfo;
import org.nestor.hooks.api.packet.Packet4;

/**
 * The read-write {@link Packet4} view of a core {@link Dhcp4Packet}. Before decoding (at {@code buffer4_receive})
 * it has only the wire bytes; {@link #decoded} attaches the packet.
 */
public final class Packet4View implements Packet4 {
    private Dhcp4Packet packet;
    private byte[] buffer;
    private final int remote;
    private final int local;
    private final String iface;
    private final Supplier<Set<String>> classes;
    private final Set<String> added = new LinkedHashSet<>();

    /**
     * @param packet the packet, null before decoding
     * @param buffer the wire bytes, null when not at a buffer point
     * @param remote the sender (query) or the server address (reply)
     * @param local the destination
     * @param iface the interface
     * @param classes the query's classes as the server has them now (empty for a reply)
     */
    public Packet4View(Dhcp4Packet packet, byte[] buffer, int remote, int local, String iface,
                       Supplier<Set<String>> classes) {
        this.packet = packet;
        this.buffer = buffer;
        this.remote = remote;
        this.local = local;
        this.iface = iface;
        this.classes = classes;
    }

    /** Attaches the decoded packet (after {@code buffer4_receive}). */
    public void decoded(Dhcp4Packet decoded) {
        this.packet = decoded;
    }

    /** @return the classes callouts added (the server adds them to the query's) */
    public Set<String> addedClasses() {
        return added;
    }

    private Dhcp4Packet p() {
        if (packet == null) {
            throw new IllegalStateException("the packet is not decoded yet (buffer4_receive): use buffer()");
        }
        return packet;
    }

    @Override public int messageType() { return p().messageType(); }
    @Override public int xid() { return p().xid; }
    @Override public int op() { return p().op; }
    @Override public int htype() { return p().htype; }
    @Override public byte[] hwAddress() { return p().hwAddress(); }
    @Override public int hops() { return p().hops; }
    @Override public int flags() { return p().flags; }
    @Override public void setFlags(int flags) { p().flags = flags & 0xffff; }
    @Override public int ciaddr() { return p().ciaddr; }
    @Override public int yiaddr() { return p().yiaddr; }
    @Override public void setYiaddr(int address) { p().yiaddr = address; }
    @Override public int siaddr() { return p().siaddr; }
    @Override public void setSiaddr(int address) { p().siaddr = address; }
    @Override public int giaddr() { return p().giaddr; }
    @Override public int remoteAddress() { return remote; }
    @Override public int localAddress() { return local; }
    @Override public String interfaceName() { return iface; }

    @Override
    public void setHwAddress(byte[] address) {
        if (address.length > 16) {
            throw new IllegalArgumentException("a hardware address has at most 16 bytes");
        }
        Dhcp4Packet q = p();
        q.chaddr = Arrays.copyOf(address, 16);
        q.hlen = address.length;
    }

    @Override
    public byte[] option(int code) {
        byte[] data = p().option(code);
        return data == null ? null : data.clone();
    }

    @Override
    public void setOption(int code, byte[] data) {
        p().options.put(code, data.clone());
    }

    @Override
    public boolean removeOption(int code) {
        return p().options.remove(code) != null;
    }

    @Override
    public Set<Integer> optionCodes() {
        return Set.copyOf(new LinkedHashSet<>(p().options.keySet()));
    }

    @Override
    public byte[] relayAgentSubOption(int code) {
        byte[] rai = p().option(RelayAgentInfo.OPTION_CODE);
        if (rai == null) {
            return null;
        }
        try {
            byte[] sub = RelayAgentInfo.parse(rai).get(code);
            return sub == null ? null : sub.clone();
        } catch (MalformedPacketException e) {
            return null;
        }
    }

    @Override
    public Set<String> classes() {
        Set<String> all = new LinkedHashSet<>(classes.get());
        all.addAll(added);
        return all;
    }

    @Override
    public void addClass(String name) {
        added.add(name);
    }

    @Override
    public byte[] buffer() {
        return buffer == null ? null : buffer.clone();
    }

    @Override
    public void setBuffer(byte[] data) {
        if (buffer == null) {
            throw new IllegalStateException("the wire bytes are only at buffer4_receive and buffer4_send");
        }
        buffer = data.clone();
    }

    /** @return the wire bytes as the callouts left them */
    public byte[] wireBytes() {
        return buffer;
    }

    @Override
    public String label() {
        return packet == null ? "" : PacketLabel.of(packet);
    }
}
