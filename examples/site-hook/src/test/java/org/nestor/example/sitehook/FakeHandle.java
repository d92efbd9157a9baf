package org.nestor.example.sitehook;

import java.util.Set;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.CalloutHandle;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.NextStep;
import org.nestor.hooks.api.ParkedPacket;

/** A {@code pkt4_receive} handle carrying one query, as the server passes it. */
final class FakeHandle implements CalloutHandle {
    private final FakePacket4 query;
    private NextStep step = NextStep.CONTINUE;

    FakeHandle(FakePacket4 query) {
        this.query = query;
    }

    @Override public HookPoint hookPoint() { return HookPoint.PKT4_RECEIVE; }
    @Override public Set<String> argumentNames() { return Set.of(Arguments.QUERY4); }
    @Override public NextStep nextStep() { return step; }
    @Override public void setNextStep(NextStep next) { step = next; }

    @Override
    public <T> T get(String name, Class<T> type) {
        if (!Arguments.QUERY4.equals(name)) {
            throw new IllegalArgumentException("pkt4_receive has no argument " + name);
        }
        return type.cast(query);
    }

    @Override public void set(String name, Object value) { throw new UnsupportedOperationException(); }
    @Override public Object getContext(String name) { throw new UnsupportedOperationException(); }
    @Override public void setContext(String name, Object value) { throw new UnsupportedOperationException(); }
    @Override public ParkedPacket park() { throw new IllegalStateException("pkt4_receive cannot park"); }
}
