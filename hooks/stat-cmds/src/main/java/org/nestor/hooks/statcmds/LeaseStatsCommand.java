package org.nestor.hooks.statcmds;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nestor.hooks.api.Answers;
import org.nestor.hooks.api.CommandHandler;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.nestor.hooks.api.lease.LeaseStoreException;
import org.nestor.hooks.api.lease.SubnetIndex4;
import org.nestor.hooks.api.lease.SubnetSummary4;
import org.nestor.hooks.api.stats.Statistics;

/**
 * Kea's {@code stat-lease4-get}: per selected subnet a row of {@code subnet-id}, {@code total-addresses} (pools),
 * {@code cumulative-assigned-addresses} (the statistic), {@code assigned-addresses} and {@code declined-addresses}
 * counted from the lease store by state (as Kea 2.2 counts from its lease database: a declined lease is not also
 * counted as assigned here, unlike the {@code subnet[N].assigned-addresses} statistic; expiry does not matter).
 * A {@code stat-lease6-get} table joins this one with the DHCPv6 issue.
 */
final class LeaseStatsCommand implements CommandHandler {
    static final List<String> COLUMNS = List.of("subnet-id", "total-addresses", "cumulative-assigned-addresses",
            "assigned-addresses", "declined-addresses");
    private static final String NAME = "stat-lease4-get";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final LeaseStore4 store;
    private final SubnetIndex4 subnets;
    private final Statistics stats;
    private final Clock clock;

    LeaseStatsCommand(LeaseStore4 store, SubnetIndex4 subnets, Statistics stats, Clock clock) {
        this.store = store;
        this.subnets = subnets;
        this.stats = stats;
        this.clock = clock;
    }

    @Override
    public Set<String> commands() {
        return Set.of(NAME);
    }

    @Override
    public Map<String, Object> handle(String command, Map<String, Object> arguments) {
        if (!NAME.equals(command)) {
            return Answers.of(Answers.UNSUPPORTED, "'" + command + "' command not supported.");
        }
        SubnetSelection selection;
        try {
            selection = SubnetSelection.of(arguments);
        } catch (SubnetSelection.Refused e) {
            return Answers.error(e.getMessage());
        }
        List<SubnetSummary4> selected = selection.subnets(subnets);
        String prefix = NAME + "[" + selection.label() + "]: ";
        if (selected.isEmpty()) {
            return Answers.of(Answers.EMPTY, prefix + "no matching data, " + selection.emptyReason(),
                    new LinkedHashMap<>());
        }
        List<List<Object>> rows = new ArrayList<>();
        try {
            for (SubnetSummary4 s : selected) {
                rows.add(row(s));
            }
        } catch (LeaseStoreException e) {
            return Answers.error(e.getMessage());
        }
        Map<String, Object> resultSet = new LinkedHashMap<>();
        resultSet.put("columns", COLUMNS);
        resultSet.put("rows", rows);
        resultSet.put("timestamp", LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS).format(TIMESTAMP));
        return Answers.of(Answers.SUCCESS, prefix + rows.size() + " rows found", Map.of("result-set", resultSet));
    }

    private List<Object> row(SubnetSummary4 subnet) {
        long assigned = 0;
        long declined = 0;
        for (Lease4 l : store.getBySubnet(subnet.id())) {
            if (l.state() == LeaseState.DEFAULT) {
                assigned++;
            } else if (l.state() == LeaseState.DECLINED) {
                declined++;
            }
        }
        long cumulative = stats.value(Statistics.subnetStat(subnet.id(), "cumulative-assigned-addresses")).orElse(0);
        return List.of(subnet.id(), subnet.totalAddresses(), cumulative, assigned, declined);
    }
}
