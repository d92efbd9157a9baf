package org.nestor.core.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class Log4cplusPatternTranslatorTest {

    private static String translated(String log4cplus) {
        Log4cplusPatternTranslator.TranslatedPattern result = Log4cplusPatternTranslator.translate(log4cplus);
        assertEquals(List.of(), result.warnings());
        return result.pattern();
    }

    @Test
    void keasDefaultPatternsBecomeTheirLog4jEquivalents() {
        assertEquals("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5p [%c/%pid.%tid] %m%n", translated(KeaOutput.DEFAULT_PATTERN));
        assertEquals("%-5p [%c.%tid] %m%n", translated(KeaOutput.DEFAULT_SYSLOG_PATTERN));
    }

    @Test
    void widthPrecisionAndLoggerDepthArePreserved() {
        assertEquals("%20.30c{2} %-8p %.100m", translated("%20.30c{2} %-8p %.100m"));
    }

    @Test
    void utcDateAndLettersInsideTheDateAreQuoted() {
        assertEquals("%d{yyyy-MM-dd'T'HH:mm:ss'Z'}{UTC} %m", translated("%d{%Y-%m-%dT%H:%M:%SZ} %m"));
        assertEquals("%d{EEE MMM d HH:mm:ss z yyyy}", translated("%D{%a %b %e %T %Z %Y}"));
        assertEquals("%d{yyyy-MM-dd HH:mm:ss,SSS}", translated("%D"));
    }

    @Test
    void literalTextIsEscapedForLog4j() {
        assertEquals("100%% $${user} $5 \\\\ %m%n", translated("100%% ${user} $5 \\ %m\n"));
    }

    @Test
    void hostEnvironmentAndContextConversionsMapToLookupsAndMdc() {
        assertEquals("${hostName} ${env:SITE} %X{tid} %x", translated("%h %E{SITE} %X{tid} %x"));
    }

    @Test
    void unknownConversionsAreKeptLiterallyWithAWarning() {
        Log4cplusPatternTranslator.TranslatedPattern result =
                Log4cplusPatternTranslator.translate("%-5j{x} %D{%Y %s} %m %");
        assertEquals("%%-5j{x} %d{yyyy %'s'} %m %%", result.pattern());
        assertEquals(3, result.warnings().size(), result.warnings()::toString);
        assertTrue(result.warnings().get(0).contains("%-5j{x}"), result.warnings()::toString);
    }
}
