package org.nestor.systest.hotdeploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.nestor.core.hooks.JsonValues;
import org.nestor.core.json.JsonException;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.systest.Commands;

/** The Karaf console of one instance, driven as a script would: {@code bin/nestor-console -s STATE 'command'}. */
final class ConsoleSession {
    private final Path stateDir;

    ConsoleSession(Path stateDir) {
        this.stateDir = stateDir;
    }

    /** Runs one console command line; @return the exit status and what it printed */
    Commands.Result run(String commandLine) throws IOException, InterruptedException {
        return Commands.run(120, Commands.nestorHome().resolve("bin/nestor-console").toString(), "-s",
                stateDir.toString(), commandLine);
    }

    /** Runs a command line that must succeed. */
    String ok(String commandLine) throws IOException, InterruptedException {
        Commands.Result r = run(commandLine);
        if (r.exitCode() != 0) {
            throw new AssertionError("nestor-console '" + commandLine + "' exited " + r.exitCode() + ":\n"
                    + r.output());
        }
        return r.output();
    }

    /** Runs {@code nestor:command NAME}; @return Kea's answer as JSON values */
    Map<String, Object> command(String name) throws IOException, InterruptedException {
        String out = ok("nestor:command " + name);
        int start = out.indexOf('{');
        try {
            if (start >= 0 && new JsonParser().parse(out.substring(start), name) instanceof JsonObject o) {
                return JsonValues.toMap(o);
            }
        } catch (JsonException e) {
            throw new AssertionError("nestor:command " + name + " printed no JSON answer:\n" + out, e);
        }
        throw new AssertionError("nestor:command " + name + " printed no JSON answer:\n" + out);
    }
}
