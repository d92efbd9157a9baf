package org.nestor.core.wire.options;

import java.util.List;

/**
 * How an option is named and encoded, as Kea's {@code option-def} describes it (standard options are predefined
 * with Kea's names and types).
 *
 * @param name option name (e.g. {@code domain-name-servers})
 * @param code option code
 * @param space option space ({@code dhcp4}, {@code vendor-encapsulated-options-space}, ...)
 * @param type data type; {@code RECORD} when {@code recordTypes} is used
 * @param array whether the value is an array of {@code type} (or of records)
 * @param recordTypes field types of a record, empty otherwise
 * @param encapsulate the space of sub-options this option carries, empty when none
 */
public record OptionDefinition(String name, int code, String space, OptionDataType type, boolean array,
                               List<OptionDataType> recordTypes, String encapsulate) {
    public OptionDefinition {
        recordTypes = List.copyOf(recordTypes);
        encapsulate = encapsulate == null ? "" : encapsulate;
    }
}
