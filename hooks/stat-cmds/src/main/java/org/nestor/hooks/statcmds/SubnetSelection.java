package org.nestor.hooks.statcmds;

import java.util.List;
import java.util.Map;
import org.nestor.hooks.api.lease.SubnetIndex4;
import org.nestor.hooks.api.lease.SubnetSummary4;

/**
 * Which subnets {@code stat-lease4-get} reports: all, one {@code subnet-id}, or a {@code subnet-range}
 * {@code {first-subnet-id, last-subnet-id}}, checked with Kea 2.2's texts (recorded).
 *
 * @param label Kea's label in the answer text: {@code all subnets}, {@code subnet-id=1}, {@code subnets 1 through 2}
 * @param emptyReason what Kea says when the selection holds no subnet
 * @param first lowest subnet id
 * @param last highest subnet id
 */
record SubnetSelection(String label, String emptyReason, long first, long last) {
    /** Thrown for arguments Kea refuses; the message is Kea's text. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String text) {
            super(text, null, false, false);
        }
    }

    static SubnetSelection of(Map<String, Object> args) {
        Object id = args == null ? null : args.get("subnet-id");
        Object range = args == null ? null : args.get("subnet-range");
        if (id != null && range != null) {
            throw new Refused("cannot specify both subnet-id and subnet-range");
        }
        if (id != null) {
            if (!(id instanceof Long subnetId)) {
                throw new Refused("'subnet-id' parameter is not integer");
            }
            positive(subnetId, "subnet-id");
            return new SubnetSelection("subnet-id=" + subnetId, "subnet-id: " + subnetId + " does not exist",
                    subnetId, subnetId);
        }
        if (range != null) {
            if (!(range instanceof Map<?, ?> r)) {
                throw new Refused("subnet-range parameter is not a map");
            }
            long first = rangeEnd(r, "first-subnet-id");
            long last = rangeEnd(r, "last-subnet-id");
            if (last < first) {
                throw new Refused("'last-subnet-id' must be greater than 'first-subnet-id'");
            }
            if (last == first) {
                throw new Refused("LeaseStatsQuery: last_subnet_id_must be > first_subnet_id_");
            }
            String between = first + " through " + last;
            return new SubnetSelection("subnets " + between, "selected ID range: " + between
                    + " includes no known subnets", first, last);
        }
        return new SubnetSelection("all subnets", "no subnets configured", 1, Long.MAX_VALUE);
    }

    /** @return the configured subnets selected, ordered by id */
    List<SubnetSummary4> subnets(SubnetIndex4 index) {
        return index.inIdRange(first, last);
    }

    private static long rangeEnd(Map<?, ?> range, String name) {
        if (!(range.get(name) instanceof Long id)) {
            throw new Refused("'" + name + "' parameter missing or not an integer");
        }
        positive(id, name);
        return id;
    }

    private static void positive(long id, String name) {
        if (id <= 0) {
            throw new Refused("'" + name + "' parameter must be > 0");
        }
    }
}
