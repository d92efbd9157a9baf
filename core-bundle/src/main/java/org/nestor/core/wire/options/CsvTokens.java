package org.nestor.core.wire.options;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits csv-format option data as Kea does: on commas, {@code \,} standing for a comma and {@code \\} for a
 * backslash, empty tokens dropped, each value trimmed.
 */
final class CsvTokens {
    private CsvTokens() {
    }

    static List<String> split(String data) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '\\' && i + 1 < data.length() && (data.charAt(i + 1) == ',' || data.charAt(i + 1) == '\\')) {
                cur.append(data.charAt(++i));
            } else if (c == ',') {
                add(out, cur);
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        if (cur.length() > 0) {
            out.add(cur.toString().trim());
            cur.setLength(0);
        }
    }
}
