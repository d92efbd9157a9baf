package org.nestor.core.osgi.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.nestor.core.control.CommandChannel;

/** {@code nestor:list-commands}: Kea's {@code list-commands}. */
@Service
@Command(scope = "nestor", name = "list-commands", description = "List the commands the DHCPv4 server supports")
public final class ListCommandsAction implements Action {
    @Reference(optional = true)
    CommandChannel channel;

    @Override
    public Object execute() {
        System.out.println(ConsoleRequests.run(channel, "list-commands", null));
        return null;
    }
}
