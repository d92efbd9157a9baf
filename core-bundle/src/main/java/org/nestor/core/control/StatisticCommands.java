package org.nestor.core.control;

import java.time.Duration;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonValue;
import org.nestor.core.stats.StatsManager;

/**
 * Kea's statistic-* commands over {@link StatsManager}: samples as {@code {"name": [[value, "timestamp"], ...]}},
 * with Kea 2.2's texts.
 */
final class StatisticCommands {
    private static final String MISSING_NAME = "Missing mandatory 'name' parameter.";

    private final StatsManager stats;

    StatisticCommands(StatsManager stats) {
        this.stats = stats;
    }

    void registerWith(CommandDispatcher dispatcher) {
        dispatcher.register("statistic-get", (c, a) -> ControlResult.success(JsonBuild.of(stats.get(name(a)))));
        dispatcher.register("statistic-get-all", (c, a) -> ControlResult.success(JsonBuild.of(stats.getAll())));
        dispatcher.register("statistic-reset", (c, a) -> {
            String name = existing(stats.reset(name(a)), name(a));
            return ControlResult.success("Statistic '" + name + "' reset.");
        });
        dispatcher.register("statistic-remove", (c, a) -> {
            String name = existing(stats.remove(name(a)), name(a));
            return ControlResult.success("Statistic '" + name + "' removed.");
        });
        dispatcher.register("statistic-reset-all", (c, a) -> {
            stats.resetAll();
            return ControlResult.success("All statistics reset to neutral values.");
        });
        dispatcher.register("statistic-remove-all", (c, a) -> {
            stats.removeAll();
            return ControlResult.success("Warning: statistic-remove-all command is deprecated. "
                    + "All statistics removed.");
        });
        dispatcher.register("statistic-sample-age-set", this::ageSet);
        dispatcher.register("statistic-sample-age-set-all", this::ageSetAll);
        dispatcher.register("statistic-sample-count-set", this::countSet);
        dispatcher.register("statistic-sample-count-set-all", this::countSetAll);
    }

    private static JsonObject args(JsonValue arguments, String firstMandatory) throws CommandException {
        String missing = "Missing mandatory '" + firstMandatory + "' parameter.";
        return CommandArguments.map(arguments, missing, missing);
    }

    private static String name(JsonValue arguments) throws CommandException {
        return CommandArguments.string(args(arguments, "name"), "name");
    }

    private static String existing(boolean found, String name) throws CommandException {
        if (!found) {
            throw new CommandException("No '" + name + "' statistic found");
        }
        return name;
    }

    private JsonObject ageSet(String command, JsonValue arguments) throws CommandException {
        String name = name(arguments);
        Duration age = duration((JsonObject) arguments);
        existing(limit(() -> stats.setMaxSampleAge(name, age)), name);
        return ControlResult.success("Statistic '" + name + "' duration limit is set.");
    }

    private JsonObject ageSetAll(String command, JsonValue arguments) throws CommandException {
        Duration age = duration(args(arguments, "duration"));
        limit(() -> {
            stats.setMaxSampleAgeAll(age);
            return true;
        });
        return ControlResult.success("All statistics duration limit are set.");
    }

    private JsonObject countSet(String command, JsonValue arguments) throws CommandException {
        String name = name(arguments);
        int max = maxSamples((JsonObject) arguments);
        existing(limit(() -> stats.setMaxSamples(name, max)), name);
        return ControlResult.success("Statistic '" + name + "' count limit is set.");
    }

    private JsonObject countSetAll(String command, JsonValue arguments) throws CommandException {
        int max = maxSamples(args(arguments, "max-samples"));
        limit(() -> {
            stats.setMaxSamplesAll(max);
            return true;
        });
        return ControlResult.success("All statistics count limit are set.");
    }

    private static Duration duration(JsonObject args) throws CommandException {
        return Duration.ofSeconds(CommandArguments.integer(args, "duration"));
    }

    private static int maxSamples(JsonObject args) throws CommandException {
        long max = CommandArguments.integer(args, "max-samples");
        if (max > Integer.MAX_VALUE) {
            throw new CommandException("'max-samples' parameter is out of range");
        }
        return (int) max;
    }

    /** Runs a limit change; StatsManager's refusal of a zero or negative limit becomes the answer's text. */
    private static boolean limit(LimitChange change) throws CommandException {
        try {
            return change.apply();
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
    }

    @FunctionalInterface
    private interface LimitChange {
        boolean apply();
    }
}
