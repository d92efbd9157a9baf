package org.nestor.core.lease;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.IntFunction;

/** Writes a whole lease file (header, then one row per lease) and syncs it to disk: LFC's output and lease4-write. */
final class LeaseFileWriter {
    private LeaseFileWriter() {
    }

    /**
     * @param target the file, created or truncated
     * @param header the header line
     * @param size number of rows
     * @param row the CSV row of lease {@code i}
     */
    static void write(Path target, String header, int size, IntFunction<String> row) throws IOException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch),
                     StandardCharsets.UTF_8), 1 << 16)) {
            out.write(header);
            out.write('\n');
            for (int i = 0; i < size; i++) {
                out.write(row.apply(i));
                out.write('\n');
            }
            out.flush();
            ch.force(true);
        }
    }
}
