/**
 * Views of the server's packets and subnets that callouts read and change: {@link org.nestor.hooks.api.packet.Packet4},
 * {@link org.nestor.hooks.api.packet.SubnetView4}. Interfaces only, implemented by the core; no core types here.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.nestor.hooks.api.packet;
