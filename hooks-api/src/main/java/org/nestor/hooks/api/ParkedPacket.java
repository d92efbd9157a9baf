package org.nestor.hooks.api;

/**
 * A ticket for a packet a callout parked ({@link CalloutHandle#park()}). Thread-safe; each method acts once, later
 * calls (and calls after the server dropped the packet on timeout) do nothing.
 */
public interface ParkedPacket {
    /** Releases this ticket; the packet goes on when every ticket of it is resumed (Kea's {@code unpark}). */
    void resume();

    /** Drops the packet (Kea's {@code drop}): no reply is sent. */
    void drop();

    /** @return whether the packet is still held */
    boolean isParked();
}
