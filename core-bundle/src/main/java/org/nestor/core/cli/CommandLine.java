package org.nestor.core.cli;

import java.nio.file.Path;

/**
 * What {@code nestor-dhcp4} was asked to do.
 *
 * @param action what to do
 * @param configFile the file of {@code -c}, {@code -t} or {@code -T}; null for the version actions
 * @param serverPort {@code -p}, 67 by default
 * @param clientPort {@code -P}, 68 by default
 * @param debug {@code -d}
 * @param stateDirectory {@code --state-dir}, null when not given
 */
public record CommandLine(Action action, Path configFile, int serverPort, int clientPort, boolean debug,
                          Path stateDirectory) {

    /** The one thing a command line does. */
    public enum Action {
        /** {@code -c}: run in the foreground. */
        RUN,
        /** {@code -t}: check the configuration. */
        CHECK,
        /** {@code -T}: check the configuration and what it points to. */
        DEEP_CHECK,
        /** {@code -v}. */
        VERSION,
        /** {@code -V}. */
        EXTENDED_VERSION,
        /** {@code -W}. */
        BUILD_REPORT
    }
}
