package org.nestor.example.sitehook;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.nestor.hooks.api.HookLibrary;
import org.nestor.hooks.api.HookLoadException;

/**
 * The library's life: loaded with its parameters, the prefix file reread on demand, unloaded; and its counters.
 * Callouts and commands read {@link #state()}, which is null while the library is not loaded.
 */
public final class SiteExampleLibrary implements HookLibrary {
    /** The library's name, as a {@code hooks-libraries} entry names it ({@code libdhcp_site_example.so}). */
    public static final String NAME = "libdhcp_site_example";
    static final System.Logger LOG = System.getLogger("kea-dhcp4.site-example-hooks");

    private final AtomicReference<SiteState> state = new AtomicReference<>();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong classified = new AtomicLong();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void load(Map<String, Object> parameters) throws HookLoadException {
        SiteSettings settings = SiteSettings.parse(parameters);
        SiteState loaded = new SiteState(settings, readPrefixes(settings));
        state.set(loaded);
        LOG.log(Level.INFO, "SITE_EXAMPLE_LOADED {0} loaded: {1} blocked MAC prefixes from {2}, {3} circuit-id "
                + "classes", NAME, loaded.blockedPrefixes().size(), settings.blockedPrefixesFile(),
                settings.circuitClasses().size());
    }

    @Override
    public void unload() {
        state.set(null);
        LOG.log(Level.INFO, "SITE_EXAMPLE_UNLOADED {0} unloaded after dropping {1} DISCOVERs and classifying {2} "
                + "queries", NAME, dropped.get(), classified.get());
    }

    @Override
    public boolean multiThreadingCompatible() {
        return true;
    }

    /** @return the loaded state, null while the library is not loaded */
    public SiteState state() {
        return state.get();
    }

    /**
     * Reads the prefix file again; on an error the prefixes in use stay.
     *
     * @return the new state
     * @throws HookLoadException when the library is not loaded or the file cannot be read
     */
    public SiteState reload() throws HookLoadException {
        SiteState current = state.get();
        if (current == null) {
            throw new HookLoadException(NAME + " is not loaded");
        }
        SiteState next = new SiteState(current.settings(), readPrefixes(current.settings()));
        if (!state.compareAndSet(current, next)) {
            throw new HookLoadException(NAME + " was reloaded or unloaded meanwhile: try again");
        }
        LOG.log(Level.INFO, "SITE_EXAMPLE_RELOADED {0} blocked MAC prefixes read from {1}",
                next.blockedPrefixes().size(), next.settings().blockedPrefixesFile());
        return next;
    }

    private static List<MacPrefix> readPrefixes(SiteSettings settings) throws HookLoadException {
        if (settings.blockedPrefixesFile() == null) {
            return List.of();
        }
        try {
            return MacPrefixFile.read(settings.blockedPrefixesFile());
        } catch (IOException e) {
            throw new HookLoadException("cannot read " + SiteSettings.BLOCKED_FILE + " "
                    + settings.blockedPrefixesFile() + ": " + e, e);
        } catch (IllegalArgumentException e) {
            throw new HookLoadException(e.getMessage(), e);
        }
    }

    /** Counts one dropped DISCOVER. */
    void countDrop() {
        dropped.incrementAndGet();
    }

    /** Counts one query put into a class. */
    void countClassified() {
        classified.incrementAndGet();
    }

    /** @return DISCOVERs dropped since the library's service started */
    public long dropped() {
        return dropped.get();
    }

    /** @return queries put into a class since the library's service started */
    public long classified() {
        return classified.get();
    }
}
