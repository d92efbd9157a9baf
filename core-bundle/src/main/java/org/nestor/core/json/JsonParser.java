package org.nestor.core.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads Kea-dialect JSON: standard JSON plus {@code //}, {@code #} and {@code /* *\/} comments,
 * {@code <?include "file"?>} and, as Kea 2.2 tolerates, a comma before a closing bracket (reported as a warning).
 * Every value carries the position it was read from; values from an included file name that file.
 *
 * <p>Not thread-safe; use one parser per thread (they are cheap).
 */
public final class JsonParser {
    private final Path includeBase;
    private final List<String> warnings = new ArrayList<>();
    private JsonLexer lexer;

    /** A parser resolving relative includes against the working directory, as Kea does. */
    public JsonParser() {
        this(Path.of("").toAbsolutePath());
    }

    /** @param includeBase directory relative {@code <?include?>} paths are resolved against */
    public JsonParser(Path includeBase) {
        this.includeBase = includeBase;
    }

    /** Parses one value from {@code text}; {@code sourceName} names it in positions. */
    public JsonValue parse(String text, String sourceName) throws JsonException {
        warnings.clear();
        lexer = new JsonLexer(text, sourceName, includeBase);
        lexer.next();
        JsonValue value = value();
        if (lexer.token != JsonToken.EOF) throw unexpected("end of file");
        return value;
    }

    /** Reads and parses a file; positions name it as given. */
    public JsonValue parseFile(Path file) throws JsonException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException | RuntimeException e) {
            throw new JsonException(new JsonPosition(file.toString(), 0, 0), "can't open file: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** @return warnings of the last parse (e.g. Kea's "Extraneous comma"), with positions */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    private JsonValue value() throws JsonException {
        JsonPosition at = lexer.start;
        switch (lexer.token) {
            case LBRACE: return object();
            case LBRACKET: return array();
            case STRING: return advance(new JsonString(lexer.text, at));
            case INTEGER: return advance(JsonNumber.ofLong(lexer.longValue, at));
            case REAL: return advance(JsonNumber.ofDouble(lexer.doubleValue, at));
            case TRUE: return advance(new JsonBoolean(true, at));
            case FALSE: return advance(new JsonBoolean(false, at));
            case NULL: return advance(new JsonNull(at));
            default: throw unexpected(null);
        }
    }

    private JsonValue advance(JsonValue v) throws JsonException {
        lexer.next();
        return v;
    }

    private JsonObject object() throws JsonException {
        JsonPosition at = lexer.start;
        List<JsonMember> members = new ArrayList<>();
        lexer.next();
        while (lexer.token != JsonToken.RBRACE) {
            if (lexer.token != JsonToken.STRING) throw unexpected(members.isEmpty() ? "constant string or }" : "}");
            String key = lexer.text;
            JsonPosition keyAt = lexer.start;
            if (lexer.next() != JsonToken.COLON) throw unexpected(":");
            lexer.next();
            members.add(new JsonMember(key, keyAt, value()));
            if (!separator(JsonToken.RBRACE)) break;
        }
        if (lexer.token != JsonToken.RBRACE) throw unexpected("\",\" or }");
        JsonPosition end = lexer.start;
        lexer.next();
        return new JsonObject(members, at, end);
    }

    private JsonArray array() throws JsonException {
        JsonPosition at = lexer.start;
        List<JsonValue> items = new ArrayList<>();
        lexer.next();
        while (lexer.token != JsonToken.RBRACKET) {
            items.add(value());
            if (!separator(JsonToken.RBRACKET)) break;
        }
        if (lexer.token != JsonToken.RBRACKET) throw unexpected("\",\" or ]");
        lexer.next();
        return new JsonArray(items, at);
    }

    /** Consumes a comma; returns false when none. A comma right before {@code close} is Kea's extraneous comma. */
    private boolean separator(JsonToken close) throws JsonException {
        if (lexer.token != JsonToken.COMMA) return false;
        JsonPosition comma = lexer.start;
        if (lexer.next() == close) {
            warnings.add(comma + ": Extraneous comma. A piece of configuration may have been omitted.");
        }
        return true;
    }

    private JsonException unexpected(String expecting) {
        String msg = "syntax error, unexpected " + lexer.token.keaName;
        return new JsonException(lexer.start, expecting == null ? msg : msg + ", expecting " + expecting);
    }
}
