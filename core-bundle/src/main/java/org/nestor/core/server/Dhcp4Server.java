package org.nestor.core.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.time.Instant;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.control.BuiltinCommands;
import org.nestor.core.control.CommandDispatcher;
import org.nestor.core.control.ControlSocketManager;
import org.nestor.core.control.DhcpServiceState;
import org.nestor.core.control.http.HttpControlSockets;
import org.nestor.core.json.JsonObject;
import org.nestor.core.net.SocketState;
import org.nestor.core.stats.StatsManager;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DHCPv4 server instance in plain Java: loads the configuration, opens the lease store, builds the engine,
 * opens the sockets and starts the timers; reloads (SIGHUP, config-reload) keeping the running configuration when
 * the new one fails; stops cleanly. Logs Kea's lifecycle messages. Serves Kea's control commands through
 * {@link #commands()} and, on the UNIX and HTTP(S) sockets of {@code control-socket} / {@code control-sockets}. Thread-safe.
 */
public final class Dhcp4Server {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.dhcp4");

    private final ServerSettings settings;
    private final ServerParts parts;
    private final ServerContext context;
    private final RunningParts opener;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CommandDispatcher commands = new CommandDispatcher();
    private final DhcpServiceState serviceState = new DhcpServiceState(this::serviceSwitched);
    private final NetworkStateView networkState = new NetworkStateView(serviceState);
    private final ControlSocketManager controlSocket = new ControlSocketManager(commands);
    private final HttpControlSockets httpSockets = new HttpControlSockets(commands, "kea-dhcp4");
    private final ActiveParts active;
    private volatile int exitValue;
    private volatile boolean shutdownRequested;

    private PidFile pidFile;
    private Path configFile;
    private volatile Dhcp4Config config;
    private boolean running;
    private Instant startedAt;
    private Instant reloadedAt;

    public Dhcp4Server(ServerSettings settings, ServerParts parts) {
        this(settings, parts, new ServerContext(new StatsManager(), Clock.systemUTC(), settings.ports(),
                settings.stateDirectory()));
    }

    public Dhcp4Server(ServerSettings settings, ServerParts parts, ServerContext context) {
        this.settings = settings;
        this.parts = parts;
        this.context = context;
        this.opener = new RunningParts(parts, context);
        this.active = new ActiveParts(opener);
        opener.onRequiredSocketsFailed(() -> shutdown(1));
        this.configFile = settings.configFile();
        BuiltinCommands.register(commands, new ServerControlAdapter(this), serviceState, NestorVersion.texts());
        if (parts.hooks() != ServerHooks.NONE) {
            commands.setProcessedHook(parts.hooks()::commandProcessed);
        }
        parts.hooks().registerCommands(commands);
    }

    /**
     * Starts the server; returns once it serves.
     *
     * @throws ServerStartException when it cannot (already running, bad configuration, lease store or sockets);
     *                              the reason has been logged and nothing is left open
     */
    public synchronized void start() throws ServerStartException {
        if (running) {
            return;
        }
        LOG.info("DHCP4_STARTING Nestor DHCPv4 server version {} starting", NestorVersion.version());
        acquirePidFile();
        try {
            config = load(configFile);
            active.open(config);
            opener.prepareControlSockets(controlSocket, httpSockets, config, baseOf(configFile)).commit();
            String refused = parts.hooks().configured(config, networkState);
            if (refused != null) {
                throw new RunningParts.PartFailure(refused);
            }
        } catch (RunningParts.PartFailure e) {
            closeAll();
            LOG.error("DHCP4_INIT_FAIL failed to initialize Nestor server: {}", e.getMessage());
            throw new ServerStartException(e.getMessage());
        } catch (ServerStartException e) {
            closeAll();
            LOG.error("DHCP4_INIT_FAIL failed to initialize Nestor server: {}", e.getMessage());
            throw e;
        }
        startedAt = context.clock().instant();
        reloadedAt = startedAt;
        running = true;
        logConfigComplete(config);
        LOG.info("DHCP4_STARTED Nestor DHCPv4 server version {} started", NestorVersion.version());
    }

    private void acquirePidFile() throws ServerStartException {
        if (settings.pidDirectory() == null) {
            return;
        }
        try {
            pidFile = PidFile.acquire(settings.pidDirectory(), configFile);
        } catch (PidFile.AlreadyRunningException e) {
            LOG.error("DHCP4_ALREADY_RUNNING {}", e.getMessage());
            throw new ServerStartException(e.getMessage());
        } catch (IOException e) {
            LOG.error("DHCP4_INIT_FAIL failed to initialize Nestor server: cannot write pid file: {}", e.toString());
            throw new ServerStartException("cannot write pid file: " + e.getMessage());
        }
    }

    /** Loads a file, logging DHCP4_CONFIG_LOAD_FAIL when it is invalid. */
    private Dhcp4Config load(Path file) throws ServerStartException {
        try {
            return parts.configLoader().load(file);
        } catch (InvalidConfigException e) {
            LOG.error("DHCP4_CONFIG_LOAD_FAIL configuration error using file: {}, reason: {}", file, e.getMessage());
            throw new ServerStartException("configuration error using file '" + file + "': " + e.getMessage());
        }
    }

    /**
     * Re-reads the configuration from {@code file} and applies it. When the file is invalid or a part cannot be
     * reopened the running configuration stays in force.
     *
     * @return whether the new configuration is now in use
     */
    public synchronized boolean reload(Path file) {
        try {
            reloadFrom(file);
            return true;
        } catch (ServerStartException e) {
            return false;
        }
    }

    /**
     * {@link #reload(Path)} telling why it failed.
     *
     * @throws ServerStartException with the reason (Kea's {@code configuration error using file '...': ...})
     */
    synchronized void reloadFrom(Path file) throws ServerStartException {
        if (!running) {
            throw new ServerStartException("the server is not running");
        }
        LOG.info("DHCP4_DYNAMIC_RECONFIGURATION initiate server reconfiguration using file: {}, after receiving "
                + "SIGHUP signal or config-reload command", file);
        try {
            apply(load(file), baseOf(file));
        } catch (ServerStartException | RunningParts.PartFailure e) {
            if (e instanceof RunningParts.PartFailure) {
                LOG.error("DHCP4_CONFIG_LOAD_FAIL configuration error using file: {}, reason: {}", file,
                        e.getMessage());
            }
            LOG.error("DHCP4_DYNAMIC_RECONFIGURATION_FAIL dynamic server reconfiguration failed with file: {}",
                    file);
            throw e instanceof ServerStartException sse ? sse : new ServerStartException(e.getMessage());
        }
        configFile = file;
        logConfigComplete(config);
        LOG.info("DHCP4_DYNAMIC_RECONFIGURATION_SUCCESS dynamic server reconfiguration succeeded with file: {}",
                file);
    }

    /**
     * Applies a configuration tree ({@code {"Dhcp4": {...}}}, config-set) atomically: when it is invalid or a part
     * cannot be reopened the configuration in force stays.
     *
     * @throws InvalidConfigException when the tree is refused, with Kea's message and position
     */
    synchronized void applyTree(JsonObject root) throws InvalidConfigException {
        if (!running) {
            throw new InvalidConfigException("the server is not running", null);
        }
        Dhcp4Config next = parts.configLoader().load(root);
        try {
            apply(next, baseOf(configFile));
        } catch (RunningParts.PartFailure e) {
            LOG.error("DHCP4_CONFIG_LOAD_FAIL configuration error using command: {}", e.getMessage());
            throw new InvalidConfigException(e.getMessage(), e);
        }
        logConfigComplete(config);
    }

    /** Re-reads the file the server runs from (SIGHUP). */
    public boolean reload() {
        return reload(configFile());
    }

    private void apply(Dhcp4Config next, Path base) throws RunningParts.PartFailure {
        ControlSocketManager.Change socketChange = opener.prepareControlSockets(controlSocket, httpSockets, next,
                base);
        try {
            active.apply(next);
        } catch (RunningParts.PartFailure | RuntimeException e) {
            socketChange.rollback();
            throw e;
        }
        String refused = parts.hooks().configured(next, networkState);
        if (refused != null) {
            restore(config);
            socketChange.rollback();
            throw new RunningParts.PartFailure(refused);
        }
        socketChange.commit();
        config = next;
        reloadedAt = context.clock().instant();
    }

    /** Puts back the configuration in force after a {@code dhcp4_srv_configured} callout refused the next one. */
    private void restore(Dhcp4Config previous) {
        try {
            active.apply(previous);
        } catch (RunningParts.PartFailure | RuntimeException e) {
            LOG.error("DHCP4_CONFIG_UNRECOVERABLE_ERROR DHCPv4 server new configuration failed with an error which "
                    + "cannot be recovered: {}", e.getMessage());
        }
    }

    /** From {@link DhcpServiceState}, outside the server's lock: applies the service state to the engine. */
    private void serviceSwitched(boolean enabled) {
        active.setServiceEnabled(enabled);
    }

    private static void logConfigComplete(Dhcp4Config config) {
        LOG.info("DHCP4_CONFIG_COMPLETE DHCPv4 server has completed configuration: added IPv4 subnets: {}; "
                + "DDNS: disabled", config.subnets().size());
    }

    /** Closes the sockets, the engine and the lease store, removes the pid file. Idempotent. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        LOG.info("DHCP4_SHUTDOWN_REQUEST shutdown of server requested");
        closeAll();
        serviceState.close();
        LOG.info("DHCP4_SHUTDOWN server shutdown");
        stopped.countDown();
    }

    /** @return the directory relative paths in {@code file} start from */
    private static Path baseOf(Path file) {
        Path parent = file == null ? null : file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }

    private void closeAll() {
        controlSocket.close();
        httpSockets.close();
        active.close();
        if (pidFile != null) {
            pidFile.release();
        }
        pidFile = null;
    }

    /**
     * The {@code shutdown} command: the server stops on another thread (so the answer goes out first) and the
     * process that owns it ends with {@code value}.
     */
    void shutdown(int value) {
        exitValue = value;
        shutdownRequested = true;
        Thread stopper = new Thread(this::stop, "nestor-dhcp4-shutdown");
        stopper.start();
    }

    /** @return whether a {@code shutdown} command stopped (or is stopping) the server */
    public boolean shutdownRequested() {
        return shutdownRequested;
    }

    /** @return the {@code exit-value} of the {@code shutdown} command, 0 otherwise */
    public int exitValue() {
        return exitValue;
    }

    /**
     * @return the command channel every transport (UNIX socket, HTTP, console) hands requests to; hook bundles
     *         register their commands on it
     */
    public CommandDispatcher commands() {
        return commands;
    }

    /** @return the DHCP service's enabled state (dhcp-disable / dhcp-enable, HA) */
    public DhcpServiceState serviceState() {
        return serviceState;
    }

    /** @return the control socket file served now, or null */
    public synchronized Path controlSocketPath() {
        return controlSocket.path();
    }

    /** @return the addresses of the HTTP(S) control sockets served now ({@code control-sockets}) */
    public synchronized List<InetSocketAddress> httpControlAddresses() {
        return httpSockets.addresses();
    }

    synchronized Instant startedAt() {
        return startedAt;
    }

    synchronized Instant reloadedAt() {
        return reloadedAt;
    }

    synchronized LeaseBackend leases() {
        return active.leases();
    }

    /** config-test: validates a tree without applying it. */
    void check(JsonObject root) throws InvalidConfigException {
        parts.configLoader().load(root);
    }

    RunningParts parts() {
        return opener;
    }

    /** Waits until {@link #stop()} has finished. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** @return whether it stopped within the timeout */
    public boolean awaitStop(long timeout, TimeUnit unit) throws InterruptedException {
        return stopped.await(timeout, unit);
    }

    public synchronized boolean isRunning() {
        return running;
    }

    /** @return the configuration in force */
    public synchronized Dhcp4Config config() {
        return config;
    }

    /**
     * @return the configuration in force without taking the server's lock (for services other threads call while a
     *         reconfiguration may hold it), null before the first start
     */
    public Dhcp4Config configNow() {
        return config;
    }

    /** @return the lease store in use, null when stopped; without the server's lock, like {@link #configNow()} */
    public LeaseStore4 leaseStoreNow() {
        LeaseBackend backend = active.leases();
        return backend == null ? null : backend.store();
    }

    /** @return the file the configuration in force came from */
    public synchronized Path configFile() {
        return configFile;
    }

    public ServerContext context() {
        return context;
    }

    /** @return the UDP port the server listens on, 0 when not running */
    public synchronized int port() {
        return active.port();
    }

    /** @return the interfaces with an open socket */
    public synchronized List<String> interfaces() {
        return active.interfaces();
    }

    /** @return the service sockets' state as status-get reports it; not under the lock (retries change it) */
    public SocketState socketState() {
        return active.socketState();
    }
}
