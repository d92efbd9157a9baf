package org.nestor.core.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.hooks.api.Callout;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.NextStep;

class CalloutRegistryTest {
    private final CalloutRegistry registry = new CalloutRegistry();
    private final List<String> calls = new ArrayList<>();

    private Callout recording(String name) {
        return h -> {
            calls.add(name);
            return 0;
        };
    }

    private void add(String library, int ranking, long id, String name) {
        registry.add(new CalloutEntry(HookPoint.PKT4_RECEIVE, library, ranking, id, recording(name)));
    }

    private void callPkt4Receive(CalloutTable table) {
        new PointHandle(HookPoint.PKT4_RECEIVE, new PacketContexts(), null).call(table);
    }

    @Test
    void calloutsRunInHooksLibrariesOrderThenByRanking() {
        add("libdhcp_b", 0, 1, "b");
        add("site", 5, 2, "site-high");
        add("libdhcp_a", 0, 3, "a");
        add("other", 1, 4, "other-low");
        registry.setLibraryOrder(List.of("libdhcp_a", "libdhcp_b"));
        callPkt4Receive(registry.table());
        assertEquals(List.of("a", "b", "site-high", "other-low"), calls);
    }

    @Test
    void aPacketKeepsTheTableItStartedWith() {
        add("one", 0, 1, "one");
        CalloutTable taken = registry.table();
        Callout second = recording("two");
        registry.add(new CalloutEntry(HookPoint.PKT4_RECEIVE, "two", 0, 2, second));
        registry.remove(HookPoint.PKT4_RECEIVE, registry.table().callouts(HookPoint.PKT4_RECEIVE).get(0).callout());
        callPkt4Receive(taken);
        assertEquals(List.of("one"), calls);
        calls.clear();
        callPkt4Receive(registry.table());
        assertEquals(List.of("two"), calls);
    }

    @Test
    void withNoCalloutsEveryPacketSharesTheEmptyTable() {
        add("one", 0, 1, "one");
        registry.remove(HookPoint.PKT4_RECEIVE, registry.table().callouts(HookPoint.PKT4_RECEIVE).get(0).callout());
        assertSame(CalloutTable.EMPTY, registry.table());
        assertFalse(registry.table().has(HookPoint.PKT4_RECEIVE));
    }

    @Test
    void laterCalloutsSeeTheStepEarlierOnesSetAndAnUnhonouredStepCountsAsContinue() {
        List<NextStep> seen = new ArrayList<>();
        registry.add(new CalloutEntry(HookPoint.LEASE4_SELECT, "a", 0, 1, h -> {
            h.setNextStep(NextStep.DROP);
            return 0;
        }));
        registry.add(new CalloutEntry(HookPoint.LEASE4_SELECT, "b", 0, 2, h -> {
            seen.add(h.nextStep());
            return 0;
        }));
        NextStep step = new PointHandle(HookPoint.LEASE4_SELECT, new PacketContexts(), null).call(registry.table());
        assertEquals(List.of(NextStep.DROP), seen);
        assertEquals(NextStep.CONTINUE, step, "lease4_select does not honour DROP");
    }

    @Test
    void aThrowingCalloutDoesNotStopTheOthers() {
        registry.add(new CalloutEntry(HookPoint.PKT4_RECEIVE, "a", 0, 1, h -> {
            throw new IllegalStateException("boom");
        }));
        add("b", 0, 2, "b");
        callPkt4Receive(registry.table());
        assertEquals(List.of("b"), calls);
    }

    @Test
    void contextsAreKeptPerLibraryAcrossHookPoints() {
        PacketContexts contexts = new PacketContexts();
        registry.add(new CalloutEntry(HookPoint.PKT4_RECEIVE, "a", 0, 1, h -> {
            h.setContext("seen", "by-a");
            return 0;
        }));
        List<Object> read = new ArrayList<>();
        registry.add(new CalloutEntry(HookPoint.PKT4_SEND, "a", 0, 2, h -> {
            read.add(h.getContext("seen"));
            return 0;
        }));
        registry.add(new CalloutEntry(HookPoint.PKT4_SEND, "b", 0, 3, h -> {
            read.add(h.getContext("seen"));
            return 0;
        }));
        new PointHandle(HookPoint.PKT4_RECEIVE, contexts, null).call(registry.table());
        new PointHandle(HookPoint.PKT4_SEND, contexts, null).call(registry.table());
        assertEquals(java.util.Arrays.asList("by-a", null), read);
        assertTrue(registry.table().has(HookPoint.PKT4_SEND));
    }
}
