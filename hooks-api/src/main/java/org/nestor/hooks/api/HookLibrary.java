package org.nestor.hooks.api;

import java.util.Map;

/**
 * A hook library as an OSGi service, named as Kea names the shared object without its extension
 * ({@code libdhcp_lease_cmds} serves {@code "library": "/usr/lib/x86_64-linux-gnu/kea/hooks/libdhcp_lease_cmds.so"}).
 * The server loads it with the {@code parameters} of its {@code hooks-libraries} entry (or of Config Admin, or none)
 * before its callouts are called, and unloads it when the entry goes or the server stops.
 */
public interface HookLibrary {
    /** @return the library's Kea name, without directory and {@code .so} */
    String name();

    /**
     * @param parameters the entry's {@code parameters} as JSON values: objects are {@code Map<String, Object>} (in
     *                   file order), arrays {@code List<Object>}, strings {@code String}, integers {@code Long},
     *                   other numbers {@code Double}, booleans {@code Boolean}, null {@code null}; empty when none
     * @throws HookLoadException when the parameters are wrong or the library cannot start: the configuration fails
     */
    void load(Map<String, Object> parameters) throws HookLoadException;

    /** Releases what {@link #load} took; called once per successful load. */
    void unload();

    /**
     * @return whether the library's callouts may run on several threads at once; with multi-threading enabled a
     *         library that is not is refused, as Kea refuses it
     */
    boolean multiThreadingCompatible();
}
