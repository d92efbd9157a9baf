package org.nestor.hooks.api.config;

import java.util.Map;

/**
 * The running DHCPv4 server's configuration, published as an OSGi service while the server runs. Values are JSON
 * values in the shapes of {@link org.nestor.hooks.api.HookLibrary#load}: objects are {@code Map<String, Object>} (in
 * file order), arrays {@code List<Object>}, strings {@code String}, integers {@code Long}, other numbers
 * {@code Double}, booleans {@code Boolean}. Thread-safe.
 */
public interface ServerConfiguration4 {
    /**
     * @return the configuration in force: the content of {@code Dhcp4} as {@code config-get} shows it, a deep copy
     *         the caller may change freely
     */
    Map<String, Object> current();

    /**
     * Changes the configuration in force: runs {@code edit} on a deep copy of {@link #current()} while holding the
     * server's configuration lock (so concurrent updates apply one after the other and none is lost), then checks
     * and applies the result atomically, exactly as {@code config-set} does: the same parser, the same reopening of
     * the parts that changed; leases are kept when the lease database did not change, hook libraries whose
     * {@code hooks-libraries} entry did not change keep running. Afterwards {@code config-get} shows the change and
     * {@code config-write} persists it. On any error nothing changes.
     *
     * @param edit the change, applied in place to the {@code Dhcp4} map it is given
     * @return the configuration now in force (as {@link #current()})
     * @throws ConfigurationRejectedException when {@code edit} refuses the change, or the server refuses the result
     *                                        (its text is Kea's reason, without a file position)
     */
    Map<String, Object> update(ConfigurationEdit edit) throws ConfigurationRejectedException;
}
