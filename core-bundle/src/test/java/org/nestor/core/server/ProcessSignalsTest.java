package org.nestor.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcessSignalsTest {
    /**
     * {@code nohup nestor-dhcp4 -c ...}, or a test run whose parent ignores SIGHUP: the JVM inherits SIGHUP ignored
     * and, left alone, would not deliver it to the reload (seen as reloads lost in system-test runs).
     */
    @Test
    void sighupReloadsAProcessStartedWithSighupIgnored() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String command = "trap '' HUP; exec \"$0\" -cp \"$1\" " + SignalProbe.class.getName();
        Process probe = new ProcessBuilder("sh", "-c", command, java.toString(),
                System.getProperty("java.class.path")).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertTrue(readUntil(out, SignalProbe.READY, lines), () -> "probe output: " + lines);
            new ProcessBuilder("kill", "-HUP", Long.toString(probe.pid())).start().waitFor(10, TimeUnit.SECONDS);
            assertTrue(readUntil(out, SignalProbe.RELOADED, lines), () -> "no reload on SIGHUP: " + lines);
        } finally {
            probe.destroyForcibly();
            probe.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** @return whether {@code text} came before the probe ended its output (it ends within 30 s) */
    private static boolean readUntil(BufferedReader out, String text, List<String> lines) throws Exception {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
            if (line.equals(text)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aHandlerReplacedByOtherCodeIsTakenBackOnce() {
        ProcessSignals installed = ProcessSignals.install(() -> { }, null);
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("HUP"), signal -> { });

            assertEquals(List.of("HUP"), installed.takeBack());
            assertEquals(List.of(), installed.takeBack());
        } finally {
            installed.close();
        }
    }
}
