package org.nestor.core.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.core.logging.KeaLoggersFixtures.file;
import static org.nestor.core.logging.KeaLoggersFixtures.logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.config.LoggerConfig;

/** The translation, fed to real log4j2-core on top of Nestor's shipped template, logs where Kea would. */
class KeaLoggersInLog4jTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private Log4jHarness start(boolean debugFlag, LoggerConfig... loggers) throws IOException {
        Map<String, String> properties = new KeaLoggingTranslator(warnings::add)
                .translate(List.of(loggers), Log4jHarness.template(dir), debugFlag);
        Log4jHarness log4j = Log4jHarness.start(properties);
        assertEquals(List.of(), log4j.configurationErrors());
        return log4j;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    @Test
    void fileOutputGetsKeasDefaultLineFormat() throws IOException {
        Path log = dir.resolve("kea-dhcp4.log");
        try (Log4jHarness log4j = start(false, logger("kea-dhcp4", "INFO", 0, file(log)))) {
            log4j.logger("kea-dhcp4.dhcp4").info("DHCP4_STARTED Kea DHCPv4 server version 2.2.0 started");
        }
        String threadPart = ProcessHandle.current().pid() + "." + Thread.currentThread().getId();
        Pattern keaLine = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[kea-dhcp4\\.dhcp4/"
                + Pattern.quote(threadPart) + "\\] DHCP4_STARTED Kea DHCPv4 server version 2\\.2\\.0 started");
        List<String> lines = lines(log);
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(keaLine.matcher(lines.get(0)).matches(), lines.get(0));
    }

    @Test
    void childWithoutEntryInheritsParentAndChildWithOutputsKeepsItsOwn() throws IOException {
        Path main = dir.resolve("main.log");
        Path dhcpsrv = dir.resolve("dhcpsrv.log");
        try (Log4jHarness log4j = start(false, logger("kea-dhcp4", "INFO", 0, file(main)),
                logger("kea-dhcp4.dhcpsrv", "DEBUG", 10, file(dhcpsrv)),
                logger("kea-dhcp4.hosts", "DEBUG", 99))) {
            log4j.logger("kea-dhcp4.packets").info("DHCP4_PACKET_RECEIVED inherited");
            log4j.logger("kea-dhcp4.packets").debug("DHCP4_BUFFER_RECEIVED below the parent's severity");
            log4j.logger("kea-dhcp4.dhcpsrv").debug("DHCPSRV_MEMFILE_DB own output");
            log4j.logger("kea-dhcp4.hosts").info("HOSTS_CFG_ADD_HOST entry without outputs");
        }
        assertEquals(List.of("DHCP4_PACKET_RECEIVED inherited"), messages(lines(main)));
        assertEquals(List.of("DHCPSRV_MEMFILE_DB own output"), messages(lines(dhcpsrv)));
        assertFalse(Files.readString(dir.resolve("karaf.log")).contains("HOSTS_CFG_ADD_HOST"));
    }

    @Test
    void unconfiguredLoggersKeepTheTemplateDefaults() throws IOException {
        Path packets = dir.resolve("packets.log");
        try (Log4jHarness log4j = start(false, logger("kea-dhcp4.packets", "INFO", 0, file(packets)))) {
            log4j.logger("kea-dhcp4.dhcp4").info("DHCP4_STARTED template logger");
            log4j.logger("kea-dhcp4.dhcp4").debug("DHCP4_CONFIG_START below the template's INFO");
            log4j.logger("org.nestor.other").info("a Karaf line");
        }
        String karafLog = Files.readString(dir.resolve("karaf.log"));
        assertTrue(karafLog.contains("DHCP4_STARTED template logger"), karafLog);
        assertTrue(karafLog.contains("a Karaf line"), karafLog);
        assertFalse(karafLog.contains("DHCP4_CONFIG_START"), karafLog);
        assertEquals(List.of(), lines(packets));
    }

    @Test
    void severityDebuglevelAndNoneFilterAsInKea() throws IOException {
        Path warn = dir.resolve("warn.log");
        Path detail = dir.resolve("detail.log");
        Path basic = dir.resolve("basic.log");
        Path none = dir.resolve("none.log");
        try (Log4jHarness log4j = start(false, logger("kea-dhcp4", "WARN", 0, file(warn)),
                logger("kea-dhcp4.packets", "DEBUG", 55, file(detail)),
                logger("kea-dhcp4.leases", "DEBUG", 40, file(basic)),
                logger("kea-dhcp4.bad-packets", "NONE", 0, file(none)))) {
            for (String name : List.of("kea-dhcp4.dhcp4", "kea-dhcp4.packets", "kea-dhcp4.leases",
                    "kea-dhcp4.bad-packets")) {
                log4j.logger(name).trace("T");
                log4j.logger(name).debug("D");
                log4j.logger(name).info("I");
                log4j.logger(name).warn("W");
                log4j.logger(name).fatal("F");
            }
        }
        assertEquals(List.of("W", "F"), messages(lines(warn)));
        assertEquals(List.of("T", "D", "I", "W", "F"), messages(lines(detail)));
        assertEquals(List.of("D", "I", "W", "F"), messages(lines(basic)));
        assertEquals(List.of(), lines(none));
    }

    @Test
    void debugFlagRaisesConfiguredLoggersToMaximumVerbosity() throws IOException {
        Path log = dir.resolve("kea.log");
        try (Log4jHarness log4j = start(true, logger("kea-dhcp4", "WARN", 0, file(log)))) {
            log4j.logger("kea-dhcp4.packets").trace("DHCP4_PACKET_RECEIVED at debuglevel 55");
        }
        assertEquals(List.of("DHCP4_PACKET_RECEIVED at debuglevel 55"), messages(lines(log)));
    }

    @Test
    void operatorPatternIsTranslated() throws IOException {
        Path log = dir.resolve("pattern.log");
        try (Log4jHarness log4j = start(false,
                logger("kea-dhcp4", "INFO", 0, file(log, "%D{%Y-%m-%dT%H:%M} %-5p|%c{1}|%m|100%%\n")))) {
            log4j.logger("kea-dhcp4.leases").warn("DHCPSRV_MEMFILE_LFC_START");
        }
        List<String> lines = lines(log);
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).matches(
                "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d WARN \\|leases\\|DHCPSRV_MEMFILE_LFC_START\\|100%"), lines.get(0));
        assertEquals(List.of(), warnings);
    }

    @Test
    void unknownConversionsArePrintedLiterally() throws IOException {
        Path log = dir.resolve("pattern.log");
        try (Log4jHarness log4j = start(false, logger("kea-dhcp4", "INFO", 0, file(log, "%D{%Y %s} %j %m\n")))) {
            log4j.logger("kea-dhcp4.leases").info("DHCPSRV_MEMFILE_LFC_START");
        }
        List<String> lines = lines(log);
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).matches("\\d{4} %s %j DHCPSRV_MEMFILE_LFC_START"), lines.get(0));
        assertEquals(2, warnings.size(), warnings::toString);
    }

    /** The message part of lines in Kea's default format. */
    private static List<String> messages(List<String> lines) {
        return lines.stream().map(line -> line.substring(line.indexOf("] ") + 2)).toList();
    }
}
