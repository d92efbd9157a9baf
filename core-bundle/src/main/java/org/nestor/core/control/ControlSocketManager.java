package org.nestor.core.control;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the UNIX control sockets in line with the configuration in force ({@code control-socket} and the unix
 * entries of {@code control-sockets}), in two steps so a reconfiguration stays atomic: {@link #prepare} opens the
 * sockets the new configuration adds (the old ones keep serving), then the change is committed (sockets no longer
 * wanted closed) or rolled back (new sockets closed). Not thread-safe: the server calls it under its own lock.
 */
public final class ControlSocketManager implements AutoCloseable {
    /** A prepared change of sockets. */
    public interface Change {
        /** Makes the prepared sockets the current ones. */
        void commit();

        /** Drops the prepared sockets; the current ones stay. */
        void rollback();

        /** @return a change that commits or rolls back {@code this} and then {@code other} */
        default Change and(Change other) {
            Change self = this;
            return new Change() {
                @Override
                public void commit() {
                    self.commit();
                    other.commit();
                }

                @Override
                public void rollback() {
                    other.rollback();
                    self.rollback();
                }
            };
        }
    }

    private final CommandDispatcher dispatcher;
    private Map<Path, UnixControlSocket> current = new LinkedHashMap<>();

    public ControlSocketManager(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /**
     * @param wanted the socket files the new configuration names, in order (duplicates ignored)
     * @throws IOException when a new socket cannot be opened; nothing changed
     */
    public Change prepare(List<Path> wanted) throws IOException {
        Set<Path> paths = new LinkedHashSet<>(wanted);
        Map<Path, UnixControlSocket> opened = new LinkedHashMap<>();
        try {
            for (Path p : paths) {
                if (!current.containsKey(p)) {
                    opened.put(p, UnixControlSocket.open(p, dispatcher));
                }
            }
        } catch (IOException | RuntimeException e) {
            opened.values().forEach(UnixControlSocket::close);
            throw e;
        }
        return new Switch(paths, opened);
    }

    /** @return the first socket file served now, or null */
    public Path path() {
        return current.isEmpty() ? null : current.keySet().iterator().next();
    }

    /** @return every socket file served now */
    public List<Path> paths() {
        return List.copyOf(current.keySet());
    }

    /** Closes the current sockets and removes their files. */
    @Override
    public void close() {
        current.values().forEach(UnixControlSocket::close);
        current = new LinkedHashMap<>();
    }

    private final class Switch implements Change {
        private final Set<Path> wanted;
        private final Map<Path, UnixControlSocket> opened;

        Switch(Set<Path> wanted, Map<Path, UnixControlSocket> opened) {
            this.wanted = wanted;
            this.opened = opened;
        }

        @Override
        public void commit() {
            Map<Path, UnixControlSocket> next = new LinkedHashMap<>();
            for (Path p : wanted) {
                next.put(p, opened.containsKey(p) ? opened.get(p) : current.get(p));
            }
            List<UnixControlSocket> dropped = new ArrayList<>();
            current.forEach((p, s) -> {
                if (!wanted.contains(p)) dropped.add(s);
            });
            dropped.forEach(UnixControlSocket::close);
            current = next;
        }

        @Override
        public void rollback() {
            opened.values().forEach(UnixControlSocket::close);
        }
    }
}
