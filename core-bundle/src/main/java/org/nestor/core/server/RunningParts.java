package org.nestor.core.server;

import java.io.IOException;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.control.ControlSocketManager;
import org.nestor.core.net.DatagramHandler;
import org.nestor.core.net.Dhcp4Transport;
import org.nestor.core.net.TransportSettings;
import org.slf4j.LoggerFactory;

/**
 * Opens and closes the parts that depend on the configuration: lease store, engine, sockets. Each step throws
 * {@link PartFailure} with an operator-readable reason, so the server can roll back.
 */
final class RunningParts {
    private static final int DEFAULT_QUEUE = 64;

    private final ServerParts parts;
    private final ServerContext context;

    RunningParts(ServerParts parts, ServerContext context) {
        this.parts = parts;
        this.context = context;
    }

    LeaseBackend openLeases(Dhcp4Config config) throws PartFailure {
        try {
            return parts.leaseStores().open(config, context);
        } catch (IOException | RuntimeException e) {
            throw new PartFailure("failed to open lease database: " + e.getMessage());
        }
    }

    DatagramHandler buildEngine(Dhcp4Config config, LeaseBackend leases) throws PartFailure {
        try {
            return parts.engines().create(config, leases.store(), context);
        } catch (RuntimeException e) {
            throw new PartFailure("failed to build the DHCPv4 engine: " + e.getMessage());
        }
    }

    Dhcp4Transport openTransport(Dhcp4Config config, DatagramHandler engine) throws PartFailure {
        try {
            return Dhcp4Transport.open(transportSettings(config), engine,
                    () -> context.stats().add("pkt4-receive-drop", 1));
        } catch (RuntimeException e) {
            throw new PartFailure(e.getMessage());
        }
    }

    /** Opens the control socket {@code config} names if it differs from the one served now. */
    ControlSocketManager.Change prepareControlSocket(ControlSocketManager sockets, Dhcp4Config config)
            throws PartFailure {
        try {
            return sockets.prepare(config.controlSocket());
        } catch (IOException | RuntimeException e) {
            throw new PartFailure("failed to open the control socket: " + e.getMessage());
        }
    }

    TransportSettings transportSettings(Dhcp4Config config) {
        boolean mt = config.multiThreading();
        int threads = !mt ? 1 : config.threadPoolSize() > 0 ? config.threadPoolSize()
                : Runtime.getRuntime().availableProcessors();
        int queue = mt && config.packetQueueSize() > 0 ? config.packetQueueSize() : DEFAULT_QUEUE;
        var interfaces = config.interfacesConfig();
        return new TransportSettings(interfaces.interfaces(), interfaces.socketType(), context.ports().server(),
                interfaces.serviceSocketsRequireAll(), threads, queue);
    }

    static void closeEngine(DatagramHandler engine) {
        if (engine instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LoggerFactory.getLogger("kea-dhcp4.dhcp4").warn("DHCP4_SHUTDOWN engine did not close cleanly: {}",
                        e.toString());
            }
        }
    }

    /** One part could not be opened; the message is for the operator. */
    static final class PartFailure extends Exception {
        private static final long serialVersionUID = 1L;

        PartFailure(String message) {
            super(message);
        }
    }
}
