/**
 * The real-client suite over raw packet sockets: udhcpc, dhclient and dhcpcd, each in a namespace of its own, against
 * the distribution in raw mode. Prints one line per check and a summary; touches only namespaces it creates.
 */
package org.nestor.systest.rawlink;
