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
 */
public record CalloutEntry(HookPoint point, String library, int ranking, long id, Callout callout) {
    public CalloutEntry {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(callout, "callout");
    }
}
