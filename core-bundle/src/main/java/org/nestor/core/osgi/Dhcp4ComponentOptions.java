package org.nestor.core.osgi;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.nestor.core.server.ServerPorts;

/**
 * The component's settings, typed: each key from Configuration Admin ({@code etc/org.nestor.dhcp4.cfg}) or else
 * from the system property next to it (what {@code bin/nestor-dhcp4} passes).
 *
 * <pre>
 * config       nestor.dhcp4.config        the Kea configuration file (none: the component waits)
 * port         nestor.dhcp4.port          server port, 67
 * client-port  nestor.dhcp4.client-port   client port, 68
 * state-dir    nestor.state.dir           lease file and pid file directory, ${karaf.data}/nestor
 * debug        nestor.debug               debug logging requested
 * sighup       nestor.dhcp4.sighup        the JVM was started for this server: reload on SIGHUP, exit 1 when the
 *                                         server cannot start; default: true when the config file came from a
 *                                         system property (bin/nestor-dhcp4 -c)
 * </pre>
 */
record Dhcp4ComponentOptions(Optional<Path> configFile, ServerPorts ports, Path stateDirectory, boolean debug,
                             boolean ownsProcess) {

    static Dhcp4ComponentOptions from(Map<String, ?> properties, UnaryOperator<String> systemProperty) {
        Lookup lookup = new Lookup(properties, systemProperty);
        String config = lookup.get("config", "nestor.dhcp4.config");
        boolean configFromSystem = properties.get("config") == null && config != null;
        String karafData = systemProperty.apply("karaf.data");
        Path defaultState = karafData != null ? Path.of(karafData, "nestor") : Path.of("/var/lib/nestor");
        String state = lookup.get("state-dir", "nestor.state.dir");
        String sighup = lookup.get("sighup", "nestor.dhcp4.sighup");
        return new Dhcp4ComponentOptions(
                Optional.ofNullable(config).filter(c -> !c.isBlank()).map(Path::of),
                new ServerPorts(lookup.port("port", "nestor.dhcp4.port", 67),
                        lookup.port("client-port", "nestor.dhcp4.client-port", 68)),
                state == null || state.isBlank() ? defaultState : Path.of(state),
                Boolean.parseBoolean(lookup.get("debug", "nestor.debug")),
                sighup == null ? configFromSystem : Boolean.parseBoolean(sighup));
    }

    private record Lookup(Map<String, ?> properties, UnaryOperator<String> systemProperty) {
        String get(String key, String systemKey) {
            Object value = properties.get(key);
            return value != null ? value.toString().trim() : systemProperty.apply(systemKey);
        }

        int port(String key, String systemKey, int fallback) {
            String value = get(key, systemKey);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Failed to parse " + key + " number: [" + value
                        + "], 1-65535 allowed.");
            }
        }
    }
}
