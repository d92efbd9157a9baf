package org.nestor.core.config;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the configuration check asks of the machine, as {@code kea-dhcp4 -t} does: whether named interfaces exist
 * and whether hook libraries can be loaded. Replaceable so tests and the OSGi layer (where a Kea library name maps
 * to a hook bundle) can answer differently.
 */
public interface SystemEnvironment {
    /** @return whether a network interface with this name exists */
    boolean interfaceExists(String name);

    /** @return whether the hook library named in {@code hooks-libraries} can be loaded */
    boolean hookLibraryLoadable(String library);

    /** The real machine: interfaces from the kernel, libraries as readable files. */
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
            Path p = Path.of(library);
            return Files.isRegularFile(p) && Files.isReadable(p);
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
