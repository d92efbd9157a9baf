package org.nestor.core.hooks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.nestor.hooks.api.HookLibrary;
import org.nestor.hooks.api.HookLoadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hook library services and their load state. A library named by the configuration is loaded with the entry's
 * parameters; one deployed with no entry is loaded with the parameters it came with (Config Admin) or none. A
 * reconfiguration keeps running the libraries whose entry did not change.
 */
public final class LibraryRegistry {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.hooks");

    /** One configured library: its name and parameters. */
    public record Entry(String name, Map<String, Object> parameters) {
        public Entry {
            Objects.requireNonNull(name, "name");
            parameters = parameters == null ? Map.of() : parameters;
        }
    }

    private final Map<String, HookLibrary> available = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> deployedParameters = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> loaded = new LinkedHashMap<>();
    private List<Entry> configured = List.of();

    /** A library service appeared; it is loaded now when configured or deployed alone. */
    public synchronized void add(HookLibrary library, Map<String, Object> parameters) {
        available.put(library.name(), library);
        deployedParameters.put(library.name(), parameters == null ? Map.of() : parameters);
        notifyAll();
        Map<String, Object> params = configured.stream().filter(e -> e.name().equals(library.name()))
                .map(Entry::parameters).findFirst().orElse(deployedParameters.get(library.name()));
        loadQuietly(library, params);
    }

    private void loadQuietly(HookLibrary library, Map<String, Object> params) {
        try {
            load(library, params);
        } catch (HookLoadException | RuntimeException e) {
            LOG.error("HOOKS_LIBRARY_LOAD_FAIL library {} failed to load: {}", library.name(), e.getMessage());
        }
    }

    /** @return whether a service provides library {@code name} */
    public synchronized boolean isAvailable(String name) {
        return available.containsKey(name);
    }

    /**
     * Waits until services provide all {@code names}, at most {@code timeout}.
     *
     * @return whether they all appeared
     */
    public synchronized boolean awaitAvailable(Set<String> names, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!available.keySet().containsAll(names)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** A library service went away: it is unloaded. */
    public synchronized void remove(HookLibrary library) {
        if (available.get(library.name()) == library) {
            available.remove(library.name());
            deployedParameters.remove(library.name());
            unload(library);
        }
    }

    /**
     * Applies the {@code hooks-libraries} of a configuration: every entry must name an available library, which
     * is (re)loaded when its parameters changed; a library whose entry went runs on with the parameters it was
     * deployed with. Nothing changes when an entry cannot be honoured.
     *
     * @throws HookConfigException naming the libraries in error, as Kea does
     */
    public synchronized void configure(List<Entry> entries, boolean multiThreading) throws HookConfigException {
        List<String> errors = new ArrayList<>();
        for (Entry e : entries) {
            HookLibrary lib = available.get(e.name());
            if (lib == null) {
                LOG.error("HOOKS_OPEN_ERROR failed to open hook library {}: no bundle provides it", e.name());
                errors.add(e.name());
            } else if (multiThreading && !lib.multiThreadingCompatible()) {
                LOG.error("HOOKS_LIBRARY_MULTI_THREADING_NOT_COMPATIBLE hooks library {} is not compatible with "
                        + "multi-threading", e.name());
                errors.add(e.name());
            }
        }
        if (!errors.isEmpty()) {
            throw new HookConfigException("hooks libraries failed to validate - library or libraries in error are: "
                    + String.join(", ", errors));
        }
        for (Entry e : entries) {
            HookLibrary lib = available.get(e.name());
            if (!e.parameters().equals(loaded.get(e.name()))) {
                unload(lib);
                try {
                    load(lib, e.parameters());
                } catch (HookLoadException x) {
                    throw new HookConfigException("hooks libraries failed to load - library or libraries in error "
                            + "are: " + e.name() + " (" + x.getMessage() + ")");
                }
            }
        }
        configured = List.copyOf(entries);
        for (HookLibrary lib : new ArrayList<>(available.values())) {
            boolean named = entries.stream().anyMatch(e -> e.name().equals(lib.name()));
            if (!named && !deployedParameters.get(lib.name()).equals(loaded.get(lib.name()))) {
                unload(lib);
                loadQuietly(lib, deployedParameters.get(lib.name()));
            }
        }
    }

    /** @return the names of the loaded libraries with their parameters, in load order */
    public synchronized Map<String, Map<String, Object>> loaded() {
        return new LinkedHashMap<>(loaded);
    }

    /**
     * @return the loaded libraries in calling order: the {@code hooks-libraries} entries in their order, then the
     *         libraries deployed with no entry, each with its parameters and whether an entry names it
     */
    public synchronized List<Loaded> inOrder() {
        List<Loaded> out = new ArrayList<>();
        for (Entry e : configured) {
            if (loaded.containsKey(e.name())) {
                out.add(new Loaded(e.name(), loaded.get(e.name()), true));
            }
        }
        loaded.forEach((name, params) -> {
            if (configured.stream().noneMatch(e -> e.name().equals(name))) {
                out.add(new Loaded(name, params, false));
            }
        });
        return out;
    }

    /** A loaded library: its name, the parameters it was loaded with, whether a configuration entry names it. */
    public record Loaded(String name, Map<String, Object> parameters, boolean configured) {
    }

    /** Unloads every library (server stop). */
    public synchronized void unloadAll() {
        new ArrayList<>(available.values()).forEach(this::unload);
    }

    private void load(HookLibrary library, Map<String, Object> parameters) throws HookLoadException {
        library.load(parameters);
        loaded.put(library.name(), parameters);
        LOG.info("HOOKS_LIBRARY_LOADED hooks library {} successfully loaded", library.name());
    }

    private void unload(HookLibrary library) {
        if (loaded.remove(library.name()) == null) {
            return;
        }
        try {
            library.unload();
            LOG.info("HOOKS_LIBRARY_CLOSED hooks library {} successfully closed", library.name());
        } catch (RuntimeException e) {
            LOG.error("HOOKS_UNLOAD_EXCEPTION 'unload' function in hook library {} threw an exception: {}",
                    library.name(), e.toString());
        }
    }
}
