package org.nestor.core.wire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** Loads the captured packets under {@code src/test/resources/wire/} and compares decoded packets. */
public final class Captures {
    public static final String[] ALL = {"udhcpc-discover", "udhcpc-request", "kea-ack", "dhclient-discover",
        "dhclient-request", "perfdhcp-discover", "kea-offer-relayed", "kea-offer-options"};

    private Captures() {
    }

    public static byte[] load(String name) {
        try (InputStream in = Captures.class.getResourceAsStream("/wire/" + name + ".hex")) {
            if (in == null) {
                throw new IllegalStateException("missing capture " + name);
            }
            String hex = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
            byte[] b = new byte[hex.length() / 2];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            return b;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Dhcp4Packet decode(String name) throws MalformedPacketException {
        byte[] b = load(name);
        return Dhcp4Codec.decode(b, 0, b.length);
    }

    /** @return a description of the first difference between two packets, or null when they are the same */
    public static String difference(Dhcp4Packet a, Dhcp4Packet b) {
        int[] fa = {a.op, a.htype, a.hlen, a.hops, a.xid, a.secs, a.flags, a.ciaddr, a.yiaddr, a.siaddr, a.giaddr};
        int[] fb = {b.op, b.htype, b.hlen, b.hops, b.xid, b.secs, b.flags, b.ciaddr, b.yiaddr, b.siaddr, b.giaddr};
        if (!Arrays.equals(fa, fb)) {
            return "fixed fields " + Arrays.toString(fa) + " vs " + Arrays.toString(fb);
        }
        if (!Arrays.equals(a.chaddr, b.chaddr) || !a.sname.equals(b.sname) || !a.file.equals(b.file)) {
            return "chaddr/sname/file differ";
        }
        if (!a.options.keySet().equals(b.options.keySet())) {
            return "option codes " + a.options.keySet() + " vs " + b.options.keySet();
        }
        for (Map.Entry<Integer, byte[]> e : a.options.entrySet()) {
            if (!Arrays.equals(e.getValue(), b.options.get(e.getKey()))) {
                return "option " + e.getKey() + " differs";
            }
        }
        return null;
    }
}
