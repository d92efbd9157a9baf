/**
 * The plain-Java DHCPv4 server assembly: configuration, lease store, engine, sockets, timers, reload and stop.
 * Wires parts together through small factories; never parses packets or configuration itself, never uses OSGi.
 */
package org.nestor.core.server;
