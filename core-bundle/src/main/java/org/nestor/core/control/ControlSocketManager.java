package org.nestor.core.control;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.nestor.core.config.ControlSocketConfig;

/**
 * Keeps the UNIX control socket in line with the configuration in force, in two steps so a reconfiguration stays
 * atomic: {@link #prepare} opens a socket the new configuration names (the old one keeps serving), then the
 * change is committed (old socket closed) or rolled back (new socket closed). Not thread-safe: the server calls
 * it under its own lock.
 */
public final class ControlSocketManager implements AutoCloseable {
    /** A prepared change of socket. */
    public interface Change {
        /** Makes the prepared socket the current one. */
        void commit();

        /** Drops the prepared socket; the current one stays. */
        void rollback();
    }

    private final CommandDispatcher dispatcher;
    private UnixControlSocket current;

    public ControlSocketManager(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /**
     * @param next the new configuration's {@code control-socket}, null for none
     * @throws IOException when a new socket cannot be opened; nothing changed
     */
    public Change prepare(ControlSocketConfig next) throws IOException {
        Path wanted = next == null ? null : Path.of(next.socketName());
        if (Objects.equals(wanted, current == null ? null : current.path())) {
            return new Kept();
        }
        UnixControlSocket opened = wanted == null ? null : UnixControlSocket.open(wanted, dispatcher);
        return new Switch(opened);
    }

    /** @return the socket file served now, or null */
    public Path path() {
        return current == null ? null : current.path();
    }

    /** Closes the current socket and removes its file. */
    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private static final class Kept implements Change {
        @Override
        public void commit() {
        }

        @Override
        public void rollback() {
        }
    }

    private final class Switch implements Change {
        private final UnixControlSocket opened;

        Switch(UnixControlSocket opened) {
            this.opened = opened;
        }

        @Override
        public void commit() {
            ControlSocketManager.this.close();
            current = opened;
        }

        @Override
        public void rollback() {
            if (opened != null) {
                opened.close();
            }
        }
    }
}
