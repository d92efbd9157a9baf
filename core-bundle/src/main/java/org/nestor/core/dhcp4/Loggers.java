package org.nestor.core.dhcp4;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Kea's DHCPv4 logger names, so operators' {@code loggers} settings apply unchanged. */
final class Loggers {
    static final Logger DHCP4 = LoggerFactory.getLogger("kea-dhcp4.dhcp4");
    static final Logger PACKETS = LoggerFactory.getLogger("kea-dhcp4.packets");
    static final Logger LEASES = LoggerFactory.getLogger("kea-dhcp4.leases");
    static final Logger BAD_PACKETS = LoggerFactory.getLogger("kea-dhcp4.bad-packets");
    static final Logger DDNS = LoggerFactory.getLogger("kea-dhcp4.ddns");
    static final Logger HOOKS = LoggerFactory.getLogger("kea-dhcp4.hooks");

    private Loggers() {
    }
}
