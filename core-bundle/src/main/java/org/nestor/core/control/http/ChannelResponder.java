package org.nestor.core.control.http;

import java.util.List;
import org.nestor.core.control.CommandChannel;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonValue;

/**
 * A daemon's own HTTP control socket (Kea 3's {@code control-sockets} of type http/https): every command goes to
 * the daemon's {@link CommandChannel} whatever its {@code service}, and the answer is wrapped in a one-element list
 * as Kea 3 does by default, so that kea-shell and scripts written for the control agent keep working.
 */
public final class ChannelResponder implements ControlResponder {
    private final CommandChannel channel;

    public ChannelResponder(CommandChannel channel) {
        this.channel = channel;
    }

    @Override
    public JsonValue respond(JsonValue request, String remote) {
        if (!(request instanceof JsonObject command)) {
            return ControlAnswers.list(List.of(ControlAnswers.answer(ControlAnswers.ERROR,
                    "Error during command processing: Invalid command Element specified, expected map")));
        }
        return ControlAnswers.list(List.of(channel.execute(command)));
    }
}
