package org.nestor.hooks.api.packet;

import java.util.Set;

/**
 * A DHCPv4 packet as callouts see it, read-write: changes go into the server's packet. Addresses are IPv4 as
 * unsigned 32-bit ints ({@link org.nestor.hooks.api.lease.Ipv4#toText}); options are the raw data of one option
 * code (the server splits and joins long options). At {@code buffer4_receive} only {@link #buffer()} and the
 * transport methods are usable until the server decodes the packet; byte arrays are copies both ways.
 */
public interface Packet4 {
    /** @return the DHCP message type (option 53), 0 when absent */
    int messageType();

    /** @return the transaction id */
    int xid();

    /** @return the BOOTP op (1 request, 2 reply) */
    int op();

    /** @return the hardware type (1 Ethernet) */
    int htype();

    /** @return the client hardware address ({@code hlen} bytes of chaddr) */
    byte[] hwAddress();

    /** Replaces the client hardware address (hlen follows, at most 16 bytes). */
    void setHwAddress(byte[] address);

    /** @return the relay hop count */
    int hops();

    /** @return the flags field (0x8000 broadcast) */
    int flags();

    /** Sets the flags field. */
    void setFlags(int flags);

    /** @return client address */
    int ciaddr();

    /** @return "your" address */
    int yiaddr();

    /** Sets "your" address. */
    void setYiaddr(int address);

    /** @return next-server address */
    int siaddr();

    /** Sets the next-server address. */
    void setSiaddr(int address);

    /** @return relay address, 0 when not relayed */
    int giaddr();

    /** @return the option's data, null when absent */
    byte[] option(int code);

    /** Adds or replaces an option. */
    void setOption(int code, byte[] data);

    /** Removes an option. @return whether it was present */
    boolean removeOption(int code);

    /** @return the codes of the options present, in packet order */
    Set<Integer> optionCodes();

    /** @return a sub-option of the relay agent information (option 82, for example 1 circuit-id), null when absent */
    byte[] relayAgentSubOption(int code);

    /** @return the client classes of a query (ALL, KNOWN, ...); empty for a response */
    Set<String> classes();

    /** Adds the query to a client class (Kea's {@code addClass}); evaluated-later classes see it. */
    void addClass(String name);

    /** @return the source address (the query's sender, or the reply's server address) */
    int remoteAddress();

    /** @return the address the query was sent to, or the reply's destination */
    int localAddress();

    /** @return the interface the query came in on or the reply goes out of */
    String interfaceName();

    /** @return the wire bytes: the raw query at {@code buffer4_receive}, the packed response at {@code buffer4_send}; null otherwise */
    byte[] buffer();

    /** Replaces the wire bytes at {@code buffer4_receive} / {@code buffer4_send}. */
    void setBuffer(byte[] data);

    /** @return Kea's log label of the packet ({@code [hwtype=1 00:..], cid=[..], tid=0x..}) */
    String label();
}
