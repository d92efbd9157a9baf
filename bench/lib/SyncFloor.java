import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The cost of a synced commit by itself, for bench/run.sh's table: one lease line appended to a file in DIR and
 * forced to disk (fdatasync), COUNT times on one thread, after as many unmeasured. Prints the thread's CPU
 * microseconds and context switches per sync: the floor a synced commit adds to a lease's cost when every commit
 * has its own sync (no commit delay to share one among several leases).
 * Usage: java bench/lib/SyncFloor.java DIR COUNT
 */
public class SyncFloor {
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0], "sync-floor.csv");
        int count = Integer.parseInt(args[1]);
        byte[] line = "192.0.2.10,00:00:5e:00:53:01,01:00:00:5e:00:53:01,4000,1763870000,1,0,0,,0,,0\n"
                .getBytes(StandardCharsets.US_ASCII);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(line.length);
            appendAndSync(channel, buffer, line, count);
            long cpu = threads.getCurrentThreadCpuTime();
            long switches = contextSwitches();
            appendAndSync(channel, buffer, line, count);
            System.out.printf("%.0f %.1f%n", (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / count,
                    (contextSwitches() - switches) / (double) count);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void appendAndSync(FileChannel channel, ByteBuffer buffer, byte[] line, int count)
            throws IOException {
        for (int i = 0; i < count; i++) {
            buffer.clear();
            buffer.put(line).flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        }
    }

    /** Voluntary and involuntary context switches of the calling thread so far. */
    private static long contextSwitches() throws IOException {
        long total = 0;
        for (String l : Files.readAllLines(Path.of("/proc/thread-self/status"))) {
            if (l.contains("ctxt_switches:")) {
                total += Long.parseLong(l.substring(l.indexOf(':') + 1).trim());
            }
        }
        return total;
    }
}
