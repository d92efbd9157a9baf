package org.nestor.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonParserTest {
    @TempDir
    Path dir;

    private JsonValue parse(String text) throws JsonException {
        return new JsonParser(dir).parse(text, "t.json");
    }

    @Test
    void valuesCarryLineAndColumnOfTheirFirstCharacter() throws Exception {
        JsonObject o = (JsonObject) parse("{\n  \"a\": [1, 2.5],\n  \"b\": \"x\"\n}");
        assertEquals(new JsonPosition("t.json", 2, 3), o.member("a").keyPosition());
        assertEquals(new JsonPosition("t.json", 2, 8), o.get("a").position());
        assertEquals(new JsonPosition("t.json", 3, 8), o.get("b").position());
        JsonArray a = (JsonArray) o.get("a");
        assertTrue(((JsonNumber) a.get(0)).isInteger());
        assertFalse(((JsonNumber) a.get(1)).isInteger());
    }

    @Test
    void keaCommentStylesAreSkipped() throws Exception {
        JsonObject o = (JsonObject) parse("# hash\n{ // line\n \"a\": /* block\n spanning */ 1 }");
        assertEquals(1, ((JsonNumber) o.get("a")).longValue());
        assertEquals(4, o.get("a").position().line());
    }

    @Test
    void unterminatedBlockCommentIsReportedWhereItStarts() {
        JsonException e = assertThrows(JsonException.class, () -> parse("{\n  /* never closed\n}"));
        assertEquals(new JsonPosition("t.json", 2, 3), e.position());
        assertTrue(e.getMessage().startsWith("t.json:2.3: Comment not closed."), e.getMessage());
    }

    @Test
    void includedFileIsSplicedInAndItsValuesNameIt() throws Exception {
        Files.writeString(dir.resolve("inc.json"), "\n  \"b\": true");
        JsonObject o = (JsonObject) parse("{ \"a\": 1,\n <?include \"inc.json\"?> }");
        assertEquals(new JsonPosition("inc.json", 2, 3), o.member("b").keyPosition());
        assertEquals(new JsonPosition("t.json", 1, 8), o.get("a").position());
    }

    @Test
    void missingIncludeIsAnErrorAtTheIncludeDirective() {
        JsonException e = assertThrows(JsonException.class, () -> parse("{\n <?include \"nope.json\"?> }"));
        assertEquals("t.json:2.2: Can't open include file nope.json", e.getMessage());
    }

    @Test
    void selfIncludeStopsAtTheNestingLimit() throws Exception {
        Files.writeString(dir.resolve("loop.json"), "<?include \"loop.json\"?>");
        JsonException e = assertThrows(JsonException.class, () -> parse("<?include \"loop.json\"?>"));
        assertTrue(e.getMessage().contains("Too many nested include"), e.getMessage());
    }

    @Test
    void trailingCommaIsAcceptedWithKeasWarning() throws Exception {
        JsonParser p = new JsonParser(dir);
        p.parse("{ \"a\": [1, 2,], }", "t.json");
        assertEquals(2, p.warnings().size());
        assertTrue(p.warnings().get(0).startsWith("t.json:1.13: Extraneous comma"), p.warnings().get(0));
    }

    @Test
    void syntaxErrorsUseKeasWording() {
        JsonException e = assertThrows(JsonException.class, () -> parse("{ \"a\" 1 }"));
        assertEquals("t.json:1.7: syntax error, unexpected integer, expecting :", e.getMessage());
        e = assertThrows(JsonException.class, () -> parse("{ \"a\": 99999999999999999999 }"));
        assertEquals("t.json:1.8: Failed to convert 99999999999999999999 to an integer.", e.getMessage());
        e = assertThrows(JsonException.class, () -> parse("{ \"a\": \"x\\q\" }"));
        assertTrue(e.getMessage().contains("Bad escape"), e.getMessage());
    }

    @Test
    void repeatedKeysAreKeptAndTheLastWins() throws Exception {
        JsonObject o = (JsonObject) parse("{\"a\": 1, \"a\": 2}");
        assertEquals(2, o.members().size());
        assertEquals(2, ((JsonNumber) o.get("a")).longValue());
    }

    @Test
    void writerOutputParsesBackToAnEqualValue() throws Exception {
        JsonValue v = parse("{\"s\": \"q\\\"\\n\\u0001\", \"l\": [true, null, -3, 0.25, {}], \"e\": []}");
        assertEquals(v, parse(JsonWriter.compact(v)));
        assertEquals(v, parse(JsonWriter.pretty(v)));
        assertEquals("{\"s\":\"q\\\"\\n\\u0001\",\"l\":[true,null,-3,0.25,{ }],\"e\":[ ]}", JsonWriter.compact(v));
        assertTrue(JsonWriter.pretty(v).contains("\n    \"l\": [\n        true,"), JsonWriter.pretty(v));
    }
}
