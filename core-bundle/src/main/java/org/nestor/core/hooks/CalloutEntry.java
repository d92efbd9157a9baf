package org.nestor.core.hooks;

import java.util.Objects;
import org.nestor.hooks.api.Callout;
import org.nestor.hooks.api.HookPoint;

/**
 * One callout registration.
 *
 * @param point the hook point it is registered for
 * @param library the library it belongs to (its per-packet context and its place in {@code hooks-libraries} order)
 * @param ranking its service ranking (higher first among libraries without a config entry)
 * @param id a unique id of the registration (the OSGi service id), the last tie-breaker
 * @param callout the callout
 * @param bundle the bundle that registered it ({@code symbolic-name version}), empty when not from a bundle
 */
public record CalloutEntry(HookPoint point, String library, int ranking, long id, Callout callout, String bundle) {
    public CalloutEntry {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(callout, "callout");
        bundle = bundle == null ? "" : bundle;
    }

    /** A registration not made by a bundle (tests, the server itself). */
    public CalloutEntry(HookPoint point, String library, int ranking, long id, Callout callout) {
        this(point, library, ranking, id, callout, "");
    }
}
