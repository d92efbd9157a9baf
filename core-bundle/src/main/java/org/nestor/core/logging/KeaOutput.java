package org.nestor.core.logging;

import java.util.Locale;
import java.util.function.Consumer;
import org.nestor.core.config.LoggerConfig;

/**
 * One validated {@code output-options} entry: where it goes and with which options.
 *
 * @param kind the destination kind
 * @param path the file path, for {@link Kind#FILE} only (else empty)
 * @param facility the syslog facility, for {@link Kind#SYSLOG} only (else null)
 * @param options the entry as configured
 */
public record KeaOutput(Kind kind, String path, SyslogFacility facility, LoggerConfig.Output options) {

    /** Kea's default line format for stdout, stderr and files (log4cplus syntax). */
    public static final String DEFAULT_PATTERN = "%D{%Y-%m-%d %H:%M:%S.%q} %-5p [%c/%i.%t] %m\n";
    /** Kea's default line format for syslog (log4cplus syntax). */
    public static final String DEFAULT_SYSLOG_PATTERN = "%-5p [%c.%t] %m\n";
    /** Kea rotates files only when {@code maxsize} is at least this many bytes. */
    public static final long MIN_ROTATION_SIZE = 204800;

    private static final long MAX_SIZE_MB = Integer.MAX_VALUE;
    private static final String SYSLOG = "syslog";

    /** Destination kinds. */
    public enum Kind { STDOUT, STDERR, SYSLOG, FILE }

    /**
     * Validates and classifies an entry the way Kea reads {@code output}: {@code stdout}, {@code stderr},
     * {@code syslog}, {@code syslog:NAME} (NAME = facility), anything else a file path.
     *
     * @param options the configured entry
     * @param warnings receives a warning for an unknown syslog facility (Kea then uses {@code user})
     * @return the output
     * @throws IllegalArgumentException for a missing or empty output or an out-of-range maxsize
     */
    public static KeaOutput parse(LoggerConfig.Output options, Consumer<String> warnings) {
        String output = options.output();
        if (output == null || output.isBlank()) {
            throw new IllegalArgumentException("output-options entry does not have a mandatory 'output' element");
        }
        if (options.maxSize() < 0 || options.maxSize() / (1024 * 1024) >= MAX_SIZE_MB) {
            throw new IllegalArgumentException("expected maxsize < " + MAX_SIZE_MB + "MB, but instead got "
                    + options.maxSize() / (1024 * 1024) + "MB");
        }
        if (output.equals("stdout")) {
            return new KeaOutput(Kind.STDOUT, "", null, options);
        }
        if (output.equals("stderr")) {
            return new KeaOutput(Kind.STDERR, "", null, options);
        }
        if (output.equals(SYSLOG)) {
            return new KeaOutput(Kind.SYSLOG, "", SyslogFacility.KEA_DEFAULT, options);
        }
        if (output.startsWith(SYSLOG + ":")) {
            String name = output.substring(SYSLOG.length() + 1);
            SyslogFacility facility = SyslogFacility.byName(name).orElseGet(() -> {
                warnings.accept("NESTOR_LOG_SYSLOG_FACILITY_UNKNOWN output '" + output + "' names no syslog facility,"
                        + " using " + SyslogFacility.KEA_FALLBACK.name().toLowerCase(Locale.ROOT) + " as Kea does");
                return SyslogFacility.KEA_FALLBACK;
            });
            return new KeaOutput(Kind.SYSLOG, "", facility, options);
        }
        return new KeaOutput(Kind.FILE, output, null, options);
    }

    /** @return the configured pattern, or Kea's default for this kind when none is configured */
    public String log4cplusPattern() {
        String pattern = options.pattern();
        if (pattern != null && !pattern.isEmpty()) {
            return pattern;
        }
        return kind == Kind.SYSLOG ? DEFAULT_SYSLOG_PATTERN : DEFAULT_PATTERN;
    }

    /** @return true for a file that Kea rotates ({@code maxsize} at least {@value #MIN_ROTATION_SIZE}) */
    public boolean rotates() {
        return kind == Kind.FILE && options.maxSize() >= MIN_ROTATION_SIZE;
    }
}
