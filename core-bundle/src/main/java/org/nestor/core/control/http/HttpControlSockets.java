package org.nestor.core.control.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.nestor.core.control.CommandChannel;
import org.nestor.core.control.ControlSocketManager.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon's own HTTP(S) control sockets (Kea 3's {@code control-sockets} entries of type http/https), kept in
 * line with the configuration in two steps like the UNIX sockets: {@link #prepare} starts the endpoints the new
 * configuration adds and keeps the unchanged ones; commit stops the ones no longer wanted, rollback stops the new
 * ones. An endpoint whose settings change on the same address and port is stopped before its replacement starts
 * (the port cannot be bound twice) and restarted on rollback. Not thread-safe: the server calls it under its lock.
 */
public final class HttpControlSockets implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.dhcp4");

    private final ControlResponder responder;
    private final String daemon;
    private List<HttpControlServer> current = new ArrayList<>();

    /**
     * @param commands where every command goes (answers are lists, as kea-shell and the agent expect)
     * @param daemon the daemon name in HTTP logs ({@code kea-dhcp4})
     */
    public HttpControlSockets(CommandChannel commands, String daemon) {
        this.responder = new ChannelResponder(commands);
        this.daemon = daemon;
    }

    /**
     * @param wanted the endpoints of the new configuration
     * @throws IOException when one cannot start (port in use, bad certificate); the endpoints in force still serve
     */
    public Change prepare(List<HttpControlSettings> wanted) throws IOException {
        List<HttpControlServer> kept = new ArrayList<>();
        List<HttpControlServer> displaced = new ArrayList<>();
        List<HttpControlServer> opened = new ArrayList<>();
        try {
            for (HttpControlSettings settings : wanted) {
                HttpControlServer same = find(settings);
                if (same != null) {
                    kept.add(same);
                    continue;
                }
                for (HttpControlServer s : current) {
                    if (sameEndpoint(s.settings(), settings) && !displaced.contains(s)) {
                        s.close();
                        displaced.add(s);
                    }
                }
                opened.add(HttpControlServer.start(settings, responder, daemon));
            }
        } catch (IOException | RuntimeException e) {
            opened.forEach(HttpControlServer::close);
            restart(displaced);
            throw e;
        }
        return new Switch(kept, displaced, opened);
    }

    /** @return the addresses served now (the real port when the configuration asked for port 0) */
    public List<InetSocketAddress> addresses() {
        return current.stream().map(HttpControlServer::address).toList();
    }

    /** Stops every endpoint. */
    @Override
    public void close() {
        current.forEach(HttpControlServer::close);
        current = new ArrayList<>();
    }

    private HttpControlServer find(HttpControlSettings settings) {
        return settings.port() == 0 ? null
                : current.stream().filter(s -> s.settings().equals(settings)).findFirst().orElse(null);
    }

    private static boolean sameEndpoint(HttpControlSettings a, HttpControlSettings b) {
        return a.port() != 0 && a.port() == b.port() && a.host().equals(b.host());
    }

    private void restart(List<HttpControlServer> displaced) {
        for (HttpControlServer s : displaced) {
            try {
                current.set(current.indexOf(s), HttpControlServer.start(s.settings(), responder, daemon));
            } catch (IOException | RuntimeException e) {
                current.remove(s);
                LOG.error("DHCP4_CONFIG_LOAD_FAIL cannot restart the HTTP control socket on {}:{}: {}",
                        s.settings().host(), s.settings().port(), e.getMessage());
            }
        }
    }

    private final class Switch implements Change {
        private final List<HttpControlServer> kept;
        private final List<HttpControlServer> displaced;
        private final List<HttpControlServer> opened;

        Switch(List<HttpControlServer> kept, List<HttpControlServer> displaced, List<HttpControlServer> opened) {
            this.kept = kept;
            this.displaced = displaced;
            this.opened = opened;
        }

        @Override
        public void commit() {
            for (HttpControlServer s : current) {
                if (!kept.contains(s) && !displaced.contains(s)) s.close();
            }
            List<HttpControlServer> next = new ArrayList<>(kept);
            next.addAll(opened);
            current = next;
        }

        @Override
        public void rollback() {
            opened.forEach(HttpControlServer::close);
            restart(displaced);
        }
    }
}
