package org.nestor.core.logging;

import java.util.Locale;
import java.util.Optional;

/**
 * Syslog facilities by the names Kea accepts in {@code syslog:NAME}. Kea (2.2, observed) uses NAME as the
 * facility, {@code local0} when there is no NAME, and silently falls back to {@code user} for an unknown name.
 * The constant names are log4j2's {@code Facility} names.
 */
public enum SyslogFacility {
    KERN(0), USER(1), MAIL(2), DAEMON(3), AUTH(4), SYSLOG(5), LPR(6), NEWS(7), UUCP(8), CRON(9), AUTHPRIV(10),
    FTP(11), LOCAL0(16), LOCAL1(17), LOCAL2(18), LOCAL3(19), LOCAL4(20), LOCAL5(21), LOCAL6(22), LOCAL7(23);

    /** Kea's facility for a plain {@code syslog} output. */
    public static final SyslogFacility KEA_DEFAULT = LOCAL0;
    /** Kea's facility for a {@code syslog:NAME} whose NAME is no facility. */
    public static final SyslogFacility KEA_FALLBACK = USER;

    private final int code;

    SyslogFacility(int code) {
        this.code = code;
    }

    /** @return the facility's numeric code (0..23) */
    public int code() {
        return code;
    }

    /**
     * Looks a facility up by name, ignoring case.
     *
     * @param name e.g. {@code local3}
     * @return the facility, empty when the name is none
     */
    public static Optional<SyslogFacility> byName(String name) {
        for (SyslogFacility facility : values()) {
            if (facility.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(facility);
            }
        }
        return Optional.empty();
    }

    /**
     * The syslog priority value ({@code facility * 8 + severity}) of a message at a log4j2 level, with
     * log4cplus's level to syslog severity mapping (FATAL is {@code crit}, unlike log4j2's {@code emerg}).
     *
     * @param log4jLevel FATAL, ERROR, WARN, INFO, DEBUG or TRACE
     * @return the PRI value
     */
    public int priority(String log4jLevel) {
        int severity = switch (log4jLevel) {
            case "FATAL" -> 2;
            case "ERROR" -> 3;
            case "WARN" -> 4;
            case "INFO" -> 6;
            default -> 7;
        };
        return code * 8 + severity;
    }
}
