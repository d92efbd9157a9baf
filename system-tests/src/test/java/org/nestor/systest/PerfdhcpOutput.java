package org.nestor.systest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads figures from perfdhcp's report. */
public final class PerfdhcpOutput {
    private PerfdhcpOutput() {
    }

    /**
     * @return "name: N" of one exchange's statistics block ({@code DISCOVER-OFFER}, {@code REQUEST-ACK}); 0 when that
     *         exchange never started although perfdhcp reported others
     * @throws AssertionError when the output holds no statistics, or the block lacks {@code name}
     */
    public static long count(String output, String exchange, String name) {
        int block = output.indexOf("***Statistics for: " + exchange + "***");
        if (block < 0) {
            if (output.contains("***Statistics for:")) {
                return 0;
            }
            throw new AssertionError("no statistics in perfdhcp output:\n" + output);
        }
        Matcher m = Pattern.compile(Pattern.quote(name) + ": (\\d+)").matcher(output.substring(block));
        if (!m.find()) {
            throw new AssertionError("no '" + name + "' for " + exchange + ":\n" + output);
        }
        return Long.parseLong(m.group(1));
    }
}
