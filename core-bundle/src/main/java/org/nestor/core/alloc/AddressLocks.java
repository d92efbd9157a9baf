package org.nestor.core.alloc;

import java.util.concurrent.locks.ReentrantLock;

/** Striped per-address locks: a check-then-write on one address is atomic without a global lock. */
final class AddressLocks {
    private final ReentrantLock[] stripes = new ReentrantLock[256];

    AddressLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** @return the lock guarding {@code address} */
    ReentrantLock of(int address) {
        int h = address * 0x9E3779B9;
        return stripes[(h >>> 24) & 0xff];
    }
}
