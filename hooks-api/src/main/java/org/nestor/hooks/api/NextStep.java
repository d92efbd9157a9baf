package org.nestor.hooks.api;

/**
 * What the server does after the callouts of a hook point, with Kea's codes ({@code NEXT_STEP_*}). Each
 * {@link HookPoint} gives SKIP, DROP and PARK its own meaning; a step a point does not support is treated as
 * {@link #CONTINUE}, as Kea does.
 */
public enum NextStep {
    /** Go on as if no callout ran (Kea 0). */
    CONTINUE(0),
    /** Skip what the server would do next at this point; the callout did it itself (Kea 1). */
    SKIP(1),
    /** Drop the packet (Kea 2). */
    DROP(2),
    /** Hold the packet until every {@link ParkedPacket} taken for it is resumed, or drop it when one is dropped (Kea 3). */
    PARK(3);

    private final int code;

    NextStep(int code) {
        this.code = code;
    }

    /** @return Kea's numeric value of the step */
    public int code() {
        return code;
    }
}
