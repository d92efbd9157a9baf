package org.nestor.core.server;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.control.ConfigRejectedException;
import org.nestor.core.control.ServerControl;
import org.nestor.core.control.ServerStatus;
import org.nestor.core.json.JsonObject;
import org.nestor.core.net.SocketState;
import org.nestor.core.net.TransportSettings;
import org.nestor.core.stats.StatsManager;

/** What the built-in control commands see of a {@link Dhcp4Server}. */
final class ServerControlAdapter implements ServerControl {
    private final Dhcp4Server server;

    ServerControlAdapter(Dhcp4Server server) {
        this.server = server;
    }

    @Override
    public JsonObject configuration() {
        return server.config().source();
    }

    @Override
    public Path configFile() {
        return server.configFile();
    }

    @Override
    public void testConfiguration(JsonObject root) throws ConfigRejectedException {
        try {
            server.check(root);
        } catch (InvalidConfigException e) {
            throw new ConfigRejectedException(e.getMessage());
        }
    }

    @Override
    public void applyConfiguration(JsonObject root) throws ConfigRejectedException {
        try {
            server.applyTree(root);
        } catch (InvalidConfigException e) {
            throw new ConfigRejectedException(e.getMessage());
        }
    }

    @Override
    public void reloadConfiguration() throws ConfigRejectedException {
        try {
            server.reloadFrom(server.configFile());
        } catch (ServerStartException e) {
            throw new ConfigRejectedException(e.getMessage());
        }
    }

    @Override
    public void reclaimExpiredLeases(boolean remove) {
        LeaseBackend leases = server.leases();
        if (leases != null) {
            leases.reclaimNow(remove);
        }
    }

    @Override
    public void shutdown(int exitValue) {
        server.shutdown(exitValue);
    }

    @Override
    public String serverTag() {
        return server.config().serverTag();
    }

    @Override
    public ServerStatus status() {
        Dhcp4Config config = server.config();
        Instant now = server.context().clock().instant();
        TransportSettings transport = server.parts().transportSettings(config);
        SocketState sockets = server.socketState();
        return new ServerStatus(ProcessHandle.current().pid(), seconds(server.startedAt(), now),
                seconds(server.reloadedAt(), now), config.multiThreading(), transport.workerThreads(),
                transport.queueCapacity(), sockets.status(), sockets.errors());
    }

    private static long seconds(Instant from, Instant to) {
        return from == null ? 0 : Duration.between(from, to).toSeconds();
    }

    @Override
    public StatsManager stats() {
        return server.context().stats();
    }
}
