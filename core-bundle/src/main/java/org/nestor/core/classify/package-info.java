/**
 * Client classification: Kea's expression language (parse once at configuration time, evaluate per packet) and
 * the assignment of classes in Kea's order. Must not know about sockets, leases or host storage.
 */
package org.nestor.core.classify;
