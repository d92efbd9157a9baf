package org.nestor.core.logging;

import java.nio.file.Path;
import java.util.List;
import org.nestor.core.config.LoggerConfig;

/** Short ways to write {@code loggers} entries in tests, with Kea's defaults. */
final class KeaLoggersFixtures {

    static final long KEA_DEFAULT_MAXSIZE = 10240000;

    private KeaLoggersFixtures() {
    }

    static LoggerConfig logger(String name, String severity, int debugLevel, LoggerConfig.Output... outputs) {
        return new LoggerConfig(name, severity, debugLevel, List.of(outputs));
    }

    static LoggerConfig.Output output(String output) {
        return new LoggerConfig.Output(output, true, KEA_DEFAULT_MAXSIZE, 1, "");
    }

    static LoggerConfig.Output file(Path path) {
        return output(path.toString());
    }

    static LoggerConfig.Output file(Path path, long maxSize, int maxVer) {
        return new LoggerConfig.Output(path.toString(), true, maxSize, maxVer, "");
    }

    static LoggerConfig.Output file(Path path, String pattern) {
        return new LoggerConfig.Output(path.toString(), true, KEA_DEFAULT_MAXSIZE, 1, pattern);
    }
}
