package org.nestor.core.wire;

/** DHCPv4 message types (option 53 values, RFC 2132 §9.6) with the names Kea's statistics use. */
public enum MessageType4 {
    DISCOVER(1, "discover"), OFFER(2, "offer"), REQUEST(3, "request"), DECLINE(4, "decline"), ACK(5, "ack"),
    NAK(6, "nak"), RELEASE(7, "release"), INFORM(8, "inform");

    private static final MessageType4[] BY_CODE = new MessageType4[9];

    static {
        for (MessageType4 t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final int code;
    private final String statName;
    private final String receivedStat;
    private final String sentStat;

    MessageType4(int code, String statName) {
        this.code = code;
        this.statName = statName;
        this.receivedStat = "pkt4-" + statName + "-received";
        this.sentStat = "pkt4-" + statName + "-sent";
    }

    /** @return the option 53 value */
    public int code() { return code; }

    /** @return the word Kea uses in statistic names such as {@code pkt4-discover-received} */
    public String statName() { return statName; }

    /** @return Kea's statistic counting received messages of this type: {@code pkt4-discover-received} */
    public String receivedStat() { return receivedStat; }

    /** @return Kea's statistic counting sent messages of this type: {@code pkt4-offer-sent} */
    public String sentStat() { return sentStat; }

    /** @return the type with that code, or null */
    public static MessageType4 of(int code) {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
