package org.nestor.core.wire;

/**
 * Formats packet identities the way Kea's log messages print them:
 * {@code [hwtype=1 aa:bb:cc:dd:ee:ff], cid=[01:aa:bb:cc:dd:ee:ff], tid=0x5c3b}.
 */
public final class PacketLabel {
    /** Option code of the client identifier. */
    public static final int CLIENT_ID = 61;

    private PacketLabel() {
    }

    /**
     * @return an object whose {@code toString()} is {@link #of(Dhcp4Packet) the label}, formatted when first asked
     *         for: log calls whose level is off never pay for it
     */
    public static Object lazy(Dhcp4Packet p) {
        return new Object() {
            private String text;

            @Override
            public String toString() {
                if (text == null) {
                    text = of(p);
                }
                return text;
            }
        };
    }

    /** @return {@code [hwtype=H hex], cid=[hex or no info], tid=0xX}: Kea's packet label */
    public static String of(Dhcp4Packet p) {
        return "[" + hwaddr(p) + "], cid=[" + clientId(p) + "], tid=0x" + tid(p.xid);
    }

    /** @return {@code hwtype=1 aa:bb:cc:dd:ee:ff} (the hwtype alone when hlen is 0) */
    public static String hwaddr(Dhcp4Packet p) {
        return hwaddr(p.htype, p.hwAddress());
    }

    /** @return {@code hwtype=T xx:xx:..} for a hardware type and address */
    public static String hwaddr(int htype, byte[] address) {
        return "hwtype=" + htype + " " + colonHex(address);
    }

    /** @return the client identifier (option 61) in colon hex, or {@code no info} */
    public static String clientId(Dhcp4Packet p) {
        byte[] cid = p.option(CLIENT_ID);
        return cid == null || cid.length == 0 ? "no info" : colonHex(cid);
    }

    /** @return the transaction id in lower-case hex without leading zeros, as Kea prints it after {@code 0x} */
    public static String tid(int xid) {
        return Integer.toHexString(xid);
    }

    /** @return {@code aa:bb:..}, lower case, two digits per byte; empty for no bytes */
    public static String colonHex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            if (sb.length() > 0) {
                sb.append(':');
            }
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }

    /** @return Kea's name of a message type ({@code DHCPDISCOVER}, ...), or {@code UNKNOWN} */
    public static String typeName(int messageType) {
        MessageType4 t = MessageType4.of(messageType);
        return t == null ? "UNKNOWN" : "DHCP" + t.name();
    }
}
