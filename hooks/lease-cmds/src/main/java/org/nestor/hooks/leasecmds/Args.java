package org.nestor.hooks.leasecmds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads command arguments (JSON values as the server hands them over: {@code Long}, {@code String}, {@code Boolean},
 * {@code Map}, {@code List}) with Kea's texts for missing and mistyped parameters. Kea appends the parameter's position
 * in the received text ({@code (<wire>:0:54)}); Nestor's handlers see parsed values and leave it out.
 */
final class Args {
    /** Kea's largest 32-bit unsigned values ({@code valid-lft}, {@code subnet-id}). */
    static final long UINT32_MAX = 0xffffffffL;

    private Args() {
    }

    /** @return the arguments, or a failure with {@code text} when there are none */
    static Map<String, Object> required(Map<String, Object> args, String text) {
        if (args == null) {
            throw CommandFailure.error(text);
        }
        return args;
    }

    /** Kea's {@code SimpleParser::getString}: "missing parameter" / "invalid type specified for parameter". */
    static String string(Map<String, Object> args, String name) {
        return optionalString(args, name)
                .orElseThrow(() -> CommandFailure.error("missing parameter '" + name + "'"));
    }

    static Optional<String> optionalString(Map<String, Object> args, String name) {
        return typed(args, name, String.class);
    }

    static Optional<Boolean> optionalBoolean(Map<String, Object> args, String name) {
        return typed(args, name, Boolean.class);
    }

    static Optional<Long> optionalInteger(Map<String, Object> args, String name) {
        return typed(args, name, Long.class);
    }

    /** An integer parameter that must fit in 32 unsigned bits, as Kea's {@code getUint32}. */
    static Optional<Long> optionalUint32(Map<String, Object> args, String name) {
        Optional<Long> value = optionalInteger(args, name);
        value.ifPresent(v -> {
            if (v < 0 || v > UINT32_MAX) {
                throw CommandFailure.error("out of range value (" + v + ") specified for parameter '" + name + "'");
            }
        });
        return value;
    }

    /** @return the list of subnet ids in {@code subnets} (lease4-get-all) */
    static List<Long> subnetIds(Object subnets) {
        if (!(subnets instanceof List<?> list)) {
            throw CommandFailure.error("'subnets' parameter must be a list");
        }
        return list.stream().map(id -> {
            if (!(id instanceof Long l)) {
                throw CommandFailure.error("listed subnet identifiers must be numbers");
            }
            return l;
        }).toList();
    }

    private static <T> Optional<T> typed(Map<String, Object> args, String name, Class<T> type) {
        Object value = args.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!type.isInstance(value)) {
            throw CommandFailure.error("invalid type specified for parameter '" + name + "'");
        }
        return Optional.of(type.cast(value));
    }
}
