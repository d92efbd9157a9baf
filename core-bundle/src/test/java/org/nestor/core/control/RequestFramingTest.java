package org.nestor.core.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestFramingTest {
    /** Feeds {@code text} one byte at a time; @return how many bytes made the request complete, -1 if never */
    private static int completeAfter(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        RequestFraming framing = new RequestFraming();
        for (int n = 1; n <= bytes.length; n++) {
            if (framing.complete(bytes, n)) {
                return n;
            }
        }
        return -1;
    }

    @Test
    void objectIsCompleteAtItsClosingBrace() {
        String request = "{\"command\": \"config-get\", \"arguments\": {\"a\": [1, {}]}}";
        assertTrue(completeAfter(request + "  trailing") == request.length());
    }

    @Test
    void bracesInStringsAndCommentsDoNotCount() {
        String request = "{ # } comment\n \"command\": \"x}\\\"}\", // }\n /* } */ \"arguments\": {}}";
        assertTrue(completeAfter(request) == request.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void textThatCannotBeJsonIsHandedToTheParserAtOnce() {
        assertTrue(completeAfter("not json") == 1);
    }

    @Test
    void halfARequestIsNotComplete() {
        assertFalse(completeAfter("{\"command\": \"list-co") > 0);
    }
}
