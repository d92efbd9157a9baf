package org.nestor.hooks.api.config;

import java.util.Map;

/** One change of the configuration, run by {@link ServerConfiguration4#update} under the configuration lock. */
@FunctionalInterface
public interface ConfigurationEdit {
    /**
     * Changes {@code dhcp4} in place. Must be quick and must not call back into {@link ServerConfiguration4}.
     *
     * @param dhcp4 a deep, mutable copy of the {@code Dhcp4} map in force
     * @throws ConfigurationRejectedException to refuse the change (nothing is applied), with the answer's result
     *                                        code and Kea's text
     */
    void edit(Map<String, Object> dhcp4) throws ConfigurationRejectedException;
}
