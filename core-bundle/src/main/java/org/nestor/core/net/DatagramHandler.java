package org.nestor.core.net;

import java.util.function.Consumer;

/**
 * What the transport hands received datagrams to. The handler may answer at once or later from another thread
 * (a parked packet), through {@code send}; it never throws.
 */
public interface DatagramHandler {
    /**
     * @param in the received datagram
     * @param send where to put the answer, called at most once
     */
    void handle(InboundDatagram in, Consumer<OutboundDatagram> send);
}
