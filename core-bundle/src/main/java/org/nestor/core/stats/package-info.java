/**
 * Statistics under Kea's names with Kea's sample history, updated from the packet path and read by control
 * commands. Counting must not block; no JSON here (plain Java structures for the control plane to render).
 */
package org.nestor.core.stats;
