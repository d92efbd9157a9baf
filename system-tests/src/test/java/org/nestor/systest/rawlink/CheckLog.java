package org.nestor.systest.rawlink;

import java.util.ArrayList;
import java.util.List;

/** Runs named checks, prints one line each ({@code PASS}/{@code FAIL}), and the {@code N passed, N failed} total. */
final class CheckLog {
    /** A check's body. */
    interface Body {
        void run() throws Exception;
    }

    private static final List<String> FAILED = new ArrayList<>();
    private static int passed;

    private CheckLog() {
    }

    /** Runs one check; a failure is printed and remembered, not thrown, so later checks still run. */
    static synchronized boolean check(String name, Body body) {
        try {
            body.run();
            passed++;
            System.out.println("[rawlink] PASS " + name);
            return true;
        } catch (Exception | AssertionError e) {
            FAILED.add(name);
            String why = String.valueOf(e.getMessage());
            System.out.println("[rawlink] FAIL " + name + ": " + why.substring(0, Math.min(why.length(), 2000)));
            return false;
        }
    }

    /** @return the checks that failed so far */
    static synchronized List<String> failed() {
        return List.copyOf(FAILED);
    }

    /** @return the closing line: {@code rawlink: N passed, N failed} */
    static synchronized String summary() {
        return "rawlink: " + passed + " passed, " + FAILED.size() + " failed";
    }
}
