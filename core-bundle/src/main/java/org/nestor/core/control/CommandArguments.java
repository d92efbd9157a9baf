package org.nestor.core.control;

import java.util.Map;
import org.nestor.core.json.JsonBoolean;
import org.nestor.core.json.JsonNumber;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

/** Reads command arguments with Kea's refusals; every method throws {@link CommandException} with Kea's text. */
final class CommandArguments {
    private CommandArguments() {
    }

    /** @return the arguments map; {@code missing} / {@code notMap} are the texts for absent / non-map arguments */
    static JsonObject map(JsonValue arguments, String missing, String notMap) throws CommandException {
        if (arguments == null) {
            throw new CommandException(missing);
        }
        if (!(arguments instanceof JsonObject map)) {
            throw new CommandException(notMap);
        }
        return map;
    }

    /** @return the arguments map, empty when absent; {@code notMap} is the text for non-map arguments */
    static JsonObject optionalMap(JsonValue arguments, String notMap) throws CommandException {
        if (arguments == null) {
            return JsonBuild.object(Map.of());
        }
        return map(arguments, notMap, notMap);
    }

    /** @return the mandatory value {@code name}: Kea's {@code Missing mandatory 'x' parameter.} when absent */
    static JsonValue mandatory(JsonObject map, String name) throws CommandException {
        JsonValue v = map.get(name);
        if (v == null) {
            throw new CommandException("Missing mandatory '" + name + "' parameter.");
        }
        return v;
    }

    /** @return the string {@code name}: Kea's {@code 'x' parameter expected to be a string.} */
    static String string(JsonObject map, String name) throws CommandException {
        if (!(mandatory(map, name) instanceof JsonString s)) {
            throw new CommandException("'" + name + "' parameter expected to be a string.");
        }
        return s.value();
    }

    /** @return the boolean {@code name}: Kea's {@code 'x' parameter expected to be a boolean.} */
    static boolean bool(JsonObject map, String name) throws CommandException {
        if (!(mandatory(map, name) instanceof JsonBoolean b)) {
            throw new CommandException("'" + name + "' parameter expected to be a boolean.");
        }
        return b.value();
    }

    /** @return the integer {@code name}: Kea's {@code 'x' parameter expected to be an integer.} */
    static long integer(JsonObject map, String name) throws CommandException {
        if (!(mandatory(map, name) instanceof JsonNumber n) || !n.isInteger()) {
            throw new CommandException("'" + name + "' parameter expected to be an integer.");
        }
        return n.longValue();
    }
}
