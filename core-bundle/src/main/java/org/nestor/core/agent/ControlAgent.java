package org.nestor.core.agent;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.nestor.core.control.CommandChannel;
import org.nestor.core.control.http.HttpControlServer;
import org.nestor.core.server.NestorVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running control agent: the HTTP(S) listener, the services it forwards to, and its own commands. Services
 * come from {@code control-sockets} (UNIX sockets) and from channels given at start (the in-process daemon when
 * the agent runs inside Nestor's container), the latter taking precedence.
 */
public final class ControlAgent implements AgentRuntime, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("kea-ctrl-agent.ctrl-agent");

    private final Map<String, CommandChannel> inProcess;
    private final Instant startedAt = Instant.now();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile AgentConfig config;
    private volatile Map<String, CommandChannel> services;
    private volatile Instant configuredAt;
    private HttpControlServer server;

    private ControlAgent(Map<String, CommandChannel> inProcess) {
        this.inProcess = Map.copyOf(inProcess);
    }

    /**
     * Starts an agent.
     *
     * @param inProcess services answered in this JVM (for example {@code dhcp4} to the daemon's dispatcher)
     * @throws IOException when the listener cannot start (address in use, unreadable TLS files)
     */
    public static ControlAgent start(AgentConfig config, Map<String, CommandChannel> inProcess) throws IOException {
        ControlAgent agent = new ControlAgent(inProcess);
        agent.install(config);
        LOG.info("CTRL_AGENT_STARTED Kea Control Agent version {} started", NestorVersion.version());
        return agent;
    }

    /** Reads {@code file} and starts an agent on it. */
    public static ControlAgent start(Path file, Map<String, CommandChannel> inProcess)
            throws IOException, org.nestor.core.config.ConfigException {
        return start(new AgentConfigParser().parseFile(file), inProcess);
    }

    private synchronized void install(AgentConfig next) throws IOException {
        Map<String, CommandChannel> routes = new HashMap<>();
        next.controlSockets().forEach((name, path) -> routes.put(name, new UnixSocketChannel(name, path)));
        routes.putAll(inProcess);
        if (server == null || !server.settings().equals(next.http())) {
            AgentResponder responder = new AgentResponder(new AgentCommands(this), () -> services);
            HttpControlServer started = HttpControlServer.start(next.http(), responder, "kea-ctrl-agent");
            if (server != null) {
                server.close();
            }
            server = started;
            InetSocketAddress a = started.address();
            LOG.info("CTRL_AGENT_HTTP{}_SERVICE_STARTED HTTP{} service bound to address {}:{}",
                    next.http().tls().isPresent() ? "S" : "", next.http().tls().isPresent() ? "S" : "",
                    a.getAddress().getHostAddress(), a.getPort());
        }
        services = Map.copyOf(routes);
        config = next;
        configuredAt = Instant.now();
    }

    /**
     * A new listener is started before the old one is closed, so a listener change that cannot bind (for example
     * the same port with new TLS files) leaves the old one serving; a change of only the services or credentials of
     * the same address is rebound on a worker thread after the answer has gone out.
     */
    @Override
    public void apply(AgentConfig next) throws IOException {
        if (server != null && !server.settings().equals(next.http()) && sameAddress(next)) {
            Thread rebind = new Thread(() -> rebindLater(next), "nestor-ctrl-agent-rebind");
            rebind.start();
            return;
        }
        install(next);
    }

    private boolean sameAddress(AgentConfig next) {
        return server.settings().host().equals(next.http().host()) && server.settings().port() == next.http().port();
    }

    private void rebindLater(AgentConfig next) {
        AgentConfig previous = config;
        synchronized (this) {
            server.close();
            server = null;
            try {
                install(next);
            } catch (IOException e) {
                LOG.error("DCTL_CONFIG_FAILED Control-agent configuration failed: {}", e.getMessage());
                try {
                    install(previous);
                } catch (IOException again) {
                    LOG.error("DCTL_CONFIG_FAILED Control-agent configuration failed: {}", again.getMessage());
                }
            }
        }
    }

    @Override
    public AgentConfig config() {
        return config;
    }

    @Override
    public void shutdown() {
        Thread stop = new Thread(this::close, "nestor-ctrl-agent-stop");
        stop.start();
    }

    @Override
    public Instant configuredAt() {
        return configuredAt;
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }

    /** @return where the listener is bound */
    public synchronized InetSocketAddress address() {
        return server.address();
    }

    /** Waits until the agent is closed (shutdown command or {@link #close()}). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (server != null) {
                server.close();
                server = null;
            }
        }
        if (stopped.getCount() > 0) {
            LOG.info("DCTL_SHUTDOWN Control-agent has shut down, pid: {}, version: {}", ProcessHandle.current().pid(),
                    NestorVersion.version());
        }
        stopped.countDown();
    }
}
