package org.nestor.core.dhcp4;

import java.util.Optional;
import org.nestor.core.wire.Dhcp4Packet;

/** Processes one kind of client message once the query is classified and its subnet selected. */
interface MessageHandler {
    /** @return the reply to send, or empty when nothing is sent */
    Optional<Dhcp4Packet> handle(QueryContext ctx);
}
