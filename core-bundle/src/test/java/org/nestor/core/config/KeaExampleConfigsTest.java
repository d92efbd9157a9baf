package org.nestor.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example configuration Kea ships for kea-dhcp4 goes through Nestor's parser and through
 * {@code kea-dhcp4 -t}, run as an operator would; both must give the same verdict. Kea's own verdict depends on
 * this machine (interfaces such as eth1 that do not exist, hook libraries under /opt that are not installed), and
 * Nestor's parser checks interfaces the same way through {@link SystemEnvironment#HOST}, so the verdicts must agree
 * here too. Hook libraries differ by design: Nestor resolves them by name to bundles when the server runs, never to
 * files; where Kea refuses an example because a library file is missing, Nestor is run as the container would answer
 * when no bundle provides the library, and must refuse it too. Skipped, visibly, only when kea-dhcp4 is not
 * installed.
 */
class KeaExampleConfigsTest {
    private static final List<Path> EXAMPLE_DIRS = List.of(Path.of("/usr/share/doc/kea-doc/examples/kea4"),
            Path.of("/usr/share/doc/kea/examples/kea4"));
    private static final Path KEA = Path.of("/usr/sbin/kea-dhcp4");

    /**
     * Examples on which Nestor is known to disagree with Kea, with the reason and a fragment of Nestor's message.
     * The test asserts the disagreement is still the known one, so fixing it makes the test fail until the entry
     * is removed.
     */
    private static final Map<String, String[]> KNOWN_DISAGREEMENTS = Map.of();

    /** The machine's interfaces, and no bundle providing any hook library. */
    private static final SystemEnvironment NO_HOOK_BUNDLES = new SystemEnvironment() {
        @Override
        public boolean interfaceExists(String name) {
            return SystemEnvironment.HOST.interfaceExists(name);
        }

        @Override
        public boolean hookLibraryLoadable(String library) {
            return false;
        }
    };

    @TestFactory
    Stream<DynamicTest> nestorAndKeaGiveTheSameVerdictOnEveryExample() throws IOException {
        assumeTrue(Files.isExecutable(KEA), "kea-dhcp4 is not installed (" + KEA + "): Kea comparison skipped");
        Path dir = EXAMPLE_DIRS.stream().filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(dir != null, "kea-dhcp4 is installed but its example configs are not (package kea-doc)");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no example in " + dir);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> compare(f)));
    }

    private static void compare(Path file) throws Exception {
        String kea = keaVerdict(file);
        SystemEnvironment env = kea.contains("hooks libraries failed to validate") ? NO_HOOK_BUNDLES
                : SystemEnvironment.HOST;
        String nestor;
        try {
            new Dhcp4ConfigParser().environment(env).parseFile(file);
            nestor = "accepted";
        } catch (ConfigException e) {
            nestor = "refused: " + e.getMessage();
        }
        String[] known = KNOWN_DISAGREEMENTS.get(file.getFileName().toString());
        if (known != null) {
            assertTrue(kea.startsWith("accepted") != nestor.startsWith("accepted") && nestor.contains(known[1]),
                    "known disagreement (" + known[0] + ") changed for " + file + "\n  kea-dhcp4 -t: " + kea
                            + "\n  nestor:       " + nestor);
            return;
        }
        assertEquals(kea.startsWith("accepted"), nestor.startsWith("accepted"),
                "verdicts differ for " + file + "\n  kea-dhcp4 -t: " + kea + "\n  nestor:       " + nestor);
    }

    /** @return "accepted" or "refused: <Kea's last line>" */
    private static String keaVerdict(Path file) throws Exception {
        Process p = new ProcessBuilder(KEA.toString(), "-t", file.toString()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("kea-dhcp4 -t did not finish on " + file);
        }
        String text = new String(out, StandardCharsets.UTF_8).strip();
        String last = text.isEmpty() ? "" : text.substring(text.lastIndexOf('\n') + 1);
        return p.exitValue() == 0 ? "accepted" : "refused: " + last;
    }
}
