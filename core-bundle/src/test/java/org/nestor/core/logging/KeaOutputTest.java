package org.nestor.core.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.core.config.LoggerConfig;

class KeaOutputTest {

    private final List<String> warnings = new ArrayList<>();

    private KeaOutput parse(String output, long maxSize, String pattern) {
        return KeaOutput.parse(new LoggerConfig.Output(output, true, maxSize, 1, pattern), warnings::add);
    }

    private KeaOutput parse(String output) {
        return parse(output, 10240000, "");
    }

    @Test
    void specialNamesAreConsolesAndSyslogAnythingElseIsAFile() {
        assertEquals(KeaOutput.Kind.STDOUT, parse("stdout").kind());
        assertEquals(KeaOutput.Kind.STDERR, parse("stderr").kind());
        assertEquals(KeaOutput.Kind.SYSLOG, parse("syslog").kind());
        KeaOutput file = parse("/var/log/kea/kea-dhcp4.log");
        assertEquals(KeaOutput.Kind.FILE, file.kind());
        assertEquals("/var/log/kea/kea-dhcp4.log", file.path());
        assertEquals(KeaOutput.Kind.FILE, parse("syslogs").kind());
    }

    @Test
    void syslogNameIsTheFacilityLocalZeroByDefault() {
        assertEquals(SyslogFacility.LOCAL0, parse("syslog").facility());
        assertEquals(SyslogFacility.LOCAL7, parse("syslog:local7").facility());
        assertEquals(SyslogFacility.DAEMON, parse("syslog:DAEMON").facility());
        assertEquals(List.of(), warnings);
    }

    @Test
    void unknownSyslogFacilityFallsBackToUserWithAWarning() {
        assertEquals(SyslogFacility.USER, parse("syslog:kea").facility());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("syslog:kea"), warnings::toString);
    }

    @Test
    void emptyOutputAndNegativeMaxsizeAreRejected() {
        assertEquals("output-options entry does not have a mandatory 'output' element",
                assertThrows(IllegalArgumentException.class, () -> parse(" ")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse(null));
        assertThrows(IllegalArgumentException.class, () -> parse("/tmp/x.log", -1, ""));
    }

    @Test
    void filesRotateOnlyFromKeasMinimumSize() {
        assertTrue(parse("/tmp/x.log", KeaOutput.MIN_ROTATION_SIZE, "").rotates());
        assertFalse(parse("/tmp/x.log", KeaOutput.MIN_ROTATION_SIZE - 1, "").rotates());
        assertFalse(parse("stdout", KeaOutput.MIN_ROTATION_SIZE, "").rotates());
    }

    @Test
    void emptyPatternMeansKeasDefaultForTheKind() {
        assertEquals(KeaOutput.DEFAULT_PATTERN, parse("stdout").log4cplusPattern());
        assertEquals(KeaOutput.DEFAULT_SYSLOG_PATTERN, parse("syslog:local1").log4cplusPattern());
        assertEquals("%m\n", parse("stdout", 0, "%m\n").log4cplusPattern());
    }
}
