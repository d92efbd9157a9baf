package org.nestor.core.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KeaSeverityTest {

    @Test
    void severityIsReadIgnoringCaseAsKeaDoes() {
        assertEquals(KeaSeverity.DEBUG, KeaSeverity.parse("debug"));
        assertEquals(KeaSeverity.WARN, KeaSeverity.parse("Warn"));
    }

    @Test
    void unknownOrMissingSeverityIsRejectedWithKeasWording() {
        assertEquals("unrecognized log severity: LOUD",
                assertThrows(IllegalArgumentException.class, () -> KeaSeverity.parse("LOUD")).getMessage());
        assertEquals("loggers entry does not have a mandatory 'severity' element",
                assertThrows(IllegalArgumentException.class, () -> KeaSeverity.parse(null)).getMessage());
    }

    @Test
    void debuglevelOutsideZeroToNinetyNineIsRejected() {
        KeaSeverity.checkDebugLevel(0);
        KeaSeverity.checkDebugLevel(99);
        assertEquals("Unsupported debuglevel value 100, expected 0-99",
                assertThrows(IllegalArgumentException.class, () -> KeaSeverity.checkDebugLevel(100)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> KeaSeverity.checkDebugLevel(-1));
    }

    @Test
    void debugSplitsIntoDebugAndTraceAtDebuglevelFifty() {
        assertEquals("DEBUG", KeaSeverity.DEBUG.log4jLevel(0));
        assertEquals("DEBUG", KeaSeverity.DEBUG.log4jLevel(49));
        assertEquals("TRACE", KeaSeverity.DEBUG.log4jLevel(50));
        assertEquals("TRACE", KeaSeverity.DEBUG.log4jLevel(99));
    }

    @Test
    void otherSeveritiesIgnoreDebuglevelAndNoneIsOff() {
        assertEquals("INFO", KeaSeverity.INFO.log4jLevel(99));
        assertEquals("FATAL", KeaSeverity.FATAL.log4jLevel(0));
        assertEquals("OFF", KeaSeverity.NONE.log4jLevel(0));
    }
}
