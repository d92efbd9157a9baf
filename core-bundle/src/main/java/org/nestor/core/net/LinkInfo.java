package org.nestor.core.net;

import java.net.NetworkInterface;
import java.net.SocketException;

/**
 * What a packet socket needs to know about an interface: its kernel index and its Ethernet address (all zeros for
 * interfaces without one, such as loopback).
 *
 * @param index the kernel interface index
 * @param mac the 6-byte hardware address
 */
record LinkInfo(int index, byte[] mac) {

    /** @throws TransportException when the interface does not exist (any more) */
    static LinkInfo of(String name) {
        try {
            NetworkInterface nic = NetworkInterface.getByName(name);
            if (nic == null) {
                throw new TransportException("interface '" + name + "' doesn't exist in the system");
            }
            byte[] hw = nic.getHardwareAddress();
            return new LinkInfo(nic.getIndex(), hw != null && hw.length == 6 ? hw : new byte[6]);
        } catch (SocketException e) {
            throw new TransportException("cannot read interface '" + name + "': " + e.getMessage());
        }
    }
}
