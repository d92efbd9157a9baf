package org.nestor.core.hooks;

/**
 * Installs what provides a hook library nothing provides yet: in the Karaf container, the distribution's feature
 * named by {@link LibraryNames#feature}. The library then appears as a {@link org.nestor.hooks.api.HookLibrary}
 * service, or does not (the configuration then fails as Kea's does).
 */
@FunctionalInterface
public interface LibraryProvisioner {
    /** Provides nothing (outside the container). */
    LibraryProvisioner NONE = feature -> false;

    /**
     * Starts installing {@code feature}; may return before its bundles are active.
     *
     * @return whether the container has such a feature and its installation started (or it was installed already)
     */
    boolean provision(String feature);
}
