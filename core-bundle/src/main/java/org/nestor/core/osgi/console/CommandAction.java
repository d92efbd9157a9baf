package org.nestor.core.osgi.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.nestor.core.control.CommandChannel;

/** {@code nestor:command <name> [json-arguments]}: any Kea command, as the UNIX socket and HTTP would run it. */
@Service
@Command(scope = "nestor", name = "command", description = "Run a Kea control command on the DHCPv4 server")
public final class CommandAction implements Action {
    @Reference(optional = true)
    CommandChannel channel;

    @Argument(index = 0, name = "name", description = "the command, e.g. config-get", required = true)
    String name;

    @Argument(index = 1, name = "arguments", description = "the arguments as JSON, e.g. '{\"name\": \"pkt4-received\"}'")
    String arguments;

    @Override
    public Object execute() {
        System.out.println(ConsoleRequests.run(channel, name, arguments));
        return null;
    }
}
