package org.nestor.core.dhcp4;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.SharedNetwork4;
import org.nestor.core.config.Subnet4;
import org.nestor.core.net.InboundDatagram;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.RelayAgentInfo;

/**
 * Kea's DHCPv4 subnet selection: RAI link-selection or subnet-selection option, else relay addresses and giaddr
 * for relayed queries; for direct ones the interface name, ciaddr, the source address, then the address of the
 * interface the query came in on. Subnets (and their shared networks) whose {@code client-class} the client is not
 * in are skipped.
 */
final class SubnetSelector {
    private static final int SUBNET_SELECTION_OPTION = 118;

    private final List<Subnet4> subnets;
    private final Map<String, SharedNetwork4> networks = new HashMap<>();

    SubnetSelector(Dhcp4Config config) {
        this.subnets = config.subnets();
        for (SharedNetwork4 n : config.sharedNetworks()) {
            networks.put(n.name(), n);
        }
    }

    /** @return the shared network of a subnet, if it has one */
    Optional<SharedNetwork4> network(Subnet4 s) {
        return Optional.ofNullable(networks.get(s.sharedNetwork()));
    }

    /** @return whether the client's classes allow the subnet and its shared network */
    boolean allowed(Subnet4 s, Set<String> classes) {
        if (!s.clientClass().isEmpty() && !classes.contains(s.clientClass())) {
            return false;
        }
        SharedNetwork4 n = networks.get(s.sharedNetwork());
        return n == null || n.clientClass().isEmpty() || classes.contains(n.clientClass());
    }

    Optional<Subnet4> select(Dhcp4Packet q, InboundDatagram in, Set<String> classes) {
        int selectAddress = RelayInfo.address(q, RelayAgentInfo.LINK_SELECTION);
        if (selectAddress == 0) {
            selectAddress = Bytes.address(q.option(SUBNET_SELECTION_OPTION));
        }
        if (selectAddress != 0) {
            return inRange(selectAddress, classes);
        }
        if (q.giaddr != 0) {
            Optional<Subnet4> byRelay = byRelayAddress(q.giaddr, classes);
            return byRelay.isPresent() ? byRelay : inRange(q.giaddr, classes);
        }
        Optional<Subnet4> byInterface = byInterface(in.interfaceName(), classes);
        if (byInterface.isPresent()) {
            return byInterface;
        }
        if (q.ciaddr != 0) {
            return inRange(q.ciaddr, classes);
        }
        if (in.sourceAddress() != 0 && in.sourceAddress() != -1) {
            return inRange(in.sourceAddress(), classes);
        }
        return inRange(in.interfaceAddress(), classes);
    }

    private Optional<Subnet4> inRange(int address, Set<String> classes) {
        if (address == 0) {
            return Optional.empty();
        }
        for (Subnet4 s : subnets) {
            if (s.inRange(address) && allowed(s, classes)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private Optional<Subnet4> byRelayAddress(int giaddr, Set<String> classes) {
        for (Subnet4 s : subnets) {
            SharedNetwork4 n = networks.get(s.sharedNetwork());
            boolean match = s.relayAddresses().contains(giaddr)
                    || (n != null && n.relayAddresses().contains(giaddr));
            if (match && allowed(s, classes)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private Optional<Subnet4> byInterface(String name, Set<String> classes) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        for (Subnet4 s : subnets) {
            SharedNetwork4 n = networks.get(s.sharedNetwork());
            boolean match = name.equals(s.interfaceName()) || (n != null && name.equals(n.interfaceName()));
            if (match && allowed(s, classes)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** @return the subnets a client may get a lease from: the selected one, then the others of its network */
    List<Subnet4> candidates(Subnet4 selected, Set<String> classes) {
        if (selected.sharedNetwork().isEmpty()) {
            return List.of(selected);
        }
        List<Subnet4> out = new ArrayList<>();
        out.add(selected);
        for (Subnet4 s : subnets) {
            if (s != selected && s.sharedNetwork().equals(selected.sharedNetwork()) && allowed(s, classes)) {
                out.add(s);
            }
        }
        return out;
    }
}
