package org.nestor.core.alloc;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.nestor.core.config.Pool4;
import org.nestor.core.config.Subnet4;
import org.nestor.core.host.Host4;

/**
 * What the allocator needs to choose a lease for one query.
 *
 * @param client who asks
 * @param subnets the subnets the client may use, the selected one first (several for a shared network)
 * @param poolAllowed whether the client's classes let it use a pool
 * @param requestedAddress option 50 or ciaddr, 0 when none
 * @param hostFor the client's reservation in a subnet (empty when none or not looked up there)
 * @param lifetime the valid lifetime to grant in a subnet
 * @param hostname the host name to store in the lease
 * @param label the client's log label ({@code [hwtype=1 ...], cid=[...], tid=0x...}) as its {@code toString()}
 * @param classes the client's classes, for messages
 * @param review the last look at each lease before it is granted
 */
public record AllocationRequest(ClientIdentity client, List<Subnet4> subnets, Predicate<Pool4> poolAllowed,
                                int requestedAddress, Function<Subnet4, Optional<Host4>> hostFor,
                                ToLongFunction<Subnet4> lifetime, String hostname, Object label,
                                java.util.Collection<String> classes, LeaseReview review) {
    public AllocationRequest {
        subnets = List.copyOf(subnets);
        classes = List.copyOf(classes);
        review = review == null ? LeaseReview.NONE : review;
    }

    /** A request whose leases are granted as chosen. */
    public AllocationRequest(ClientIdentity client, List<Subnet4> subnets, Predicate<Pool4> poolAllowed,
                             int requestedAddress, Function<Subnet4, Optional<Host4>> hostFor,
                             ToLongFunction<Subnet4> lifetime, String hostname, Object label,
                             java.util.Collection<String> classes) {
        this(client, subnets, poolAllowed, requestedAddress, hostFor, lifetime, hostname, label, classes,
                LeaseReview.NONE);
    }
}
