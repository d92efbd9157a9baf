/**
 * Statistics under Kea's names, updated from the packet path and read by control commands. Must not block.
 */
package org.nestor.core.stats;
