/**
 * End-to-end netboot checks: kea-dhcp4 and the Nestor distribution, in turn, serve real DHCP clients (udhcpc,
 * dhclient) posing as PXE, UEFI and iPXE firmware across a veth pair. Nothing here touches the host's network.
 */
package org.nestor.systest.netboot;
