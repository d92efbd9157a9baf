package org.nestor.core.classify;

import java.util.Arrays;

/** Kea's string functions as nodes: substring, concat, ifelse, hexstring, split, lcase, ucase. */
final class StringFunctions {
    /** Marks {@code substring(.., .., all)}. */
    static final long ALL = Long.MIN_VALUE;
    /** Marks an integer argument beyond 32 bits: Kea yields "" for it. */
    static final long INVALID = Long.MAX_VALUE;

    private StringFunctions() {
    }

    /**
     * {@code substring(s, start, length)}: start counts from the end when negative; a negative length takes the
     * bytes before {@code start}; out-of-range starts give "".
     */
    static StringNode substring(StringNode s, long start, long length) {
        return c -> substring(s.value(c), start, length);
    }

    static byte[] substring(byte[] v, long start, long length) {
        int n = v.length;
        if (n == 0 || start == INVALID || length == INVALID) return Bytes.EMPTY;
        long from = start < 0 ? n + start : start;
        if (from < 0 || from >= n) return Bytes.EMPTY;
        long to;
        if (length == ALL) {
            to = n;
        } else if (length >= 0) {
            to = Math.min(n, from + length);
        } else {
            to = from;
            from = Math.max(0, from + length);
        }
        return Arrays.copyOfRange(v, (int) from, (int) to);
    }

    static StringNode concat(StringNode a, StringNode b) {
        return c -> Bytes.concat(a.value(c), b.value(c));
    }

    static StringNode ifelse(BoolNode cond, StringNode yes, StringNode no) {
        return c -> cond.test(c) ? yes.value(c) : no.value(c);
    }

    static StringNode hexstring(StringNode s, StringNode separator) {
        return c -> {
            byte[] v = s.value(c);
            String sep = Bytes.latin1(separator.value(c));
            return Bytes.toHex(v, sep).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        };
    }

    /** {@code split(s, delimiters, field)}: field counts from 1; adjacent delimiters make empty fields. */
    static StringNode split(StringNode s, StringNode delimiters, long field) {
        return c -> split(s.value(c), delimiters.value(c), field);
    }

    static byte[] split(byte[] v, byte[] delims, long field) {
        if (v.length == 0) return Bytes.EMPTY;
        if (delims.length == 0) return v;
        if (field < 1 || field == INVALID) return Bytes.EMPTY;
        int start = 0;
        long current = 1;
        for (int i = 0; i <= v.length; i++) {
            if (i == v.length || isDelimiter(v[i], delims)) {
                if (current == field) return Arrays.copyOfRange(v, start, i);
                current++;
                start = i + 1;
            }
        }
        return Bytes.EMPTY;
    }

    private static boolean isDelimiter(byte b, byte[] delims) {
        for (byte d : delims) {
            if (d == b) return true;
        }
        return false;
    }

    /** {@code lcase} / {@code ucase}: ASCII letters only, other bytes unchanged. */
    static StringNode changeCase(StringNode s, boolean upper) {
        return c -> {
            byte[] v = s.value(c).clone();
            for (int i = 0; i < v.length; i++) {
                byte b = v[i];
                if (upper && b >= 'a' && b <= 'z') v[i] = (byte) (b - 32);
                if (!upper && b >= 'A' && b <= 'Z') v[i] = (byte) (b + 32);
            }
            return v;
        };
    }
}
