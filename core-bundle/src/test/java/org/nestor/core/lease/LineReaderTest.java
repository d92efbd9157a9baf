package org.nestor.core.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    @Test
    void splitsLinesAsBufferedReaderDoes() throws IOException {
        String text = "header\na,b\r\nc\rd\n\n" + "x".repeat(200_000) + "\nlast\r";
        assertEquals(readLines(text), lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void crLfSplitAcrossTwoReadsIsOneEndOfLine() throws IOException {
        byte[] text = "a\r\nb\n".getBytes(StandardCharsets.UTF_8);
        InputStream oneByteAtATime = new ByteArrayInputStream(text) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        assertEquals(List.of("a", "b"), lines(oneByteAtATime));
    }

    @Test
    void onlyTheLineWithNothingAfterItIsLast() throws IOException {
        try (LineReader in = new LineReader(new ByteArrayInputStream("a\nb".getBytes(StandardCharsets.UTF_8)))) {
            in.next();
            assertEquals(false, in.isLast());
            in.next();
            assertEquals(true, in.isLast());
            assertEquals("b", in.text());
            assertEquals(false, in.next());
        }
    }

    private static List<String> lines(InputStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (LineReader in = new LineReader(stream)) {
            while (in.next()) {
                out.add(in.text());
            }
        }
        return out;
    }

    private static List<String> readLines(String text) throws IOException {
        return new BufferedReader(new StringReader(text)).lines().toList();
    }
}
