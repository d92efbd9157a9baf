package org.nestor.hooks.api;

/**
 * A function the server calls at one hook point, registered as an OSGi service with the property
 * {@value #HOOK_POINT}{@code =<kea name>} (for example {@code hook.point=pkt4_receive}) and, to share a per-packet
 * context and an order with its library, {@value #HOOK_LIBRARY}{@code =<library name>}. Callouts run library by
 * library in {@code hooks-libraries} order, then by service ranking. Called on the server's worker threads, several
 * packets at once: an implementation must be thread-safe.
 *
 * <pre>{@code
 * @Component(property = {"hook.point=pkt4_receive", "hook.library=libsite"})
 * public final class DropStrangers implements Callout {
 *     public int call(CalloutHandle handle) {
 *         Packet4 query = handle.get(Arguments.QUERY4, Packet4.class);
 *         if (query.hwAddress()[0] == 0x02) handle.setNextStep(NextStep.DROP);
 *         return 0;
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface Callout {
    /** Service property naming the hook point (Kea's name, {@link HookPoint#keaName()}). */
    String HOOK_POINT = "hook.point";
    /** Service property naming the callout's library (as {@link HookLibrary#name()}); the bundle's name if absent. */
    String HOOK_LIBRARY = "hook.library";

    /**
     * @param handle the point's arguments, next step and the library's per-packet context
     * @return 0 on success; anything else is logged as a callout error and processing goes on (as Kea does)
     */
    int call(CalloutHandle handle);
}
