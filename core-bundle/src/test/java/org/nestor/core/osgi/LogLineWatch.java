package org.nestor.core.osgi;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Watches standard error, where the tests' SLF4J binding (slf4j-simple) writes every log line, and takes a snapshot
 * of some state at the moment a line containing a given text is written, on the thread that logs it.
 */
final class LogLineWatch<T> implements AutoCloseable {
    private final PrintStream original = System.err;
    private final String text;
    private final Supplier<T> state;
    private volatile T snapshot;

    LogLineWatch(String text, Supplier<T> state) {
        this.text = text;
        this.state = state;
        System.setErr(new PrintStream(new LineTee(), true, StandardCharsets.UTF_8));
    }

    /** @return the state when the line was logged, null while it was not */
    T snapshot() {
        return snapshot;
    }

    @Override
    public void close() {
        System.setErr(original);
    }

    /** Copies to the original stream and looks at each complete line. */
    private final class LineTee extends OutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            original.write(b);
            if (b != '\n') {
                line.write(b);
                return;
            }
            if (snapshot == null && line.toString(StandardCharsets.UTF_8).contains(text)) {
                snapshot = state.get();
            }
            line.reset();
        }
    }
}
