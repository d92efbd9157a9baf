/**
 * The OSGi edge of the DHCPv4 server: a Declarative Services component that runs a plain {@code Dhcp4Server}
 * from Configuration Admin or system properties, the components feeding hook services into the hooks manager, and
 * Karaf's feature installer for hook libraries. Only wiring here; no server logic.
 */
package org.nestor.core.osgi;
