package org.nestor.core.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.core.logging.KeaLoggersFixtures.file;
import static org.nestor.core.logging.KeaLoggersFixtures.logger;
import static org.nestor.core.logging.KeaLoggersFixtures.output;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.config.LoggerConfig;

/** File rotation and syslog datagrams of translated outputs, produced by real log4j2-core. */
class KeaOutputsInLog4jTest {

    private static final int LINE_PADDING = 150;

    @TempDir
    Path dir;

    private Log4jHarness start(Map<String, String> properties) {
        Log4jHarness log4j = Log4jHarness.start(properties);
        assertEquals(List.of(), log4j.configurationErrors());
        return log4j;
    }

    private Map<String, String> translate(LoggerConfig... loggers) throws IOException {
        return new KeaLoggingTranslator(w -> { }).translate(List.of(loggers), Log4jHarness.template(dir), false);
    }

    /** Logs numbered lines of about 200 bytes until {@code bytes} have been written. */
    private static int logNumberedLines(Logger logger, long bytes) {
        String padding = "x".repeat(LINE_PADDING);
        int lines = (int) (bytes / (LINE_PADDING + 60)) + 1;
        IntStream.range(0, lines).forEach(n -> logger.info("LINE {} {}", n, padding));
        return lines;
    }

    private static IntStream lineNumbers(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .mapToInt(line -> Integer.parseInt(line.replaceAll(".*LINE (\\d+) x+$", "$1")));
    }

    @Test
    void fileRotatesAtMaxsizeKeepingMaxverOlderFilesNewestFirst() throws IOException {
        Path log = dir.resolve("kea-dhcp4.log");
        long maxSize = KeaOutput.MIN_ROTATION_SIZE;
        int written;
        try (Log4jHarness log4j = start(translate(logger("kea-dhcp4", "INFO", 0, file(log, maxSize, 2))))) {
            written = logNumberedLines(log4j.logger("kea-dhcp4.leases"), 4 * maxSize);
        }
        Path first = Path.of(log + ".1");
        Path second = Path.of(log + ".2");
        assertTrue(Files.exists(first) && Files.exists(second));
        assertFalse(Files.exists(Path.of(log + ".3")), "more than maxver old files kept");
        for (Path rotated : List.of(first, second)) {
            assertTrue(Files.size(rotated) > maxSize - LINE_PADDING - 100 && Files.size(rotated) < maxSize + 300,
                    rotated + " has " + Files.size(rotated) + " bytes");
        }
        assertTrue(lineNumbers(second).max().getAsInt() < lineNumbers(first).min().getAsInt());
        assertTrue(lineNumbers(first).max().getAsInt() < lineNumbers(log).min().getAsInt());
        assertEquals(written - 1, lineNumbers(log).max().getAsInt());
    }

    @Test
    void fileBelowKeasRotationMinimumGrowsWithoutRotating() throws IOException {
        Path log = dir.resolve("kea-dhcp4.log");
        long maxSize = KeaOutput.MIN_ROTATION_SIZE - 1;
        try (Log4jHarness log4j = start(translate(logger("kea-dhcp4", "INFO", 0, file(log, maxSize, 2))))) {
            logNumberedLines(log4j.logger("kea-dhcp4.leases"), 2 * maxSize);
        }
        assertTrue(Files.size(log) > 2 * maxSize);
        assertFalse(Files.exists(Path.of(log + ".1")));
    }

    @Test
    void restartAppendsToTheExistingFile() throws IOException {
        Path log = dir.resolve("kea-dhcp4.log");
        for (String message : List.of("DHCP4_STARTED first run", "DHCP4_STARTED second run")) {
            try (Log4jHarness log4j = start(translate(logger("kea-dhcp4", "INFO", 0, file(log))))) {
                log4j.logger("kea-dhcp4.dhcp4").info(message);
            }
        }
        List<String> lines = Files.readAllLines(log);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).endsWith("first run") && lines.get(1).endsWith("second run"), lines::toString);
    }

    @Test
    void syslogOutputSendsKeasLineWithTheNamedFacility() throws IOException {
        try (DatagramSocket syslogd = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            syslogd.setSoTimeout(5000);
            Map<String, String> properties = new HashMap<>(
                    translate(logger("kea-dhcp4", "INFO", 0, output("syslog:local3"))));
            properties.replaceAll((key, value) -> key.endsWith(".port") && value.equals("514")
                    ? String.valueOf(syslogd.getLocalPort())
                    : key.endsWith(".host") && value.equals("localhost") ? "127.0.0.1" : value);
            try (Log4jHarness log4j = start(properties)) {
                log4j.logger("kea-dhcp4.dhcp4").warn("DHCP4_MULTI_THREADING_INFO enabled: no");
            }
            DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
            syslogd.receive(packet);
            String datagram = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            int localThreeWarning = SyslogFacility.LOCAL3.code() * 8 + 4;
            String expected = "<" + localThreeWarning + ">\\S+ \\d\\d \\d\\d:\\d\\d:\\d\\d [^\\s$]+ kea-dhcp4: WARN  "
                    + "\\[kea-dhcp4\\.dhcp4\\." + Thread.currentThread().getId() + "\\] "
                    + "DHCP4_MULTI_THREADING_INFO enabled: no\n";
            assertTrue(datagram.matches(expected), datagram);
        }
    }
}
