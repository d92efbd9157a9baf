package org.nestor.example.sitehook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nestor.hooks.api.Answers;
import org.nestor.hooks.api.CommandHandler;
import org.nestor.hooks.api.HookLoadException;

/** The library's control commands: {@value #STATUS} (counters and prefixes) and {@value #RELOAD} (reread the file). */
public final class SiteCommands implements CommandHandler {
    /** Answers the counters, the prefix file and the prefixes loaded. */
    public static final String STATUS = "site-example-status";
    /** Reads the prefix file again. */
    public static final String RELOAD = "site-example-reload";

    private final SiteExampleLibrary library;

    /** @param library the library the commands report on */
    public SiteCommands(SiteExampleLibrary library) {
        this.library = library;
    }

    @Override
    public Set<String> commands() {
        return Set.of(STATUS, RELOAD);
    }

    @Override
    public Map<String, Object> handle(String command, Map<String, Object> arguments) {
        if (STATUS.equals(command)) {
            return status();
        }
        if (RELOAD.equals(command)) {
            try {
                SiteState state = library.reload();
                return Answers.success(state.blockedPrefixes().size() + " blocked MAC prefixes read from "
                        + state.settings().blockedPrefixesFile());
            } catch (HookLoadException e) {
                return Answers.error(e.getMessage());
            }
        }
        return Answers.of(Answers.UNSUPPORTED, "'" + command + "' command not supported.");
    }

    private Map<String, Object> status() {
        SiteState state = library.state();
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("loaded", state != null);
        args.put("dropped", library.dropped());
        args.put("classified", library.classified());
        if (state != null) {
            args.put(SiteSettings.BLOCKED_FILE, state.settings().blockedPrefixesFile() == null ? null
                    : state.settings().blockedPrefixesFile().toString());
            List<Object> prefixes = state.blockedPrefixes().stream().map(p -> (Object) p.toString()).toList();
            args.put("blocked-mac-prefixes", prefixes);
            args.put(SiteSettings.CIRCUIT_CLASSES, new LinkedHashMap<String, Object>(state.settings().circuitClasses()));
        }
        String text = state == null ? SiteExampleLibrary.NAME + " is not loaded"
                : SiteExampleLibrary.NAME + ": " + state.blockedPrefixes().size() + " blocked MAC prefixes, "
                        + library.dropped() + " DISCOVERs dropped, " + library.classified() + " queries classified";
        return Answers.of(Answers.SUCCESS, text, args);
    }
}
