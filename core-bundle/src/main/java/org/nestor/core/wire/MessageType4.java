package org.nestor.core.wire;

/** DHCPv4 message types (option 53 values, RFC 2132 §9.6) with the names Kea's statistics use. */
public enum MessageType4 {
    DISCOVER(1, "discover"), OFFER(2, "offer"), REQUEST(3, "request"), DECLINE(4, "decline"), ACK(5, "ack"),
    NAK(6, "nak"), RELEASE(7, "release"), INFORM(8, "inform");

    private final int code;
    private final String statName;

    MessageType4(int code, String statName) {
        this.code = code;
        this.statName = statName;
    }

    /** @return the option 53 value */
    public int code() { return code; }

    /** @return the word Kea uses in statistic names such as {@code pkt4-discover-received} */
    public String statName() { return statName; }

    /** @return the type with that code, or null */
    public static MessageType4 of(int code) {
        for (MessageType4 t : values()) {
            if (t.code == code) return t;
        }
        return null;
    }
}
