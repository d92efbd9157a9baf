package org.nestor.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.json.JsonNumber;

class ControlSocketsConfigTest {
    @TempDir
    Path dir;

    private final Dhcp4ConfigParser parser = new Dhcp4ConfigParser();

    private Dhcp4Config parse(String dhcp4Body) throws ConfigException {
        return parser.stateDirectory(dir).environment(SystemEnvironment.PERMISSIVE)
                .parse("{\"Dhcp4\": {" + dhcp4Body + "}}", "m.json");
    }

    @Test
    void kea3ControlSocketsListIsReadWithAWarningThatKea22RefusesIt() throws Exception {
        Dhcp4Config c = parse("\"control-sockets\": [{\"socket-type\": \"unix\", \"socket-name\": \"/tmp/k4\"},"
                + "{\"socket-type\": \"https\", \"socket-address\": \"127.0.0.1\", \"socket-port\": 8004,"
                + "\"trust-anchor\": \"ca.pem\", \"cert-file\": \"c.pem\", \"key-file\": \"k.pem\","
                + "\"cert-required\": true, \"http-headers\": [{\"name\": \"X-A\", \"value\": \"b\"}],"
                + "\"authentication\": {\"type\": \"basic\", \"clients\": [{\"user\": \"u\", \"password\": \"p\"}]}}]");

        assertEquals(List.of("unix", "https"), c.controlSockets().stream().map(ControlSocketConfig::socketType)
                .toList());
        assertEquals("/tmp/k4", c.controlSockets().get(0).socketName());
        assertEquals(8004, ((JsonNumber) c.controlSockets().get(1).entry().get("socket-port")).longValue());
        assertTrue(parser.warnings().stream().anyMatch(w -> w.contains("\"control-sockets\" is a Kea 2.7.2 "
                + "parameter; Kea 2.2 would refuse")), parser.warnings().toString());
    }

    @Test
    void kea22ControlSocketStillWorksAlongsideTheList() throws Exception {
        Dhcp4Config c = parse("\"control-socket\": {\"socket-type\": \"unix\", \"socket-name\": \"/tmp/a\"},"
                + "\"control-sockets\": [{\"socket-type\": \"http\", \"socket-port\": 8004}]");

        assertEquals("/tmp/a", c.controlSocket().socketName());
        assertEquals("http", c.controlSockets().get(0).socketType());
    }

    @Test
    void unknownSocketTypeIsRefused() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> parse("\"control-sockets\": [{\"socket-type\": \"tcp\"}]"));
        assertTrue(e.getMessage().contains("got \"tcp\" for socket-type"), e.getMessage());
    }

    @Test
    void unixEntryWithoutSocketNameIsRefused() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> parse("\"control-sockets\": [{\"socket-type\": \"unix\"}]"));
        assertTrue(e.getMessage().contains("'socket-name' parameter is required"), e.getMessage());
    }

    @Test
    void unknownKeyInAnEntryIsRefused() {
        assertThrows(ConfigException.class,
                () -> parse("\"control-sockets\": [{\"socket-type\": \"http\", \"http-host\": \"::1\"}]"));
    }
}
