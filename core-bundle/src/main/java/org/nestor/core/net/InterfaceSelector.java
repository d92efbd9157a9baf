package org.nestor.core.net;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@code interfaces-config.interfaces} into the interfaces to listen on, the way Kea does: {@code "*"} means
 * every interface except loopback ones (which must be named), a named interface that does not exist is a
 * configuration error, an interface that is down or has no IPv4 address is skipped with a warning.
 */
public final class InterfaceSelector {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.dhcpsrv");

    private final HostInterfaces host;

    public InterfaceSelector(HostInterfaces host) {
        this.host = host;
    }

    /**
     * @param entries the configured entries
     * @return the interfaces to open sockets on, without duplicates, in configuration order
     * @throws TransportException when an entry names an interface or address this host does not have
     */
    public List<ListenInterface> select(List<String> entries) {
        Map<String, HostInterface> byName = new LinkedHashMap<>();
        host.list().forEach(i -> byName.put(i.name(), i));
        Map<String, ListenInterface> chosen = new LinkedHashMap<>();
        boolean wildcard = false;
        for (String entry : entries) {
            InterfaceSpec spec = InterfaceSpec.parse(entry);
            if (spec.isWildcard()) {
                wildcard = true;
                continue;
            }
            HostInterface nic = byName.get(spec.name());
            if (nic == null) {
                throw new TransportException("Failed to select interface: interface '" + spec.name()
                        + "' doesn't exist in the system");
            }
            int address = nic.primaryAddress();
            if (spec.address().isPresent()) {
                address = spec.address().getAsInt();
                if (!nic.hasAddress(address)) {
                    throw new TransportException("Failed to select unicast address: interface '" + spec.name()
                            + "' doesn't have address " + Ipv4Text.format(address));
                }
            }
            LOG.info("DHCPSRV_CFGMGR_ADD_IFACE listening on interface {}", spec.name());
            addUsable(chosen, nic, address);
        }
        if (wildcard) {
            LOG.debug("DHCPSRV_CFGMGR_ALL_IFACES_ACTIVE enabling listening on all interfaces");
            for (HostInterface nic : byName.values()) {
                if (!nic.loopback() && !chosen.containsKey(nic.name())) {
                    addUsable(chosen, nic, nic.primaryAddress());
                }
            }
        }
        return new ArrayList<>(chosen.values());
    }

    private static void addUsable(Map<String, ListenInterface> chosen, HostInterface nic, int address) {
        if (chosen.containsKey(nic.name())) {
            return;
        }
        if (!nic.up()) {
            LOG.warn("DHCPSRV_OPEN_SOCKET_FAIL failed to open socket: the interface {} is down", nic.name());
        } else if (nic.addresses().isEmpty()) {
            LOG.warn("DHCPSRV_OPEN_SOCKET_FAIL failed to open socket: the interface {} has no usable IPv4 "
                    + "addresses configured", nic.name());
        } else {
            chosen.put(nic.name(), new ListenInterface(nic.name(), address, nic.addresses()));
        }
    }
}
