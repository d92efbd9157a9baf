package org.nestor.hooks.hostcmds;

import java.util.Map;
import org.nestor.hooks.api.config.ConfigurationRejectedException;

/** One control command: arguments in, Kea's answer out; a refusal becomes an answer with its result and text. */
@FunctionalInterface
interface Command {
    Map<String, Object> run(Map<String, Object> arguments) throws ConfigurationRejectedException;
}
