/**
 * The real-client suite: udhcpc, dhclient and dhcpcd against the distribution over raw sockets (obtain, renew,
 * INIT-REBOOT, release, decline, a persistent restart) and through dhcrelay in udp mode. Prints one line per check
 * and {@code rawlink: N passed, N failed}; touches only namespaces it creates and stops every client by its PID.
 */
package org.nestor.systest.rawlink;
