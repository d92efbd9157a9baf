package org.nestor.core.agent;

import java.io.IOException;
import java.time.Instant;

/** What the agent's own commands act on: the running agent. */
public interface AgentRuntime {
    /** @return the configuration in force */
    AgentConfig config();

    /**
     * Puts a new configuration in force (rebinding the listener when its settings changed).
     *
     * @throws IOException when the new listener cannot start; the old configuration then stays in force
     */
    void apply(AgentConfig next) throws IOException;

    /** Stops the agent after the current answer is sent. */
    void shutdown();

    /** @return when the configuration in force was applied */
    Instant configuredAt();

    /** @return when the agent started */
    Instant startedAt();
}
