package org.nestor.systest.rawlink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client hook script that appends each event (its first argument or {@code $reason}) and the environment to a
 * file, so a test can read what the client was told, and sets or removes the address (unicast renew and release
 * need it).
 */
final class ClientScript {
    /** Written after an event's variables: the script's writes are several, and a reader may come in between. */
    private static final String END = "EVENT-END";

    private final Path script;
    private final Path events;

    ClientScript(Path dir, String name) throws IOException {
        script = dir.resolve(name + ".sh");
        events = dir.resolve(name + ".events");
        Files.writeString(script, "#!/bin/sh\n{ echo \"EVENT ${1:-$reason}\"; env; echo " + END + "; } >> " + events
                + "\n"
                + "case \"${1:-$reason}\" in\n"
                + "  bound|renew|BOUND|REBOOT|RENEW) ip addr replace \"${ip:-$new_ip_address}/24\" dev \"$interface\";;\n"
                + "  deconfig|RELEASE|STOP|EXPIRE) ip addr flush dev \"$interface\";;\n"
                + "esac\nexit 0\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    String path() {
        return script.toString();
    }

    /**
     * @return each event's variables in order, with the event name under {@code EVENT}; an event the script is still
     *         writing (no end line yet) is left out, so a reader never sees an event without its variables
     */
    List<Map<String, String>> events() throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        if (!Files.exists(events)) {
            return out;
        }
        Map<String, String> current = null;
        for (String line : Files.readAllLines(events)) {
            if (line.startsWith("EVENT ")) {
                current = new LinkedHashMap<>();
                current.put("EVENT", line.substring(6));
            } else if (line.equals(END) && current != null) {
                out.add(current);
                current = null;
            } else if (current != null && line.indexOf('=') > 0) {
                current.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return out;
    }

    /** @return the last event named one of {@code names}, waiting up to {@code seconds} */
    Map<String, String> await(int seconds, String... names) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<Map<String, String>> all = events();
            for (int i = all.size() - 1; i >= 0; i--) {
                if (List.of(names).contains(all.get(i).get("EVENT"))) {
                    return all.get(i);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + List.of(names) + " event within " + seconds + " s; events: " + events());
    }

    void clear() throws IOException {
        Files.deleteIfExists(events);
    }
}
