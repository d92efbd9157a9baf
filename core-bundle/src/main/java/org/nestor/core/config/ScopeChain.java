package org.nestor.core.config;

import org.nestor.core.json.JsonBoolean;
import org.nestor.core.json.JsonNumber;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

/**
 * The maps a parameter is looked up in, most specific first (subnet → shared network → global), with typed
 * getters falling back to Kea's default. Kinds were checked by the schema pass.
 */
final class ScopeChain {
    private final JsonObject[] levels;

    ScopeChain(JsonObject... levels) {
        this.levels = levels;
    }

    /** @return a chain with {@code inner} in front of this one */
    ScopeChain inner(JsonObject inner) {
        JsonObject[] l = new JsonObject[levels.length + 1];
        l[0] = inner;
        System.arraycopy(levels, 0, l, 1, levels.length);
        return new ScopeChain(l);
    }

    /** @return the most specific value of {@code key}, or null */
    JsonValue find(String key) {
        for (JsonObject o : levels) {
            if (o == null) continue;
            JsonValue v = o.get(key);
            if (v != null) return v;
        }
        return null;
    }

    /** @return the most specific level that sets {@code key}, or null */
    JsonObject levelOf(String key) {
        for (JsonObject o : levels) {
            if (o != null && o.has(key)) return o;
        }
        return null;
    }

    /** @return how deep {@code level} is in the chain, 0 = most specific */
    int depthOf(JsonObject level) {
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == level) return i;
        }
        return levels.length;
    }

    long lng(String key, long def) {
        JsonValue v = find(key);
        return v == null ? def : ((JsonNumber) v).longValue();
    }

    Long optLong(String key) {
        JsonValue v = find(key);
        return v == null ? null : ((JsonNumber) v).longValue();
    }

    double dbl(String key, double def) {
        JsonValue v = find(key);
        return v == null ? def : ((JsonNumber) v).doubleValue();
    }

    boolean bool(String key, boolean def) {
        JsonValue v = find(key);
        return v == null ? def : ((JsonBoolean) v).value();
    }

    String str(String key, String def) {
        JsonValue v = find(key);
        return v == null ? def : ((JsonString) v).value();
    }
}
