package org.nestor.core.hooks;

import java.util.List;
import org.nestor.core.config.Subnet4;
import org.nestor.hooks.api.packet.SubnetView4;

/** A configured subnet as callouts see it. */
public record SubnetView(Subnet4 subnet) implements SubnetView4 {
    /** @return the views of {@code subnets}, in order */
    public static List<SubnetView4> of(List<Subnet4> subnets) {
        return subnets.stream().<SubnetView4>map(SubnetView::new).toList();
    }

    /** @return the core subnet behind a view a callout chose, null for null */
    public static Subnet4 unwrap(SubnetView4 view) {
        if (view == null) {
            return null;
        }
        if (view instanceof SubnetView v) {
            return v.subnet();
        }
        throw new IllegalArgumentException("subnet4 must be one of subnet4collection");
    }

    @Override
    public long id() {
        return subnet.id();
    }

    @Override
    public String prefix() {
        return subnet.text();
    }

    @Override
    public boolean inRange(int address) {
        return subnet.inRange(address);
    }

    @Override
    public String sharedNetworkName() {
        return subnet.sharedNetwork().isEmpty() ? null : subnet.sharedNetwork();
    }

    @Override
    public String userContext() {
        return null;
    }
}
