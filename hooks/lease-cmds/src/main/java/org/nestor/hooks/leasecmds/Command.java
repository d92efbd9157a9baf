package org.nestor.hooks.leasecmds;

import java.util.Map;

/** One control command: its arguments (null when none) in, Kea's answer out; may throw {@link CommandFailure}. */
@FunctionalInterface
interface Command {
    Map<String, Object> handle(Map<String, Object> arguments);
}
