package org.nestor.core.wire;

/** Decodes buffers into {@link Dhcp4Packet}s and encodes them back (RFC 2131, RFC 2132 overload, RFC 3396). */
public final class Dhcp4Codec {
    private Dhcp4Codec() {
    }

    /**
     * Decodes one DHCPv4/BOOTP message.
     *
     * @throws MalformedPacketException if the buffer is not a well-formed message
     */
    public static Dhcp4Packet decode(byte[] buf, int offset, int length) throws MalformedPacketException {
        throw new UnsupportedOperationException("not yet written");
    }

    /**
     * Encodes a message no larger than {@code maxSize} bytes (the client's option 57, or 576), moving options into
     * the file and sname fields (option 52) when they do not fit, and splitting options over 255 bytes.
     */
    public static byte[] encode(Dhcp4Packet packet, int maxSize) {
        throw new UnsupportedOperationException("not yet written");
    }
}
