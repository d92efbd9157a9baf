package org.nestor.hooks.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nestor.hooks.api.Answers;

class CommandTableTest {
    private final CommandTable table = new CommandTable();

    @Test
    void aCommandAnswersAndARefusalAnswersWithItsResultAndText() {
        table.put("thing-get", a -> Answers.success("got " + a.get("name")));
        table.put("thing-del", a -> {
            throw new ConfigurationRejectedException(Answers.EMPTY, "no thing");
        });

        assertEquals(Set.of("thing-get", "thing-del"), table.commands());
        assertEquals(Answers.success("got x"), table.handle("thing-get", Map.of("name", "x")));
        assertEquals(Answers.of(Answers.EMPTY, "no thing"), table.handle("thing-del", null));
    }

    @Test
    void anUnknownCommandIsUnsupportedWithKeasText() {
        assertEquals(Answers.of(Answers.UNSUPPORTED, "'thing-add' command not supported."),
                table.handle("thing-add", null));
    }

    @Test
    void aRefusalWithoutAResultIsAnError() {
        assertEquals(Answers.ERROR, new ConfigurationRejectedException("bad").result());
    }
}
