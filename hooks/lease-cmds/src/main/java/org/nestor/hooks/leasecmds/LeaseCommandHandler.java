package org.nestor.hooks.leasecmds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.nestor.hooks.api.Answers;
import org.nestor.hooks.api.CommandHandler;
import org.nestor.hooks.api.lease.LeaseStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves the commands of its family tables; a failure becomes Kea's answer, never an exception. */
final class LeaseCommandHandler implements CommandHandler {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.lease-cmds-hooks");

    /** Kea logs the changing commands (message IDs {@code LEASE_CMDS_ADD4}, {@code LEASE_CMDS_ADD4_FAILED}, ...). */
    private static final Map<String, String> LOGGED = Map.of("lease4-add", "ADD4", "lease4-del", "DEL4",
            "lease4-update", "UPDATE4", "lease4-wipe", "WIPE4");

    private final Map<String, Command> table;

    @SafeVarargs
    LeaseCommandHandler(Map<String, Command>... families) {
        Map<String, Command> all = new LinkedHashMap<>();
        for (Map<String, Command> f : families) {
            all.putAll(f);
        }
        this.table = Map.copyOf(all);
    }

    @Override
    public Set<String> commands() {
        return table.keySet();
    }

    @Override
    public Map<String, Object> handle(String command, Map<String, Object> arguments) {
        Command c = table.get(command);
        if (c == null) {
            return Answers.of(Answers.UNSUPPORTED, "'" + command + "' command not supported.");
        }
        String logId = LOGGED.get(command);
        try {
            Map<String, Object> answer = c.handle(arguments);
            if (logId != null && Long.valueOf(Answers.SUCCESS).equals(answer.get("result"))) {
                LOG.info("LEASE_CMDS_{} {} command successful (parameters: {})", logId, command, arguments);
            }
            return answer;
        } catch (CommandFailure | LeaseStoreException e) {
            if (logId != null) {
                LOG.error("LEASE_CMDS_{}_FAILED {} command failed (parameters: {}, reason: {})", logId, command,
                        arguments, e.getMessage());
            }
            return e instanceof CommandFailure f ? f.answer() : Answers.error(e.getMessage());
        }
    }
}
