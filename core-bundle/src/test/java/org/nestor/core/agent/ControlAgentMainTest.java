package org.nestor.core.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kea-ctrl-agent's command line; the expected errors are what kea-ctrl-agent 2.2 -t prints for the same files. */
class ControlAgentMainTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ControlAgentMain(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void checkAcceptsAGoodFileAndRefusesAnUnknownKeyWithItsPosition() throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), "{\"Control-agent\": {\"http-port\": 18000}}");
        assertEquals(0, run("-t", good.toString()));
        Path bad = Files.writeString(dir.resolve("bad2.json"), "{\"Control-agent\":{\"foo\":1}}\n");
        assertEquals(1, run("-t", bad.toString()));
        assertEquals("Syntax check failed with: " + bad + ":1.19: got unexpected keyword \"foo\" in Control-agent map.",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void unknownFlagIsAUsageError() {
        assertEquals(1, run("-x"));
        assertEquals("Usage error: unsupported option: [x]", err.toString(StandardCharsets.UTF_8).lines().findFirst()
                .orElse(""));
    }
}
