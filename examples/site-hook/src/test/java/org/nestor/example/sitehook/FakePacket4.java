package org.nestor.example.sitehook;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.nestor.hooks.api.packet.Packet4;

/** A query as a callout sees it, with only what the site hook reads: type, MAC, relay sub-options, classes. */
final class FakePacket4 implements Packet4 {
    private final int type;
    private final byte[] mac;
    private final Map<Integer, byte[]> relaySubOptions = new HashMap<>();
    final Set<String> classes = new LinkedHashSet<>(Set.of("ALL"));

    FakePacket4(int type, String mac) {
        this.type = type;
        this.mac = MacPrefixTest.bytes(mac);
    }

    FakePacket4 relayed(int subOption, byte[] data) {
        relaySubOptions.put(subOption, data);
        return this;
    }

    @Override public int messageType() { return type; }
    @Override public byte[] hwAddress() { return mac.clone(); }
    @Override public byte[] relayAgentSubOption(int code) { return relaySubOptions.get(code); }
    @Override public Set<String> classes() { return Set.copyOf(classes); }
    @Override public void addClass(String name) { classes.add(name); }
    @Override public String label() { return "[hwtype=1 " + java.util.HexFormat.ofDelimiter(":").formatHex(mac) + "]"; }

    @Override public int xid() { throw new UnsupportedOperationException(); }
    @Override public int op() { throw new UnsupportedOperationException(); }
    @Override public int htype() { throw new UnsupportedOperationException(); }
    @Override public void setHwAddress(byte[] address) { throw new UnsupportedOperationException(); }
    @Override public int hops() { throw new UnsupportedOperationException(); }
    @Override public int flags() { throw new UnsupportedOperationException(); }
    @Override public void setFlags(int flags) { throw new UnsupportedOperationException(); }
    @Override public int ciaddr() { throw new UnsupportedOperationException(); }
    @Override public int yiaddr() { throw new UnsupportedOperationException(); }
    @Override public void setYiaddr(int address) { throw new UnsupportedOperationException(); }
    @Override public int siaddr() { throw new UnsupportedOperationException(); }
    @Override public void setSiaddr(int address) { throw new UnsupportedOperationException(); }
    @Override public int giaddr() { throw new UnsupportedOperationException(); }
    @Override public byte[] option(int code) { throw new UnsupportedOperationException(); }
    @Override public void setOption(int code, byte[] data) { throw new UnsupportedOperationException(); }
    @Override public boolean removeOption(int code) { throw new UnsupportedOperationException(); }
    @Override public Set<Integer> optionCodes() { throw new UnsupportedOperationException(); }
    @Override public int remoteAddress() { throw new UnsupportedOperationException(); }
    @Override public int localAddress() { throw new UnsupportedOperationException(); }
    @Override public String interfaceName() { throw new UnsupportedOperationException(); }
    @Override public byte[] buffer() { throw new UnsupportedOperationException(); }
    @Override public void setBuffer(byte[] data) { throw new UnsupportedOperationException(); }
}
