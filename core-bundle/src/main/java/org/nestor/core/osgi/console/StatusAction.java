package org.nestor.core.osgi.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.nestor.core.control.CommandChannel;

/** {@code nestor:status}: Kea's {@code status-get}. */
@Service
@Command(scope = "nestor", name = "status", description = "Show the DHCPv4 server's status (status-get)")
public final class StatusAction implements Action {
    @Reference(optional = true)
    CommandChannel channel;

    @Override
    public Object execute() {
        System.out.println(ConsoleRequests.run(channel, "status-get", null));
        return null;
    }
}
