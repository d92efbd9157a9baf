package org.nestor.core.json;

import java.util.List;

/** Writes values as JSON text: compact (one line, for control answers) or pretty (4-space indents, as Kea's config-write). */
public final class JsonWriter {
    private static final String INDENT = "    ";

    private JsonWriter() {
    }

    /** @return {@code value} on one line without spaces */
    public static String compact(JsonValue value) {
        StringBuilder sb = new StringBuilder(64);
        write(sb, value, -1);
        return sb.toString();
    }

    /** @return {@code value} indented, one member per line */
    public static String pretty(JsonValue value) {
        StringBuilder sb = new StringBuilder(256);
        write(sb, value, 0);
        return sb.append('\n').toString();
    }

    /** Appends {@code value} to {@code sb}; {@code depth} < 0 means compact. */
    public static void write(StringBuilder sb, JsonValue value, int depth) {
        switch (value.kind()) {
            case OBJECT -> writeObject(sb, (JsonObject) value, depth);
            case ARRAY -> writeArray(sb, ((JsonArray) value).items(), depth);
            case STRING -> quote(sb, ((JsonString) value).value());
            case INTEGER -> sb.append(((JsonNumber) value).longValue());
            case REAL -> sb.append(((JsonNumber) value).doubleValue());
            case BOOLEAN -> sb.append(((JsonBoolean) value).value());
            case NULL -> sb.append("null");
        }
    }

    private static void writeObject(StringBuilder sb, JsonObject object, int depth) {
        if (object.size() == 0) {
            sb.append("{ }");
            return;
        }
        sb.append('{');
        boolean first = true;
        for (JsonMember m : object.members()) {
            if (object.member(m.key()) != m) continue; // a repeated key: the last one wins
            if (!first) sb.append(',');
            first = false;
            newline(sb, depth < 0 ? -1 : depth + 1);
            quote(sb, m.key());
            sb.append(depth < 0 ? ":" : ": ");
            write(sb, m.value(), depth < 0 ? -1 : depth + 1);
        }
        newline(sb, depth);
        sb.append('}');
    }

    private static void writeArray(StringBuilder sb, List<JsonValue> items, int depth) {
        if (items.isEmpty()) {
            sb.append("[ ]");
            return;
        }
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(',');
            newline(sb, depth < 0 ? -1 : depth + 1);
            write(sb, items.get(i), depth < 0 ? -1 : depth + 1);
        }
        newline(sb, depth);
        sb.append(']');
    }

    private static void newline(StringBuilder sb, int depth) {
        if (depth < 0) return;
        sb.append('\n');
        for (int i = 0; i < depth; i++) sb.append(INDENT);
    }

    /** Appends {@code s} as a JSON string literal. */
    public static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
