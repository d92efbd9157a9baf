/**
 * Kea's {@code Dhcp4} configuration: parsing with positions, validation with Kea's messages, and the validated
 * immutable model the engine runs on. Must not open sockets or touch leases.
 */
package org.nestor.core.config;
