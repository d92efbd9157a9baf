package org.nestor.core.server;

import org.nestor.core.control.DhcpServiceState;
import org.nestor.hooks.api.NetworkState;

/** The server's {@link DhcpServiceState} as hook libraries see it ({@code network_state}). */
final class NetworkStateView implements NetworkState {
    private final DhcpServiceState state;

    NetworkStateView(DhcpServiceState state) {
        this.state = state;
    }

    @Override
    public boolean isServiceEnabled() {
        return state.isEnabled();
    }

    @Override
    public void disableService(String origin) {
        state.disable(origin(origin), 0);
    }

    @Override
    public void enableService(String origin) {
        state.enable(origin(origin));
    }

    private static DhcpServiceState.Origin origin(String name) {
        DhcpServiceState.Origin o = DhcpServiceState.Origin.byKeaName(name);
        if (o == null) {
            throw new IllegalArgumentException("unknown origin '" + name + "': expected " + USER + " or " + HA_PARTNER);
        }
        return o;
    }
}
