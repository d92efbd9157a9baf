package org.nestor.core.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.json.JsonNumber;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonWriter;
import org.nestor.core.server.CoreServerParts;
import org.nestor.core.server.Dhcp4Server;
import org.nestor.core.server.ServerPorts;
import org.nestor.core.server.ServerSettings;

class ConfigCommandsTest {
    private static final String TEST_OK = "Configuration seems sane. Control-socket, hook-libraries, and D2 "
            + "configuration were sanity checked, but not applied.";

    @TempDir
    Path dir;
    private ControlFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new ControlFixture(dir);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private String tag() {
        JsonObject args = (JsonObject) fixture.run("{\"command\": \"server-tag-get\"}").get("arguments");
        return ((JsonString) args.get("server-tag")).value();
    }

    private String configSet(String tag) {
        return "{\"command\": \"config-set\", \"arguments\": " + ControlFixture.config(dir, tag, "ctl.sock") + "}";
    }

    @Test
    void configGetAnswersTheFileAsATree() throws Exception {
        JsonObject answer = fixture.run("{\"command\": \"config-get\"}");
        assertEquals(0, ControlResult.code(answer));
        assertEquals(ControlFixture.parse(Files.readString(fixture.configFile)), answer.get("arguments"));
        assertFalse(answer.has("text"));
    }

    @Test
    void configHashGetChangesWithTheConfigurationOnly() {
        String first = hash();
        assertEquals(64, first.length());
        assertEquals(first, hash());
        fixture.expect(0, "Configuration successful.", configSet("beta"));
        assertNotEquals(first, hash());
    }

    private String hash() {
        JsonObject args = (JsonObject) fixture.run("{\"command\": \"config-hash-get\"}").get("arguments");
        return ((JsonString) args.get("hash")).value();
    }

    @Test
    void configTestChecksWithoutApplying() {
        fixture.expect(0, TEST_OK, configSet("beta").replace("config-set", "config-test"));
        assertEquals("alpha", tag());
    }

    @Test
    void configTestAndSetRefuseMalformedArgumentsWithKeasTexts() {
        for (String command : new String[] {"config-test", "config-set"}) {
            fixture.expect(1, "Missing mandatory 'arguments' parameter.", "{\"command\": \"" + command + "\"}");
            fixture.expect(1, "Missing mandatory 'Dhcp4' parameter.",
                    "{\"command\": \"" + command + "\", \"arguments\": {}}");
            fixture.expect(1, "'Dhcp4' parameter expected to be a map.",
                    "{\"command\": \"" + command + "\", \"arguments\": {\"Dhcp4\": 5}}");
            fixture.expect(1, "Unsupported 'Dhcp6' parameter.",
                    "{\"command\": \"" + command + "\", \"arguments\": {\"Dhcp4\": {}, \"Dhcp6\": {}}}");
            fixture.expect(1, "'arguments' parameter expected to be a map.",
                    "{\"command\": \"" + command + "\", \"arguments\": 5}");
        }
    }

    @Test
    void configSetAppliesAGoodConfiguration() {
        fixture.expect(0, "Configuration successful.", configSet("beta"));
        assertEquals("beta", tag());
        assertEquals(ControlFixture.parse0(ControlFixture.config(dir, "beta", "ctl.sock")),
                fixture.run("{\"command\": \"config-get\"}").get("arguments"));
    }

    @Test
    void configSetWithAnInvalidConfigurationChangesNothingAndSaysWhereWhy() {
        String bad = "{\"command\": \"config-set\", \"arguments\": {\"Dhcp4\": {\"bogus\": 1}}}";
        JsonObject answer = fixture.run(bad);
        assertEquals(1, ControlResult.code(answer));
        String text = ControlResult.text(answer);
        assertTrue(text.contains("bogus") && text.endsWith("(<wire>:1:" + (bad.indexOf("\"bogus") + 1) + ")"),
                text);
        assertEquals("alpha", tag());
        assertTrue(Files.exists(fixture.socket()), "the control socket keeps serving");
    }

    @Test
    void configSetMovesTheControlSocketWhenItsNameChanges() throws Exception {
        String moved = "{\"command\": \"config-set\", \"arguments\": "
                + ControlFixture.config(dir, "beta", "moved.sock") + "}";
        JsonObject answer = UnixControlClient.execute(fixture.socket(), ControlFixture.parse(moved));

        assertEquals(0, ControlResult.code(answer), answer::toString);
        assertFalse(Files.exists(fixture.socket()));
        JsonObject tag = UnixControlClient.execute(dir.resolve("moved.sock"),
                ControlFixture.parse("{\"command\": \"server-tag-get\"}"));
        assertEquals("{\"server-tag\":\"beta\"}", JsonWriter.compact(tag.get("arguments")));
    }

    @Test
    void configReloadRereadsTheFile() throws Exception {
        Files.writeString(fixture.configFile, ControlFixture.config(dir, "gamma", "ctl.sock"));
        fixture.expect(0, "Configuration successful.", "{\"command\": \"config-reload\"}");
        assertEquals("gamma", tag());
    }

    @Test
    void configReloadOfABadFileKeepsTheConfigurationAndSaysWhy() throws Exception {
        Files.writeString(fixture.configFile, "{ \"Dhcp4\": { \"bogus\": 1 } }\n");
        JsonObject answer = fixture.run("{\"command\": \"config-reload\"}");
        assertEquals(1, ControlResult.code(answer));
        assertTrue(ControlResult.text(answer).startsWith("Config reload failed: configuration error using file '"
                + fixture.configFile + "': " + fixture.configFile + ":1."), ControlResult.text(answer));
        assertEquals("alpha", tag());
    }

    @Test
    void configWriteWritesAFileThatStartsAServerWithTheSameConfigGet() throws Exception {
        fixture.expect(0, "Configuration successful.", configSet("beta"));
        Path written = dir.resolve("written.json");
        JsonObject answer = fixture.expect(0, "Configuration written to " + written + " successful",
                "{\"command\": \"config-write\", \"arguments\": {\"filename\": \"" + written + "\"}}");
        JsonObject args = (JsonObject) answer.get("arguments");
        assertEquals(written.toString(), ((JsonString) args.get("filename")).value());
        assertEquals(Files.size(written), ((JsonNumber) args.get("size")).longValue());
        JsonObject before = fixture.run("{\"command\": \"config-get\"}");
        fixture.close();

        Dhcp4Server again = new Dhcp4Server(new ServerSettings(written, new ServerPorts(0, 68), dir, dir),
                CoreServerParts.create(dir));
        again.start();
        try {
            assertEquals(before, again.commands().execute(ControlFixture.parse("{\"command\": \"config-get\"}")));
        } finally {
            again.stop();
        }
    }

    @Test
    void configWriteWithoutFilenameWritesTheRunningFile() throws Exception {
        fixture.expect(0, "Configuration successful.", configSet("beta"));
        fixture.expect(0, "Configuration written to " + fixture.configFile + " successful",
                "{\"command\": \"config-write\"}");
        assertEquals(ControlFixture.parse0(ControlFixture.config(dir, "beta", "ctl.sock")),
                ControlFixture.parse(Files.readString(fixture.configFile)));
    }

    @Test
    void configWriteRefusesBadFilenamesWithKeasTexts() {
        fixture.expect(1, "passed parameter 'filename' is not a string",
                "{\"command\": \"config-write\", \"arguments\": {\"filename\": 5}}");
        fixture.expect(1, "Error during write-config:Unable to open file " + dir + " for writing",
                "{\"command\": \"config-write\", \"arguments\": {\"filename\": \"" + dir + "\"}}");
    }
}
