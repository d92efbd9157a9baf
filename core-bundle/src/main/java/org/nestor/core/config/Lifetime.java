package org.nestor.core.config;

/**
 * A lifetime triplet as Kea keeps it: the default and the bounds a client-requested value is clamped to.
 *
 * @param min smallest value granted ({@code min-valid-lifetime}; equals def when not configured)
 * @param def value granted when the client asks for nothing ({@code valid-lifetime})
 * @param max largest value granted ({@code max-valid-lifetime}; equals def when not configured)
 */
public record Lifetime(long min, long def, long max) {
    /** @return the lifetime to grant when the client asked for {@code requested} seconds (0 = no request) */
    public long grant(long requested) {
        if (requested <= 0) return def;
        return Math.max(min, Math.min(max, requested));
    }
}
