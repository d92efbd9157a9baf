package org.nestor.core.logging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The log4j2 appender properties for one Kea output.
 *
 * <ul>
 *   <li>stdout/stderr: a {@code Console} appender on SYSTEM_OUT/SYSTEM_ERR.</li>
 *   <li>a file with {@code maxsize} at least 204800: a {@code RollingFile} rotated by size into
 *       {@code path.1 .. path.maxver}, newest in {@code .1} as Kea does ({@code fileIndex = min}); a
 *       {@code maxver} below 1 keeps one old file. Below 204800 Kea does not rotate: a plain {@code File}.</li>
 *   <li>syslog: a {@code Syslog} appender sending RFC 3164 datagrams by UDP to localhost:514, with Kea's ident
 *       {@value #SYSLOG_IDENT} and the facility of {@code syslog:NAME}. Kea writes to the local syslog socket
 *       ({@code /dev/log}) instead, which the JDK cannot reach: the local syslog daemon must accept UDP on
 *       localhost:514 (rsyslog: {@code imudp}). The header carries the host name, which Kea's local datagrams
 *       omit, and the time stamp pads the day with a zero.</li>
 * </ul>
 * {@code flush} becomes {@code immediateFlush}; files are appended to, as Kea does.
 */
final class AppenderProperties {

    static final String SYSLOG_IDENT = "kea-dhcp4";
    static final String SYSLOG_HOST = "localhost";
    static final int SYSLOG_PORT = 514;

    private AppenderProperties() {
    }

    /**
     * @param output the output
     * @param key the appender's key part, also used as its name
     * @param log4jPattern the line layout, already translated to log4j2
     * @return the properties, keys starting with {@code log4j2.appender.<key>.}
     */
    static Map<String, String> of(KeaOutput output, String key, String log4jPattern) {
        Map<String, String> p = new LinkedHashMap<>();
        String prefix = PropertyKeys.APPENDER + key + ".";
        p.put(prefix + "name", key);
        switch (output.kind()) {
            case STDOUT, STDERR -> {
                p.put(prefix + "type", "Console");
                p.put(prefix + "target", output.kind() == KeaOutput.Kind.STDOUT ? "SYSTEM_OUT" : "SYSTEM_ERR");
                p.put(prefix + "immediateFlush", String.valueOf(output.options().flush()));
            }
            case FILE -> file(p, prefix, output);
            case SYSLOG -> {
                p.put(prefix + "type", "Syslog");
                p.put(prefix + "host", SYSLOG_HOST);
                p.put(prefix + "port", String.valueOf(SYSLOG_PORT));
                p.put(prefix + "protocol", "UDP");
                p.put(prefix + "facility", output.facility().name());
                p.put(prefix + "appName", SYSLOG_IDENT);
                log4jPattern = syslogHeader(output.facility()) + log4jPattern;
            }
            default -> throw new IllegalStateException(output.kind().name());
        }
        p.put(prefix + "layout.type", "PatternLayout");
        p.put(prefix + "layout.pattern", log4jPattern);
        return p;
    }

    private static void file(Map<String, String> p, String prefix, KeaOutput output) {
        String path = escapeLookups(output.path());
        p.put(prefix + "type", output.rotates() ? "RollingFile" : "File");
        p.put(prefix + "fileName", path);
        p.put(prefix + "append", "true");
        p.put(prefix + "immediateFlush", String.valueOf(output.options().flush()));
        if (output.rotates()) {
            p.put(prefix + "filePattern", path.replace("%", "%%") + ".%i");
            p.put(prefix + "policies.type", "Policies");
            p.put(prefix + "policies.size.type", "SizeBasedTriggeringPolicy");
            p.put(prefix + "policies.size.size", String.valueOf(output.options().maxSize()));
            p.put(prefix + "strategy.type", "DefaultRolloverStrategy");
            p.put(prefix + "strategy.max", String.valueOf(Math.max(1, output.options().maxVer())));
            p.put(prefix + "strategy.fileIndex", "min");
        }
    }

    /** The RFC 3164 header {@code <PRI>Mmm dd hh:mm:ss host ident: } as a log4j2 pattern. */
    static String syslogHeader(SyslogFacility facility) {
        StringBuilder levels = new StringBuilder();
        for (String level : new String[] {"FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE"}) {
            levels.append(levels.length() == 0 ? "" : ", ").append(level).append("=<")
                    .append(facility.priority(level)).append('>');
        }
        return "%level{" + levels + "}%d{MMM dd HH:mm:ss} ${hostName} " + SYSLOG_IDENT + ": ";
    }

    /** Keeps a literal {@code ${} in a configured path from being read as a log4j2 lookup. */
    private static String escapeLookups(String text) {
        return text.replace("${", "$${");
    }
}
