package org.nestor.core.json;

/**
 * One {@code "key": value} pair of an object, with the key's own position (errors about a key point at it).
 *
 * @param key the key
 * @param keyPosition where the key's opening quote is
 * @param value the value
 */
public record JsonMember(String key, JsonPosition keyPosition, JsonValue value) {
}
