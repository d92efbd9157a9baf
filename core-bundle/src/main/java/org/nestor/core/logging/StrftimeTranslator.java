package org.nestor.core.logging;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns a log4cplus date format (strftime, plus log4cplus's {@code %q} for milliseconds) into a log4j2
 * {@code %d} pattern (java.time letters, literal text quoted). {@code %e} (space-padded day) becomes a plain
 * day number; specifiers without a java.time equivalent are kept as literal text with a warning.
 */
final class StrftimeTranslator {

    private static final Map<Character, String> FIELDS = Map.ofEntries(
            Map.entry('Y', "yyyy"), Map.entry('y', "yy"), Map.entry('m', "MM"), Map.entry('d', "dd"),
            Map.entry('e', "d"), Map.entry('H', "HH"), Map.entry('I', "hh"), Map.entry('M', "mm"),
            Map.entry('S', "ss"), Map.entry('q', "SSS"), Map.entry('b', "MMM"), Map.entry('h', "MMM"),
            Map.entry('B', "MMMM"), Map.entry('a', "EEE"), Map.entry('A', "EEEE"), Map.entry('j', "DDD"),
            Map.entry('p', "a"), Map.entry('Z', "z"), Map.entry('z', "Z"), Map.entry('F', "yyyy-MM-dd"),
            Map.entry('T', "HH:mm:ss"), Map.entry('R', "HH:mm"), Map.entry('D', "MM/dd/yy"));

    private StrftimeTranslator() {
    }

    /**
     * Translates one date format.
     *
     * @param strftime the text between the braces of {@code %D{...}} or {@code %d{...}}
     * @param warnings receives one message per specifier kept literally
     * @return the java.time pattern for log4j2's {@code %d{...}}
     */
    static String translate(String strftime, Consumer<String> warnings) {
        StringBuilder java = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < strftime.length(); i++) {
            char c = strftime.charAt(i);
            if (c != '%') {
                literal.append(c);
                continue;
            }
            if (i + 1 == strftime.length()) {
                warnings.accept(unsupported("%", strftime));
                literal.append(c);
                continue;
            }
            char spec = strftime.charAt(++i);
            String field = FIELDS.get(spec);
            if (spec == '%') {
                literal.append('%');
            } else if (field == null) {
                warnings.accept(unsupported("%" + spec, strftime));
                literal.append('%').append(spec);
            } else {
                appendLiteral(java, literal);
                java.append(field);
            }
        }
        appendLiteral(java, literal);
        return java.toString();
    }

    private static String unsupported(String specifier, String strftime) {
        return "NESTOR_LOG_PATTERN_UNSUPPORTED date specifier " + specifier + " in '" + strftime
                + "' has no log4j2 equivalent, kept as literal text";
    }

    /** Appends pending literal text, quoting letters and doubling single quotes as java.time requires. */
    private static void appendLiteral(StringBuilder java, StringBuilder literal) {
        boolean quoted = false;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            boolean needsQuote = Character.isLetter(c);
            if (needsQuote != quoted && c != '\'') {
                java.append('\'');
                quoted = needsQuote;
            }
            java.append(c == '\'' ? "''" : String.valueOf(c));
        }
        if (quoted) {
            java.append('\'');
        }
        literal.setLength(0);
    }
}
