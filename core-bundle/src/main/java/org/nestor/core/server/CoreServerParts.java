package org.nestor.core.server;

import java.nio.file.Path;
import org.nestor.core.dhcp4.Dhcp4Engine;
import org.nestor.core.dhcp4.EnginePorts;
import org.nestor.core.dhcp4.ExpressionClientClassifier;
import org.nestor.core.hooks.HookConfigException;
import org.nestor.core.hooks.HooksManager;

/**
 * The one place where the real configuration parser, lease store and engine are bound to the server, for the
 * command line and the OSGi component alike.
 */
public final class CoreServerParts {
    private CoreServerParts() {
    }

    /**
     * The parts of a server outside the container (the plain-Java launcher): no hook library is available there,
     * so a configuration naming one fails with Kea's message instead of running without it.
     *
     * @param stateDirectory the instance's state directory: where a memfile without {@code name} keeps its leases
     * @return the core's implementations
     */
    public static ServerParts create(Path stateDirectory) {
        return create(stateDirectory, new HooksManager());
    }

    /**
     * @param stateDirectory as {@link #create(Path)}
     * @param hooks the server's hooks: each engine (start, reconfiguration) first applies the configuration's
     *              {@code hooks-libraries} to it, and a library nothing provides fails the start or reconfiguration;
     *              lease reclamation, configuration and commands call their hook points too
     * @return the core's implementations, calling the callouts of {@code hooks}
     */
    public static ServerParts create(Path stateDirectory, HooksManager hooks) {
        return new ServerParts(new ParserConfigLoader(stateDirectory),
                (config, context) -> MemfileLeaseBackend.open(config, context, hooks::table),
                (config, store, context) -> {
                    try {
                        hooks.configure(config.hooksLibraries(), config.multiThreading());
                    } catch (HookConfigException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                    return new Dhcp4Engine(config, store, context.stats(), context.clock(),
                            replyPorts(context.ports()), ExpressionClientClassifier::new, hooks);
                }, new HookedServerCalls(hooks));
    }

    /** kea-dhcp4's rule: {@code -P} (a client port other than 68) applies to replies to relays too. */
    static EnginePorts replyPorts(ServerPorts ports) {
        return EnginePorts.forClientPortFlag(ports.client() == ServerPorts.STANDARD.client() ? 0 : ports.client());
    }
}
