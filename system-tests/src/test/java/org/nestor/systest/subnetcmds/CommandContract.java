package org.nestor.systest.subnetcmds;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.nestor.systest.Commands;

/**
 * A contract test class over one running instance with one hook bundle deployed; the tests of a class share the
 * instance (each uses its own subnet ids and hosts).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CommandContract {
    private final String artifact;
    private final String command;
    CommandInstance instance;

    /** @param artifact the hook bundle to deploy @param command a command of it, listed once it runs */
    CommandContract(String artifact, String command) {
        this.artifact = artifact;
        this.command = command;
    }

    @BeforeAll
    void start() throws Exception {
        Commands.requireRootAndTools();
        instance = CommandInstance.start(artifact, command);
    }

    @AfterAll
    void stop() throws Exception {
        if (instance != null) {
            instance.close();
        }
    }

    Map<String, Object> run(String name, String arguments) throws Exception {
        return instance.run(name, arguments);
    }

    /** Runs a command that must be refused with {@code expected} and leave the configuration as it was. */
    Map<String, Object> refused(long expected, String name, String arguments) throws Exception {
        return instance.refused(expected, name, arguments);
    }
}
