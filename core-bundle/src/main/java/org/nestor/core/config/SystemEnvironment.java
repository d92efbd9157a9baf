package org.nestor.core.config;

import java.net.NetworkInterface;
import java.net.SocketException;

/**
 * What the configuration check asks of the machine, as {@code kea-dhcp4 -t} does: whether named interfaces exist
 * and whether a {@code hooks-libraries} entry is acceptable. Replaceable so tests can answer differently.
 */
public interface SystemEnvironment {
    /** @return whether a network interface with this name exists */
    boolean interfaceExists(String name);

    /** @return whether the hook library named in {@code hooks-libraries} can be loaded */
    boolean hookLibraryLoadable(String library);

    /**
     * The real machine: interfaces from the kernel. A hook library is accepted when its entry names one
     * ({@code libdhcp_ha.so}, with or without a directory): Nestor resolves libraries by name to bundles when the
     * server runs, never to files, so the file need not exist (Kea's {@code -t} opens it).
     */
    SystemEnvironment HOST = new SystemEnvironment() {
        @Override
        public boolean interfaceExists(String name) {
            try {
                return NetworkInterface.getByName(name) != null;
            } catch (SocketException e) {
                return false;
            }
        }

        @Override
        public boolean hookLibraryLoadable(String library) {
            String name = library.substring(library.lastIndexOf('/') + 1);
            return !name.isBlank() && !name.startsWith(".so");
        }
    };

    /** An environment where every interface and library exists (for building models in tests and tools). */
    SystemEnvironment PERMISSIVE = new SystemEnvironment() {
        @Override
        public boolean interfaceExists(String name) {
            return true;
        }

        @Override
        public boolean hookLibraryLoadable(String library) {
            return true;
        }
    };
}
