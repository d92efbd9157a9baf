package org.nestor.core.hooks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.nestor.hooks.api.CalloutHandle;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.NextStep;
import org.nestor.hooks.api.ParkedPacket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CalloutHandle} of one call of one hook point for one packet: typed arguments, the next step, the
 * packet's contexts and, at points that park, its {@link Parking}. Built with {@link #arg}, then {@link #call}.
 */
public final class PointHandle implements CalloutHandle {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.hooks");

    private final HookPoint point;
    private final PacketContexts contexts;
    private final Parking parking;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Class<?>> types = new LinkedHashMap<>();
    private NextStep next = NextStep.CONTINUE;
    private String library = "";

    /**
     * @param point the point called
     * @param contexts the packet's library contexts
     * @param parking where the packet parks, null at a point (or a call) that cannot park
     */
    public PointHandle(HookPoint point, PacketContexts contexts, Parking parking) {
        this.point = point;
        this.contexts = contexts;
        this.parking = parking;
    }

    /** Declares an argument with its type and value. @return this */
    public <T> PointHandle arg(String name, Class<T> type, T value) {
        types.put(name, type);
        values.put(name, value);
        return this;
    }

    /**
     * Runs the callouts in order, each seeing the step the previous ones set; a callout that returns non-zero or
     * throws is logged and the rest still run.
     *
     * @return the next step as the point applies it
     */
    public NextStep call(CalloutTable table) {
        for (CalloutEntry e : table.on(point)) {
            library = e.library();
            try {
                int status = e.callout().call(this);
                if (status != 0) {
                    LOG.error("HOOKS_CALLOUT_ERROR error returned by callout on hook {} registered by library {} "
                            + "(status {})", point.keaName(), library, status);
                }
            } catch (RuntimeException x) {
                LOG.error("HOOKS_CALLOUT_EXCEPTION exception thrown by callout on hook {} registered by library {}: "
                        + "{}", point.keaName(), library, x.toString());
            }
        }
        return point.effective(next);
    }

    @Override
    public HookPoint hookPoint() {
        return point;
    }

    @Override
    public Set<String> argumentNames() {
        return Set.copyOf(types.keySet());
    }

    @Override
    public <T> T get(String name, Class<T> type) {
        Class<?> declared = typeOf(name);
        if (!type.isAssignableFrom(declared)) {
            throw new IllegalArgumentException("argument " + name + " at " + point.keaName() + " is a "
                    + declared.getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(values.get(name));
    }

    /** @return the argument's value after the callouts (for the server) */
    public <T> T value(String name, Class<T> type) {
        return type.cast(values.get(name));
    }

    @Override
    public void set(String name, Object value) {
        Class<?> declared = typeOf(name);
        if (value != null && !declared.isInstance(value)) {
            throw new IllegalArgumentException("argument " + name + " at " + point.keaName() + " must be a "
                    + declared.getSimpleName());
        }
        values.put(name, value);
    }

    private Class<?> typeOf(String name) {
        Class<?> declared = types.get(name);
        if (declared == null) {
            throw new IllegalArgumentException("no argument " + name + " at hook point " + point.keaName());
        }
        return declared;
    }

    @Override
    public NextStep nextStep() {
        return next;
    }

    @Override
    public void setNextStep(NextStep step) {
        next = step == null ? NextStep.CONTINUE : step;
    }

    @Override
    public Object getContext(String name) {
        return contexts.get(library, name);
    }

    @Override
    public void setContext(String name, Object value) {
        contexts.set(library, name, value);
    }

    @Override
    public ParkedPacket park() {
        if (parking == null || !point.honours(NextStep.PARK)) {
            throw new IllegalStateException("packets cannot be parked at hook point " + point.keaName());
        }
        next = NextStep.PARK;
        return parking.ticket();
    }
}
