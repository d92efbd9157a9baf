package org.nestor.core.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nestor.core.config.ConfigException;
import org.nestor.core.config.ControlSocketConfig;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.control.ControlSocketManager;
import org.nestor.core.control.http.HttpControlSettings;
import org.nestor.core.control.http.HttpControlSockets;
import org.nestor.core.control.http.HttpSettingsParser;
import org.nestor.core.control.http.PasswordFiles;
import org.nestor.core.net.DatagramHandler;
import org.nestor.core.net.Dhcp4Transport;
import org.nestor.core.net.HostInterfaces;
import org.nestor.core.net.SystemHostInterfaces;
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
    private volatile Runnable requiredSocketsFailed = () -> { };

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

    /**
     * What happens when {@code service-sockets-max-retries} are exhausted with {@code service-sockets-require-all}:
     * Kea shuts down (exit status 1).
     */
    void onRequiredSocketsFailed(Runnable action) {
        requiredSocketsFailed = action;
    }

    Dhcp4Transport openTransport(Dhcp4Config config, DatagramHandler engine) throws PartFailure {
        return openTransport(config, engine, new SystemHostInterfaces());
    }

    /** Opens the sockets on the interfaces {@code host} reports (see {@link #interfacesFor}). */
    Dhcp4Transport openTransport(Dhcp4Config config, DatagramHandler engine, HostInterfaces host)
            throws PartFailure {
        Dhcp4Transport transport;
        try {
            transport = Dhcp4Transport.open(transportSettings(config), engine,
                    context.stats().counter("pkt4-receive-drop")::increment, host);
        } catch (RuntimeException e) {
            throw new PartFailure(e.getMessage());
        }
        if (config.interfacesConfig().serviceSocketsRequireAll()) {
            transport.onSocketsFailed(() -> requiredSocketsFailed.run());
        }
        if (config.leaseDatabase() != null && config.leaseDatabase().syncCommits()) {
            transport.receiveBatch(new LeaseCommitBatch());
        }
        return transport;
    }

    /**
     * {@code re-detect} (Kea's default true): a reconfiguration detects the interfaces again; with false it keeps
     * the interfaces detected when {@code current} was opened.
     */
    static HostInterfaces interfacesFor(Dhcp4Config next, Dhcp4Transport current) {
        return next.interfacesConfig().reDetect() || current == null ? new SystemHostInterfaces()
                : HostInterfaces.fixed(current.detectedInterfaces());
    }

    /**
     * @return whether {@code current} can keep serving {@code next}: same {@code interfaces-config} and the same
     *         interfaces detected in {@code host}
     */
    static boolean keepsSockets(Dhcp4Config config, Dhcp4Config next, Dhcp4Transport current, HostInterfaces host) {
        return Objects.equals(config.interfacesConfig(), next.interfacesConfig())
                && host.list().equals(current.detectedInterfaces());
    }

    /**
     * Opens the control sockets {@code config} names ({@code control-socket}, {@code control-sockets}) that are
     * not served yet; relative TLS and password file paths start from {@code base}.
     */
    ControlSocketManager.Change prepareControlSockets(ControlSocketManager unix, HttpControlSockets http,
                                                      Dhcp4Config config, Path base) throws PartFailure {
        List<Path> paths = new ArrayList<>();
        List<HttpControlSettings> endpoints = new ArrayList<>();
        try {
            HttpSettingsParser parser = new HttpSettingsParser(base, new PasswordFiles(false));
            if (config.controlSocket() != null) {
                paths.add(Path.of(config.controlSocket().socketName()));
            }
            for (ControlSocketConfig entry : config.controlSockets()) {
                if (entry.unix()) {
                    paths.add(Path.of(entry.socketName()));
                } else {
                    endpoints.add(parser.controlSocket(entry.entry()));
                }
            }
        } catch (ConfigException e) {
            throw new PartFailure(e.getMessage());
        }
        ControlSocketManager.Change unixChange;
        try {
            unixChange = unix.prepare(paths);
        } catch (IOException | RuntimeException e) {
            throw new PartFailure("failed to open the control socket: " + e.getMessage());
        }
        try {
            return unixChange.and(http.prepare(endpoints));
        } catch (IOException | RuntimeException e) {
            unixChange.rollback();
            throw new PartFailure("failed to open the HTTP control socket: " + e.getMessage());
        }
    }

    TransportSettings transportSettings(Dhcp4Config config) {
        boolean mt = config.multiThreading();
        int threads = !mt ? 1 : config.threadPoolSize() > 0 ? config.threadPoolSize()
                : Runtime.getRuntime().availableProcessors();
        int queue = mt && config.packetQueueSize() > 0 ? config.packetQueueSize() : DEFAULT_QUEUE;
        var interfaces = config.interfacesConfig();
        return new TransportSettings(interfaces.interfaces(), interfaces.socketType(), context.ports().server(),
                interfaces.serviceSocketsRequireAll(), threads, queue).withServiceSockets(
                interfaces.outboundInterface(), interfaces.serviceSocketsRetryWaitTime(),
                interfaces.serviceSocketsMaxRetries()).withInline(!mt);
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
