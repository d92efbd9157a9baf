package org.nestor.core.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.LeaseDatabaseConfig;
import org.nestor.core.server.ConfigLoader;
import org.nestor.core.server.InvalidConfigException;

/**
 * {@code -t}: the configuration parses and validates ({@code hooks-libraries} entries by syntax only: Nestor
 * resolves libraries by name to bundles when the server runs, never to files). {@code -T} adds what Kea 2.4's deep
 * check adds that Nestor has: the memfile lease file is readable, or can be created. Opens no socket and changes no
 * file.
 */
final class ConfigCheck {
    /** Kea's default memfile name, placed in the instance's state directory. */
    static final String DEFAULT_LEASE_FILE = "kea-leases4.csv";

    private final ConfigLoader loader;

    ConfigCheck(ConfigLoader loader) {
        this.loader = loader;
    }

    /**
     * @return null when the file passes, else the reason in Kea's words
     */
    String check(Path file, boolean deep, Path stateDirectory) {
        Dhcp4Config config;
        try {
            config = loader.load(file);
        } catch (InvalidConfigException e) {
            return e.getMessage();
        }
        return deep ? leaseFileProblem(config.leaseDatabase(), stateDirectory) : null;
    }

    private static String leaseFileProblem(LeaseDatabaseConfig db, Path stateDirectory) {
        if (db == null || !"memfile".equals(db.type()) || !db.persist()) {
            return null;
        }
        Path leaseFile = db.name() == null || db.name().isEmpty()
                ? stateDirectory.resolve(DEFAULT_LEASE_FILE) : Path.of(db.name());
        if (Files.exists(leaseFile)) {
            return Files.isRegularFile(leaseFile) && Files.isReadable(leaseFile) && Files.isWritable(leaseFile)
                    ? null : "lease file " + leaseFile + " is not a readable and writable file";
        }
        Path parent = leaseFile.toAbsolutePath().getParent();
        return parent != null && Files.isDirectory(parent) && Files.isWritable(parent)
                ? null : "lease file " + leaseFile + " cannot be created: " + parent + " is not a writable directory";
    }
}
