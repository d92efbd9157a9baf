package org.nestor.core.wire;

/** A received buffer is not a valid DHCP message; the message says which part is wrong. Never leaves the decoder's caller. */
public class MalformedPacketException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the packet */
    public MalformedPacketException(String message) {
        super(message);
    }
}
