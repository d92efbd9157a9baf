package org.nestor.core.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nestor.hooks.api.Answers;
import org.nestor.hooks.api.CommandHandler;

class CommandHandlerBinderTest {
    private final List<String> log = new ArrayList<>();
    private final CommandRegistry registry = new CommandRegistry() {
        @Override
        public void register(String command, CommandHandler handler) {
            log.add("+" + command);
        }

        @Override
        public void unregister(String command, CommandHandler handler) {
            log.add("-" + command);
        }
    };

    private static CommandHandler serving(String... commands) {
        return new CommandHandler() {
            @Override
            public Set<String> commands() {
                return Set.of(commands);
            }

            @Override
            public Map<String, Object> handle(String command, Map<String, Object> arguments) {
                return Answers.success(command);
            }
        };
    }

    @Test
    void handlersArrivingBeforeTheRegistryAreRegisteredWhenItComes() {
        CommandHandlerBinder binder = new CommandHandlerBinder();
        binder.add(serving("lease4-get"));
        assertEquals(List.of(), log);
        binder.attach(registry);
        assertEquals(List.of("+lease4-get"), log);
    }

    @Test
    void aHandlerLeavingTakesItsCommandsBack() {
        CommandHandlerBinder binder = new CommandHandlerBinder();
        binder.attach(registry);
        CommandHandler h = serving("stat-lease4-get");
        binder.add(h);
        binder.remove(h);
        assertEquals(List.of("+stat-lease4-get", "-stat-lease4-get"), log);
    }
}
