package org.nestor.core.lease;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a stream as byte ranges of one reused buffer, split as {@link java.io.BufferedReader#readLine()}
 * splits them ({@code \n}, {@code \r} or {@code \r\n}), so that a lease file is read without a string per line.
 */
final class LineReader implements AutoCloseable {
    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int len;
    private int from;
    private int to;
    private int next;
    private boolean eof;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; @return false at the end of the stream */
    boolean next() throws IOException {
        from = next;
        while (true) {
            for (int i = from; i < len; i++) {
                byte c = buf[i];
                if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 == len && !eof) {
                        break;
                    }
                    to = i;
                    next = c == '\r' && i + 1 < len && buf[i + 1] == '\n' ? i + 2 : i + 1;
                    return true;
                }
            }
            if (eof) {
                if (from == len) {
                    return false;
                }
                to = len;
                next = len;
                return true;
            }
            fill();
        }
    }

    /** @return whether the current line is the last one (nothing follows its end of line) */
    boolean isLast() throws IOException {
        while (next == len && !eof) {
            fill();
        }
        return next == len;
    }

    byte[] buffer() {
        return buf;
    }

    /** @return where the current line starts in {@link #buffer()} */
    int from() {
        return from;
    }

    /** @return where the current line ends (exclusive, before its end of line) */
    int to() {
        return to;
    }

    /** @return the current line decoded as UTF-8 */
    String text() {
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Moves the current line to the front of the buffer (growing it if the line fills it) and reads more. */
    private void fill() throws IOException {
        int keep = len - from;
        if (from > 0) {
            System.arraycopy(buf, from, buf, 0, keep);
            to -= from;
            next -= from;
            from = 0;
            len = keep;
        }
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, len, buf.length - len);
        if (n < 0) {
            eof = true;
        } else {
            len += n;
        }
    }
}
