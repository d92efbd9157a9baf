package org.nestor.hooks.api.lease;

/** The state of a lease, with the numeric codes Kea writes in its lease files and database ({@code state} column). */
public enum LeaseState {
    /** Assigned to a client (code 0). */
    DEFAULT(0),
    /** Declined by a client and on probation (code 1). */
    DECLINED(1),
    /** Expired and reclaimed, kept for {@code hold-reclaimed-time} (code 2). */
    EXPIRED_RECLAIMED(2);

    private final int code;

    LeaseState(int code) {
        this.code = code;
    }

    /** @return the code Kea stores for this state */
    public int code() {
        return code;
    }

    /**
     * @param code a code as found in a Kea lease file or table
     * @return the state with that code
     * @throws IllegalArgumentException if no state has that code
     */
    public static LeaseState fromCode(int code) {
        for (LeaseState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("invalid lease state " + code);
    }
}
