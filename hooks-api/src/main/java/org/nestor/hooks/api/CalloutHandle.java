package org.nestor.hooks.api;

import java.util.Set;

/**
 * What the callouts of one hook point share for one packet: Kea's arguments by Kea's names ({@link Arguments}),
 * the next step, the calling library's context (kept per packet across the packet's hook points, separate for
 * each library) and parking. A handle is used by one thread at a time and must not be kept after the callout
 * returns, except through a {@link ParkedPacket}.
 */
public interface CalloutHandle {
    /** @return the point being called */
    HookPoint hookPoint();

    /** @return the names of the arguments the point carries */
    Set<String> argumentNames();

    /**
     * @param name an argument name ({@link Arguments})
     * @param type the argument's type (see {@link Arguments} for each argument's type)
     * @return the argument's value, null when the point carries it with no value
     * @throws IllegalArgumentException when the point has no such argument or it is not of {@code type}
     */
    <T> T get(String name, Class<T> type);

    /**
     * Replaces an in/out argument (for example {@code lease4} at {@code lease4_select}, {@code subnet4} at
     * {@code subnet4_select}); the server uses the value after the callouts.
     *
     * @throws IllegalArgumentException when the point has no such argument, or the value is not of its type
     */
    void set(String name, Object value);

    /** @return the next step set so far (CONTINUE unless a callout set another) */
    NextStep nextStep();

    /** Sets the next step; a step the point does not honour is treated as CONTINUE. */
    void setNextStep(NextStep step);

    /** @return a value the calling library stored for this packet, null when none */
    Object getContext(String name);

    /** Stores a value for this packet, seen only by callouts of the calling library, at every later point. */
    void setContext(String name, Object value);

    /**
     * Parks the packet: sets the next step to PARK and returns the ticket to resume or drop it later, from any
     * thread. Every ticket taken must be resumed for the packet to go on; one drop drops it; a packet not resumed
     * within the server's parking timeout is dropped.
     *
     * @throws IllegalStateException when the point cannot park ({@link HookPoint#honours} PARK is false)
     */
    ParkedPacket park();
}
