/**
 * Option definitions (standard DHCPv4 options with Kea's names and types, custom option-def) and the encoding of
 * option values from Kea's csv-format text. Must not know about packets' processing.
 */
package org.nestor.core.wire.options;
