package org.nestor.hooks.leasecmds;

import java.util.Map;
import java.util.Set;
import org.nestor.hooks.api.CommandHandler;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.nestor.hooks.api.lease.SubnetIndex4;
import org.nestor.hooks.api.stats.Statistics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The lease commands as a {@link CommandHandler} service, active while the server publishes its lease store, subnet
 * index and statistics: the commands appear in {@code list-commands} while this bundle runs and vanish with it.
 */
@Component(service = CommandHandler.class)
public final class LeaseCmdsComponent implements CommandHandler {
    private final LeaseCommandHandler handler;

    @Activate
    public LeaseCmdsComponent(@Reference LeaseStore4 store, @Reference SubnetIndex4 subnets,
                              @Reference Statistics stats) {
        LeaseServices services = new LeaseServices(store, subnets, stats,
                () -> System.currentTimeMillis() / 1000);
        this.handler = new LeaseCommandHandler(Lease4Commands.table(services));
    }

    @Override
    public Set<String> commands() {
        return handler.commands();
    }

    @Override
    public Map<String, Object> handle(String command, Map<String, Object> arguments) {
        return handler.handle(command, arguments);
    }
}
