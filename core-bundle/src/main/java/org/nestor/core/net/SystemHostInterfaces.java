package org.nestor.core.net;

import java.net.Inet4Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The host's interfaces as the JDK reports them. */
public final class SystemHostInterfaces implements HostInterfaces {

    @Override
    public List<HostInterface> list() {
        List<HostInterface> out = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                List<HostInterface.Prefix> prefixes = new ArrayList<>();
                for (InterfaceAddress a : nic.getInterfaceAddresses()) {
                    if (a.getAddress() instanceof Inet4Address v4) {
                        prefixes.add(new HostInterface.Prefix(Ipv4Text.toInt(v4), a.getNetworkPrefixLength()));
                    }
                }
                out.add(new HostInterface(nic.getName(), nic.isUp(), nic.isLoopback(), prefixes));
            }
        } catch (SocketException e) {
            throw new TransportException("failed to detect network interfaces: " + e.getMessage());
        }
        return out;
    }
}
