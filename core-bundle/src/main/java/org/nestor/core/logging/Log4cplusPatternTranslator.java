package org.nestor.core.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Translates a log4cplus {@code PatternLayout} pattern, as Kea's {@code pattern} option takes it, into a log4j2
 * {@code PatternLayout} pattern.
 *
 * <p>Conversions: {@code %D{fmt}} (local time) becomes {@code %d{java}}, {@code %d{fmt}} (UTC) becomes
 * {@code %d{java}{UTC}} (see {@link StrftimeTranslator}; without a format log4cplus's ISO 8601 form
 * {@code %Y-%m-%d %H:%M:%S,%q} is used); {@code %c{n} %p %m %n %x %X{key} %F %L %l %M %r} keep their meaning;
 * {@code %b} becomes {@code %F}; {@code %i} becomes {@code %pid}; {@code %t} and {@code %T} become {@code %tid}
 * (a Java thread id, where Kea prints a pthread id); {@code %h} and {@code %H} become the host name and
 * {@code %E{var}} the environment variable, both read when the configuration is loaded. Width and precision
 * modifiers ({@code %-5p}, {@code %20.30c}) mean the same in both. Any other conversion is kept as literal text
 * and reported as a warning.
 */
public final class Log4cplusPatternTranslator {

    private static final String ISO8601 = "%Y-%m-%d %H:%M:%S,%q";

    /**
     * A translated pattern.
     *
     * @param pattern the log4j2 pattern
     * @param warnings one message per conversion kept literally
     */
    public record TranslatedPattern(String pattern, List<String> warnings) {
    }

    private Log4cplusPatternTranslator() {
    }

    /**
     * Translates a pattern.
     *
     * @param log4cplus the pattern as configured (a JSON {@code \n} already being a newline character)
     * @return the log4j2 pattern and its warnings
     */
    public static TranslatedPattern translate(String log4cplus) {
        List<String> warnings = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < log4cplus.length()) {
            char c = log4cplus.charAt(i);
            if (c != '%') {
                appendLiteral(out, log4cplus, i);
                i++;
                continue;
            }
            int start = i++;
            while (i < log4cplus.length() && "-.0123456789".indexOf(log4cplus.charAt(i)) >= 0) {
                i++;
            }
            String modifiers = log4cplus.substring(start + 1, i);
            if (i == log4cplus.length()) {
                warnings.add(unsupported(log4cplus.substring(start), log4cplus));
                appendLiterally(out, log4cplus.substring(start));
                break;
            }
            char conversion = log4cplus.charAt(i++);
            String option = null;
            int close = log4cplus.indexOf('}', i);
            if (i < log4cplus.length() && log4cplus.charAt(i) == '{' && close > i) {
                option = log4cplus.substring(i + 1, close);
                i = close + 1;
            }
            String converted = convert(conversion, option, warnings::add);
            if (converted == null) {
                String original = log4cplus.substring(start, i);
                warnings.add(unsupported(original, log4cplus));
                appendLiterally(out, original);
            } else {
                out.append(converted.startsWith("%") ? "%" + modifiers + converted.substring(1) : converted);
            }
        }
        return new TranslatedPattern(out.toString(), List.copyOf(warnings));
    }

    /** @return the log4j2 conversion, or null when log4j2 has none */
    private static String convert(char conversion, String option, Consumer<String> warnings) {
        String braced = option == null ? "" : "{" + option + "}";
        return switch (conversion) {
            case '%' -> "%%";
            case 'c', 'p', 'm', 'n', 'x', 'F', 'L', 'l', 'M', 'r' -> "%" + conversion + braced;
            case 'X' -> option == null ? "%X" : "%X" + braced;
            case 'b' -> "%F";
            case 'i' -> "%pid";
            case 't', 'T' -> "%tid";
            case 'D' -> "%d{" + StrftimeTranslator.translate(option == null ? ISO8601 : option, warnings) + "}";
            case 'd' -> "%d{" + StrftimeTranslator.translate(option == null ? ISO8601 : option, warnings) + "}{UTC}";
            case 'h', 'H' -> "${hostName}";
            case 'E' -> option == null ? null : "${env:" + option + "}";
            default -> null;
        };
    }

    private static String unsupported(String conversion, String pattern) {
        return "NESTOR_LOG_PATTERN_UNSUPPORTED conversion " + conversion + " in '" + pattern.replace("\n", "\\n")
                + "' has no log4j2 equivalent, kept as literal text";
    }

    private static void appendLiterally(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            appendLiteral(out, text, i);
        }
    }

    /** Appends one literal character, escaped for log4j2's pattern parser and its {@code ${}} lookups. */
    private static void appendLiteral(StringBuilder out, String text, int index) {
        char c = text.charAt(index);
        switch (c) {
            case '%' -> out.append("%%");
            case '\n' -> out.append("%n");
            case '\\' -> out.append("\\\\");
            case '$' -> out.append(index + 1 < text.length() && text.charAt(index + 1) == '{' ? "$$" : "$");
            default -> out.append(c);
        }
    }
}
