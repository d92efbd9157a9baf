package org.nestor.core.hooks;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.nestor.core.config.HookLibraryConfig;
import org.nestor.core.stats.StatsManager;
import org.nestor.hooks.api.HookPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hooks of one server: the live callouts ({@link CalloutRegistry}), the hook libraries
 * ({@link LibraryRegistry}) and the timer of the parking lots. Lives as long as the server instance, across
 * reconfigurations; OSGi components feed it services, the engine reads {@link #table()} once per packet.
 */
public final class HooksManager implements AutoCloseable {
    /** How long a parked packet is held when nothing resumes it. */
    public static final Duration DEFAULT_PARK_TIMEOUT = Duration.ofSeconds(30);
    /** How long a configuration waits for the library services of features it had installed. */
    public static final Duration DEFAULT_PROVISION_WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.hooks");

    private final CalloutRegistry callouts = new CalloutRegistry();
    private final LibraryRegistry libraries = new LibraryRegistry();
    private final Duration parkTimeout;
    private final Map<HookPoint, ParkingLot> lots = new EnumMap<>(HookPoint.class);
    private volatile LibraryProvisioner provisioner = LibraryProvisioner.NONE;
    private volatile Duration provisionWait = DEFAULT_PROVISION_WAIT;
    private ScheduledExecutorService timer;

    /** A manager whose parked packets time out after {@link #DEFAULT_PARK_TIMEOUT}. */
    public HooksManager() {
        this(DEFAULT_PARK_TIMEOUT);
    }

    /** @param parkTimeout how long a parked packet is held at most */
    public HooksManager(Duration parkTimeout) {
        this.parkTimeout = parkTimeout;
    }

    /** @return the callout snapshot a packet uses from start to finish (no lock, no allocation) */
    public CalloutTable table() {
        return callouts.table();
    }

    /** @return the callouts, for the components tracking Callout services */
    public CalloutRegistry callouts() {
        return callouts;
    }

    /** @return the libraries, for the components tracking HookLibrary services */
    public LibraryRegistry libraries() {
        return libraries;
    }

    /**
     * Applies a configuration's {@code hooks-libraries}: each entry must resolve, by file name, to a library
     * service; their order becomes the callout order. A library no service provides has its feature installed by
     * the {@link LibraryProvisioner} (when the container has one), and its service is awaited for a bounded time.
     *
     * @throws HookConfigException with Kea's kind of message when an entry names a library nothing provides, one
     *                             that refuses multi-threading while it is on, or one that fails to load
     */
    public void configure(List<HookLibraryConfig> entries, boolean multiThreading) throws HookConfigException {
        List<LibraryRegistry.Entry> resolved = entries.stream()
                .map(e -> new LibraryRegistry.Entry(LibraryNames.of(e.library()), JsonValues.toMap(e.parameters())))
                .toList();
        provisionMissing(resolved.stream().map(LibraryRegistry.Entry::name).toList());
        libraries.configure(resolved, multiThreading);
        callouts.setLibraryOrder(resolved.stream().map(LibraryRegistry.Entry::name).toList());
    }

    /**
     * Sets who installs the feature of a library nothing provides, and how long to wait for its service.
     *
     * @param provisioner the container's feature installer, {@link LibraryProvisioner#NONE} for none
     * @param wait how long {@link #configure} waits for the libraries it had installed
     */
    public void setProvisioner(LibraryProvisioner provisioner, Duration wait) {
        this.provisioner = provisioner == null ? LibraryProvisioner.NONE : provisioner;
        this.provisionWait = wait;
    }

    /** Installs the feature of each named library no service provides, then waits (bounded) for the services. */
    private void provisionMissing(List<String> names) {
        LibraryProvisioner p = provisioner;
        Set<String> awaited = new LinkedHashSet<>();
        for (String name : names) {
            if (!libraries.isAvailable(name) && !awaited.contains(name)) {
                String feature = LibraryNames.feature(name);
                if (p.provision(feature)) {
                    LOG.info("NESTOR_HOOKS_FEATURE_INSTALL installing feature {} for hook library {}", feature, name);
                    awaited.add(name);
                }
            }
        }
        if (!awaited.isEmpty() && !libraries.awaitAvailable(awaited, provisionWait)) {
            LOG.error("NESTOR_HOOKS_FEATURE_TIMEOUT the features installed for hook libraries {} did not provide them "
                    + "within {} ms", awaited, provisionWait.toMillis());
        }
    }

    /**
     * @return the parking lot of {@code point}: the one engines used so far when its limit and statistics are the
     *         same (a reconfiguration keeps the packets it holds counted), else a new one
     */
    public synchronized ParkingLot parkingLot(HookPoint point, int limit, StatsManager stats) {
        ParkingLot lot = lots.get(point);
        if (lot == null || !lot.sameAs(limit, stats)) {
            lot = new ParkingLot(point, limit, parkTimeout, this::timer, stats);
            lots.put(point, lot);
        }
        return lot;
    }

    /** @return the packets held now per hook point, for the points where a lot exists */
    public synchronized Map<HookPoint, Integer> parked() {
        Map<HookPoint, Integer> held = new EnumMap<>(HookPoint.class);
        lots.forEach((p, lot) -> held.put(p, lot.held()));
        return held;
    }

    private synchronized ScheduledExecutorService timer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "nestor-parking-timer");
                t.setDaemon(true);
                return t;
            });
        }
        return timer;
    }

    /** Unloads the libraries and stops the parking timer (server stop). */
    @Override
    public synchronized void close() {
        libraries.unloadAll();
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
