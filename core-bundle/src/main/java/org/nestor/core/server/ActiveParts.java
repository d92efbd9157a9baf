package org.nestor.core.server;

import java.util.List;
import java.util.Objects;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.dhcp4.Dhcp4Engine;
import org.nestor.core.net.DatagramHandler;
import org.nestor.core.net.Dhcp4Transport;
import org.nestor.core.net.HostInterfaces;
import org.nestor.core.net.SocketState;

/**
 * The parts serving one configuration — lease store, engine, sockets, timers: opened together, swapped on
 * reconfiguration (a part that cannot be reopened rolls the others back to the configuration in force), closed
 * together. Not thread-safe: the server calls it under its own lock, except {@link #setServiceEnabled}.
 */
final class ActiveParts {
    private final RunningParts opener;
    private Dhcp4Config config;
    private volatile LeaseBackend leases;
    private volatile DatagramHandler engine;
    private volatile Dhcp4Transport transport;
    private ServerTimers timers;
    private volatile boolean serviceEnabled = true;

    ActiveParts(RunningParts opener) {
        this.opener = opener;
    }

    /** Opens every part for {@code first}; on failure the caller {@link #close()}s what was opened. */
    void open(Dhcp4Config first) throws RunningParts.PartFailure {
        config = first;
        leases = opener.openLeases(config);
        engine = opener.buildEngine(config, leases);
        transport = opener.openTransport(config, engine);
        timers = new ServerTimers(config, leases);
    }

    /** Swaps in {@code next}; when a part fails the configuration in force keeps being served. */
    void apply(Dhcp4Config next) throws RunningParts.PartFailure {
        LeaseBackend nextLeases = leases;
        boolean leasesChanged = !Objects.equals(config.leaseDatabase(), next.leaseDatabase());
        if (leasesChanged) {
            leases.close();
            nextLeases = reopenOrRestore(next);
        }
        DatagramHandler nextEngine;
        try {
            nextEngine = opener.buildEngine(next, nextLeases);
        } catch (RunningParts.PartFailure e) {
            restoreLeases(leasesChanged, nextLeases);
            throw e;
        }
        HostInterfaces host = RunningParts.interfacesFor(next, transport);
        if (RunningParts.keepsSockets(config, next, transport, host)) {
            transport.replaceHandler(nextEngine);
        } else {
            transport.close();
            try {
                transport = opener.openTransport(next, nextEngine, host);
            } catch (RunningParts.PartFailure e) {
                RunningParts.closeEngine(nextEngine);
                restoreLeases(leasesChanged, nextLeases);
                transport = reopenOldTransport();
                throw e;
            }
        }
        timers.close();
        RunningParts.closeEngine(engine);
        config = next;
        leases = nextLeases;
        engine = nextEngine;
        setServiceEnabled(serviceEnabled);
        timers = new ServerTimers(config, leases);
    }

    private LeaseBackend reopenOrRestore(Dhcp4Config next) throws RunningParts.PartFailure {
        try {
            return opener.openLeases(next);
        } catch (RunningParts.PartFailure e) {
            leases = reopenOldLeases();
            throw e;
        }
    }

    private void restoreLeases(boolean leasesChanged, LeaseBackend opened) {
        if (leasesChanged) {
            opened.close();
            leases = reopenOldLeases();
        }
    }

    private LeaseBackend reopenOldLeases() {
        try {
            LeaseBackend old = opener.openLeases(config);
            RunningParts.closeEngine(engine);
            engine = opener.buildEngine(config, old);
            setServiceEnabled(serviceEnabled);
            transport.replaceHandler(engine);
            return old;
        } catch (RunningParts.PartFailure e) {
            throw new IllegalStateException("cannot reopen the previous lease database: " + e.getMessage());
        }
    }

    private Dhcp4Transport reopenOldTransport() {
        try {
            return opener.openTransport(config, engine);
        } catch (RunningParts.PartFailure e) {
            throw new IllegalStateException("cannot reopen the previous sockets: " + e.getMessage());
        }
    }

    /** Kea's dhcp-enable / dhcp-disable, kept across engine swaps; safe from any thread. */
    void setServiceEnabled(boolean enabled) {
        serviceEnabled = enabled;
        if (engine instanceof Dhcp4Engine current) {
            current.setEnabled(serviceEnabled);
        }
    }

    /** Closes what is open. Idempotent. */
    void close() {
        if (timers != null) {
            timers.close();
        }
        if (transport != null) {
            transport.close();
        }
        RunningParts.closeEngine(engine);
        if (leases != null) {
            leases.close();
        }
        timers = null;
        transport = null;
        engine = null;
        leases = null;
    }

    /** @return the open lease store, or null; lock-free (the field is volatile) */
    LeaseBackend leases() {
        return leases;
    }

    int port() {
        return transport == null ? 0 : transport.port();
    }

    List<String> interfaces() {
        return transport == null ? List.of() : transport.interfaces();
    }

    /** @return the service sockets' state, {@code ready} with no errors when nothing is open */
    SocketState socketState() {
        Dhcp4Transport t = transport;
        return t == null ? new SocketState(SocketState.READY, List.of()) : t.socketState();
    }
}
