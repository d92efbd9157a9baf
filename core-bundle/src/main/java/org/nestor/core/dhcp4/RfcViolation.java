package org.nestor.core.dhcp4;

/** A query breaks RFC 2131 in a way Kea drops with DHCP4_PACKET_DROP_0007; the message says how. */
final class RfcViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RfcViolation(String message) {
        super(message);
    }
}
