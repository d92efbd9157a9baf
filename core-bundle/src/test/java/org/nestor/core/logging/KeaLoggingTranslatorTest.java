package org.nestor.core.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.core.logging.KeaLoggersFixtures.logger;
import static org.nestor.core.logging.KeaLoggersFixtures.output;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nestor.core.config.LoggerConfig;

/** The properties the translation produces, key by key. */
class KeaLoggingTranslatorTest {

    private static final Map<String, String> TEMPLATE = Map.of(
            "log4j2.rootLogger.level", "INFO",
            "log4j2.logger.sshd.name", "org.apache.sshd",
            "log4j2.logger.sshd.level", "INFO",
            "log4j2.logger.kea.name", "kea-dhcp4",
            "log4j2.logger.kea.level", "${nestor.log.level:-INFO}",
            "log4j2.logger.kea.appenderRef.KeaConsole.ref", "KeaConsole");

    private static Map<String, String> translate(boolean debugFlag, LoggerConfig... loggers) {
        return new KeaLoggingTranslator(w -> { }).translate(List.of(loggers), TEMPLATE, debugFlag);
    }

    /** @return the appender key a logger refers to, from {@code log4j2.logger.<key>.appenderRef.<ref>.ref} */
    private static List<String> refs(Map<String, String> properties, String loggerKey) {
        String prefix = "log4j2.logger." + loggerKey + ".appenderRef.";
        return properties.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(Map.Entry::getValue).sorted().toList();
    }

    @Test
    void eachNameBecomesOneNonAdditiveLoggerWithItsLevelAndOutputs() {
        Map<String, String> p = translate(false, logger("kea-dhcp4.packets", "DEBUG", 55, output("stderr")));
        assertEquals("kea-dhcp4.packets", p.get("log4j2.logger.kea_dhcp4_packets.name"));
        assertEquals("TRACE", p.get("log4j2.logger.kea_dhcp4_packets.level"));
        assertEquals("false", p.get("log4j2.logger.kea_dhcp4_packets.additivity"));
        List<String> refs = refs(p, "kea_dhcp4_packets");
        assertEquals(1, refs.size());
        assertEquals("Console", p.get("log4j2.appender." + refs.get(0) + ".type"));
        assertEquals("SYSTEM_ERR", p.get("log4j2.appender." + refs.get(0) + ".target"));
        assertEquals(refs.get(0), p.get("log4j2.appender." + refs.get(0) + ".name"));
    }

    @Test
    void configuredNameReplacesTheTemplatesLoggerAndLeavesTheRest() {
        Map<String, String> p = translate(false, logger("kea-dhcp4", "ERROR", 0, output("stdout")));
        assertTrue(p.keySet().stream().noneMatch(k -> k.startsWith("log4j2.logger.kea.")), p::toString);
        assertEquals("ERROR", p.get("log4j2.logger.kea_dhcp4.level"));
        assertEquals("org.apache.sshd", p.get("log4j2.logger.sshd.name"));
        assertEquals("INFO", p.get("log4j2.rootLogger.level"));
    }

    @Test
    void unconfiguredTemplateLoggerIsKeptAsItIs() {
        Map<String, String> p = translate(false, logger("kea-dhcp4.leases", "INFO", 0, output("stdout")));
        assertEquals("${nestor.log.level:-INFO}", p.get("log4j2.logger.kea.level"));
        assertEquals("KeaConsole", p.get("log4j2.logger.kea.appenderRef.KeaConsole.ref"));
    }

    @Test
    void equalOutputsShareAnAppenderAndDifferentOnesDoNot() {
        Map<String, String> p = translate(false,
                logger("kea-dhcp4", "INFO", 0, output("stdout"), output("/tmp/kea.log")),
                logger("kea-dhcp4.packets", "INFO", 0, output("stdout")),
                logger("kea-dhcp4.leases", "INFO", 0, new LoggerConfig.Output("stdout", false, 0, 1, "%m\n")));
        String stdout = refs(p, "kea_dhcp4_packets").get(0);
        assertTrue(refs(p, "kea_dhcp4").contains(stdout));
        assertNotEquals(stdout, refs(p, "kea_dhcp4_leases").get(0));
        assertEquals(3, p.keySet().stream().filter(k -> k.matches("log4j2\\.appender\\.[^.]+\\.type")).count());
    }

    @Test
    void consoleFlushAndPatternReachTheAppender() {
        Map<String, String> p = translate(false,
                logger("kea-dhcp4", "INFO", 0, new LoggerConfig.Output("stdout", false, 0, 1, "%p %m\n")));
        String appender = "log4j2.appender." + refs(p, "kea_dhcp4").get(0);
        assertEquals("SYSTEM_OUT", p.get(appender + ".target"));
        assertEquals("false", p.get(appender + ".immediateFlush"));
        assertEquals("%p %m%n", p.get(appender + ".layout.pattern"));
    }

    @Test
    void rotatingFileUsesSizeTriggerAndKeepsAtLeastOneOldFile() {
        Map<String, String> p = translate(false, logger("kea-dhcp4", "INFO", 0,
                new LoggerConfig.Output("/var/log/kea-dhcp4.log", true, 1048576, 0, "")));
        String appender = "log4j2.appender." + refs(p, "kea_dhcp4").get(0);
        assertEquals("RollingFile", p.get(appender + ".type"));
        assertEquals("/var/log/kea-dhcp4.log", p.get(appender + ".fileName"));
        assertEquals("/var/log/kea-dhcp4.log.%i", p.get(appender + ".filePattern"));
        assertEquals("1048576", p.get(appender + ".policies.size.size"));
        assertEquals("1", p.get(appender + ".strategy.max"));
        assertEquals("min", p.get(appender + ".strategy.fileIndex"));
    }

    @Test
    void syslogGoesByUdpToLocalhostWithTheFacilityInHeaderAndAppender() {
        Map<String, String> p = translate(false, logger("kea-dhcp4", "INFO", 0, output("syslog:local3")));
        String appender = "log4j2.appender." + refs(p, "kea_dhcp4").get(0);
        assertEquals("Syslog", p.get(appender + ".type"));
        assertEquals("localhost", p.get(appender + ".host"));
        assertEquals("514", p.get(appender + ".port"));
        assertEquals("UDP", p.get(appender + ".protocol"));
        assertEquals("LOCAL3", p.get(appender + ".facility"));
        String pattern = p.get(appender + ".layout.pattern");
        assertTrue(pattern.contains("INFO=<" + (19 * 8 + 6) + ">"), pattern);
        assertTrue(pattern.endsWith("kea-dhcp4: %-5p [%c.%tid] %m%n"), pattern);
    }

    @Test
    void debugFlagOverridesEveryConfiguredSeverity() {
        Map<String, String> p = translate(true, logger("kea-dhcp4", "WARN", 0, output("stdout")),
                logger("kea-dhcp4.packets", "NONE", 0));
        assertEquals("TRACE", p.get("log4j2.logger.kea_dhcp4.level"));
        assertEquals("TRACE", p.get("log4j2.logger.kea_dhcp4_packets.level"));
    }

    @Test
    void debugFlagRaisesTheTemplatesRootLoggerWhenNotConfigured() {
        Map<String, String> p = translate(true, logger("kea-dhcp4.leases", "INFO", 0, output("stdout")));
        assertEquals("TRACE", p.get("log4j2.logger.kea.level"));
        assertEquals("KeaConsole", p.get("log4j2.logger.kea.appenderRef.KeaConsole.ref"));
        Map<String, String> bare = new KeaLoggingTranslator(w -> { }).translate(List.of(), Map.of(), true);
        assertEquals(Map.of("log4j2.logger.kea_dhcp4.name", "kea-dhcp4", "log4j2.logger.kea_dhcp4.level", "TRACE"),
                bare);
    }

    @Test
    void namesThatSanitiseAlikeGetDistinctKeys() {
        Map<String, String> p = translate(false, logger("kea-dhcp4.a-b", "INFO", 0),
                logger("kea-dhcp4.a.b", "ERROR", 0));
        assertEquals("kea-dhcp4.a-b", p.get("log4j2.logger.kea_dhcp4_a_b.name"));
        assertEquals("kea-dhcp4.a.b", p.get("log4j2.logger.kea_dhcp4_a_b_2.name"));
        assertEquals("ERROR", p.get("log4j2.logger.kea_dhcp4_a_b_2.level"));
    }

    @Test
    void repeatedNameTakesTheLaterLevelAndAllOutputs() {
        Map<String, String> p = translate(false, logger("kea-dhcp4", "INFO", 0, output("stdout")),
                logger("kea-dhcp4", "ERROR", 0, output("stderr")));
        assertEquals("ERROR", p.get("log4j2.logger.kea_dhcp4.level"));
        assertEquals(2, refs(p, "kea_dhcp4").size());
        assertFalse(p.containsKey("log4j2.logger.kea_dhcp4_2.name"));
    }

    @Test
    void anInvalidEntryRejectsTheWholeSection() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> translate(false,
                logger("kea-dhcp4", "INFO", 0, output("stdout")), logger("kea-dhcp4.packets", "VERBOSE", 0)));
        assertEquals("unrecognized log severity: VERBOSE", error.getMessage());
        assertEquals("loggers entry does not have a mandatory 'name' element",
                assertThrows(IllegalArgumentException.class, () -> translate(false, logger(" ", "INFO", 0)))
                        .getMessage());
    }
}
