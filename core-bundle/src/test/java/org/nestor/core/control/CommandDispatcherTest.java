package org.nestor.core.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

class CommandDispatcherTest {
    private final CommandDispatcher dispatcher = new CommandDispatcher();

    private JsonObject run(String request) throws Exception {
        return dispatcher.execute(new JsonParser().parse(request, "<wire>"));
    }

    private List<String> listed() throws Exception {
        JsonObject answer = run("{\"command\": \"list-commands\"}");
        return ((JsonArray) answer.get("arguments")).items().stream().map(v -> ((JsonString) v).value()).toList();
    }

    @Test
    void unknownCommandIsResultTwoWithKeasText() throws Exception {
        JsonObject answer = run("{\"command\": \"foo\"}");
        assertEquals(2, ControlResult.code(answer));
        assertEquals("'foo' command not supported.", ControlResult.text(answer));
    }

    @Test
    void requestWithoutCommandIsRefusedWithKeasText() throws Exception {
        JsonObject answer = run("{\"arguments\": {}}");
        assertEquals(1, ControlResult.code(answer));
        assertEquals("Error during command processing: Invalid answer specified, does not contain mandatory "
                + "'command'", ControlResult.text(answer));
    }

    @Test
    void commandThatIsNotAStringIsRefusedWithKeasText() throws Exception {
        JsonObject answer = run("{\"command\": 5}");
        assertEquals(1, ControlResult.code(answer));
        assertEquals("Error during command processing: 'command' element in command message is not a string",
                ControlResult.text(answer));
    }

    @Test
    void requestThatIsNotAMapIsRefusedWithKeasText() throws Exception {
        JsonObject answer = run("[\"command\"]");
        assertEquals(1, ControlResult.code(answer));
        assertEquals("Error during command processing: Invalid command Element specified, expected map",
                ControlResult.text(answer));
    }

    @Test
    void handlerRegisteredAtRunTimeIsServedAndListedUntilUnregistered() throws Exception {
        CommandHandler echo = (command, arguments) -> ControlResult.success(arguments);
        dispatcher.register("echo-test", echo);

        assertEquals("{\"a\":1}", org.nestor.core.json.JsonWriter.compact(
                run("{\"command\": \"echo-test\", \"arguments\": {\"a\": 1}}").get("arguments")));
        assertEquals(List.of("echo-test", "list-commands"), listed());

        assertFalse(dispatcher.unregister("echo-test", (c, a) -> null), "only the registered handler is removed");
        assertTrue(dispatcher.unregister("echo-test", echo));
        assertEquals(List.of("list-commands"), listed());
        assertEquals(2, ControlResult.code(run("{\"command\": \"echo-test\"}")));
    }

    @Test
    void secondHandlerForACommandIsRefused() {
        dispatcher.register("twice", (c, a) -> ControlResult.success("one"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> dispatcher.register("twice", (c, a) -> ControlResult.success("two")));
        assertEquals("Handler for command 'twice' is already installed.", e.getMessage());
    }

    @Test
    void failingHandlerBecomesAnErrorAnswer() throws Exception {
        dispatcher.register("broken", (c, a) -> {
            throw new IllegalStateException("boom");
        });
        dispatcher.register("refusing", (c, a) -> {
            throw new CommandException(ControlResult.EMPTY, "nothing here");
        });
        assertEquals(ControlResult.answer(1, "Error during command processing: boom"),
                run("{\"command\": \"broken\"}"));
        assertEquals(ControlResult.answer(3, "nothing here"), run("{\"command\": \"refusing\"}"));
    }

    @Test
    void handlerSeesArgumentsOfAnyKind() throws Exception {
        JsonValue[] seen = new JsonValue[1];
        dispatcher.register("peek", (c, a) -> {
            seen[0] = a;
            return ControlResult.success("ok");
        });
        run("{\"command\": \"peek\", \"arguments\": 5, \"service\": [\"dhcp4\"]}");
        assertEquals("5", org.nestor.core.json.JsonWriter.compact(seen[0]));
    }
}
