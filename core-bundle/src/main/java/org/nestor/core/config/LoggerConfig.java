package org.nestor.core.config;

import java.util.List;

/**
 * One {@code loggers} entry.
 *
 * @param name logger name, e.g. {@code kea-dhcp4} or {@code kea-dhcp4.packets}
 * @param severity FATAL, ERROR, WARN, INFO, DEBUG or NONE
 * @param debugLevel 0..99
 * @param outputs its output options
 */
public record LoggerConfig(String name, String severity, int debugLevel, List<Output> outputs) {
    /**
     * One {@code output-options} entry.
     *
     * @param output stdout, stderr, syslog, syslog:NAME or a file path
     * @param flush flush after each message
     * @param maxSize rotate files at this size in bytes (below 204800 = no rotation)
     * @param maxVer rotated files kept
     * @param pattern log4cplus-style pattern, empty = Kea's default
     */
    public record Output(String output, boolean flush, long maxSize, int maxVer, String pattern) {
    }
}
