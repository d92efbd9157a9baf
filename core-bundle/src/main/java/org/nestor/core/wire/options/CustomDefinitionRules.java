package org.nestor.core.wire.options;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The checks Kea 2.2 makes on a custom {@code option-def} entry, with Kea's wording. */
final class CustomDefinitionRules {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?");

    private CustomDefinitionRules() {
    }

    static Optional<String> check(List<OptionDefinition> earlier, OptionDefinition d) {
        String error = nameAndCode(d);
        if (error == null) {
            error = standardClash(d);
        }
        if (error == null) {
            error = earlierClash(earlier, d);
        }
        if (error == null) {
            error = layout(d);
        }
        return Optional.ofNullable(error);
    }

    private static String nameAndCode(OptionDefinition d) {
        if (d.name() == null || !NAME.matcher(d.name()).matches()) {
            return "invalid option name '" + d.name() + "'";
        }
        if (d.code() < 0) {
            return "option code must not be negative";
        }
        if (d.code() > 255) {
            return "invalid option code '" + d.code() + "', it must not be greater than '255'";
        }
        if (StandardOptions4.DHCP4.equals(d.space()) && d.code() == 0) {
            return "invalid option code '0': reserved for PAD";
        }
        if (StandardOptions4.DHCP4.equals(d.space()) && d.code() == 255) {
            return "invalid option code '255': reserved for END";
        }
        return null;
    }

    private static String standardClash(OptionDefinition d) {
        if (!StandardOptions4.isProtectedSpace(d.space())) {
            return null;
        }
        OptionDefinitions std = StandardOptions4.definitions();
        if (std.byCode(d.space(), d.code()).isPresent()) {
            return "unable to override definition of option '" + d.code() + "' in standard option space '"
                    + d.space() + "'";
        }
        if (std.byName(d.space(), d.name()).isPresent()) {
            return "unable to override definition of option '" + d.name() + "' in standard option space '"
                    + d.space() + "'";
        }
        return null;
    }

    private static String earlierClash(List<OptionDefinition> earlier, OptionDefinition d) {
        for (OptionDefinition e : earlier) {
            if (e.space().equals(d.space()) && e.name().equals(d.name())) {
                return "option definition with name '" + d.name() + "' already exists in option space '"
                        + d.space() + "'";
            }
            if (e.space().equals(d.space()) && e.code() == d.code()) {
                return "option definition with code '" + d.code() + "' already exists in option space '"
                        + d.space() + "'";
            }
        }
        return null;
    }

    private static String layout(OptionDefinition d) {
        if (d.type() == OptionDataType.INTERNAL) {
            return "option type 18 not supported.";
        }
        if (d.type() != OptionDataType.RECORD && !d.recordTypes().isEmpty()) {
            return "invalid record type values specified for the option definition: 'record' option type must be"
                    + " used instead of '" + d.type().keaName() + "' to add data fields to the record";
        }
        if (d.type() == OptionDataType.RECORD) {
            String error = recordFields(d.recordTypes());
            if (error != null) {
                return error;
            }
        }
        if (d.array()) {
            String error = arrayOf(d.type() == OptionDataType.RECORD ? d.recordTypes().get(d.recordTypes().size() - 1)
                    : d.type());
            if (error != null) {
                return error;
            }
            if (!d.encapsulate().isEmpty()) {
                return "option '" + d.space() + "." + d.name() + "', comprising an array of data fields may not"
                        + " encapsulate any option space";
            }
        }
        return null;
    }

    private static String recordFields(List<OptionDataType> fields) {
        for (OptionDataType t : fields) {
            if (t == OptionDataType.RECORD || t == OptionDataType.EMPTY || t == OptionDataType.INTERNAL) {
                String name = t == OptionDataType.INTERNAL ? "unknown" : t.keaName();
                return "invalid record type values specified for the option definition: attempted to add invalid"
                        + " data type '" + name + "' to the record.";
            }
        }
        if (fields.size() < 2) {
            return "invalid number of data fields: " + fields.size()
                    + " specified for the option of type 'record'. Expected at least 2 fields.";
        }
        for (int i = 0; i < fields.size() - 1; i++) {
            if (fields.get(i) == OptionDataType.STRING || fields.get(i) == OptionDataType.BINARY) {
                return fields.get(i).keaName() + " data field can't be laid before data fields of other types.";
            }
        }
        return null;
    }

    private static String arrayOf(OptionDataType t) {
        return switch (t) {
            case STRING -> "array of strings is not a valid option definition.";
            case BINARY -> "array of binary values is not a valid option definition.";
            case EMPTY -> "array of empty value is not a valid option definition.";
            default -> null;
        };
    }
}
