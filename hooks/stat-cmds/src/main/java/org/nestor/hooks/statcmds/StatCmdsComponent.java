package org.nestor.hooks.statcmds;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.nestor.hooks.api.CommandHandler;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.nestor.hooks.api.lease.SubnetIndex4;
import org.nestor.hooks.api.stats.Statistics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code stat-lease4-get} as a {@link CommandHandler} service while the server publishes what it counts from. */
@Component(service = CommandHandler.class)
public final class StatCmdsComponent implements CommandHandler {
    private final LeaseStatsCommand command;

    @Activate
    public StatCmdsComponent(@Reference LeaseStore4 store, @Reference SubnetIndex4 subnets,
                             @Reference Statistics stats) {
        this.command = new LeaseStatsCommand(store, subnets, stats, Clock.systemDefaultZone());
    }

    @Override
    public Set<String> commands() {
        return command.commands();
    }

    @Override
    public Map<String, Object> handle(String name, Map<String, Object> arguments) {
        return command.handle(name, arguments);
    }
}
