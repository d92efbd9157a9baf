package org.nestor.core.logging;

import java.util.Locale;

/**
 * Kea's logger severities and their log4j2 level.
 *
 * <p>Kea's {@code debuglevel} (0..99) refines DEBUG; log4j2 has no such scale, so DEBUG with a debuglevel below
 * {@value #TRACE_FROM_DEBUG_LEVEL} becomes log4j2 DEBUG and from {@value #TRACE_FROM_DEBUG_LEVEL} on it becomes
 * TRACE (Kea logs packet contents at debuglevel 55, which Nestor logs at TRACE). Unlike Kea, DEBUG with
 * debuglevel 0 therefore shows every debug message below 50, not only those of level 0.
 */
public enum KeaSeverity {
    FATAL("FATAL"), ERROR("ERROR"), WARN("WARN"), INFO("INFO"), DEBUG("DEBUG"), NONE("OFF");

    /** First Kea debuglevel mapped to log4j2 TRACE. */
    public static final int TRACE_FROM_DEBUG_LEVEL = 50;
    /** Highest Kea debuglevel; Kea's {@code -d} uses it. */
    public static final int MAX_DEBUG_LEVEL = 99;

    private final String log4jLevel;

    KeaSeverity(String log4jLevel) {
        this.log4jLevel = log4jLevel;
    }

    /**
     * Parses a severity as Kea does, ignoring case.
     *
     * @param text the {@code severity} value
     * @return the severity
     * @throws IllegalArgumentException on a missing or unknown severity, with Kea's wording
     */
    public static KeaSeverity parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("loggers entry does not have a mandatory 'severity' element");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unrecognized log severity: " + text);
        }
    }

    /**
     * Checks a {@code debuglevel} value.
     *
     * @param debugLevel the value
     * @throws IllegalArgumentException outside 0..99, with Kea's wording
     */
    public static void checkDebugLevel(int debugLevel) {
        if (debugLevel < 0 || debugLevel > MAX_DEBUG_LEVEL) {
            throw new IllegalArgumentException(
                    "Unsupported debuglevel value " + debugLevel + ", expected 0-" + MAX_DEBUG_LEVEL);
        }
    }

    /**
     * The log4j2 level name for this severity.
     *
     * @param debugLevel Kea's debuglevel, used only for DEBUG
     * @return FATAL, ERROR, WARN, INFO, DEBUG, TRACE or OFF
     */
    public String log4jLevel(int debugLevel) {
        if (this == DEBUG && debugLevel >= TRACE_FROM_DEBUG_LEVEL) {
            return "TRACE";
        }
        return log4jLevel;
    }
}
