package org.nestor.core.config;

import java.util.List;

/**
 * A shared network: several subnets on one link.
 *
 * @param name its name
 * @param interfaceName {@code interface}, empty when not set
 * @param relayAddresses {@code relay.ip-addresses}
 * @param clientClass only clients in this class may use it; empty = any
 * @param requireClientClasses {@code only-if-required} classes evaluated for it
 * @param options shared network option-data
 * @param subnetIds ids of its subnets, in configuration order
 */
public record SharedNetwork4(String name, String interfaceName, List<Integer> relayAddresses, String clientClass,
                             List<String> requireClientClasses, List<ConfiguredOption> options,
                             List<Long> subnetIds) {
}
