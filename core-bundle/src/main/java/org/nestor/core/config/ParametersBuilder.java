package org.nestor.core.config;

import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

/** Resolves the inheritable parameters of one scope through its chain, with Kea 2.2's defaults and checks. */
final class ParametersBuilder {
    static final long DEFAULT_VALID_LIFETIME = 7200;

    private ParametersBuilder() {
    }

    static SubnetParameters4 build(ScopeChain chain, JsonObject scope) throws ConfigException {
        Lifetime valid = lifetime(chain, scope);
        Long renew = chain.optLong("renew-timer");
        Long rebind = chain.optLong("rebind-timer");
        JsonValue ns = chain.find("next-server");
        int nextServer = ns == null || ((JsonString) ns).value().isEmpty() ? 0
                : Addresses.parse(((JsonString) ns).value(), ns.position());
        boolean[] flags = reservationFlags(chain);
        return new SubnetParameters4(valid, renew, rebind, chain.bool("calculate-tee-times", false),
                chain.dbl("t1-percent", 0.5), chain.dbl("t2-percent", 0.875), chain.bool("match-client-id", true),
                chain.bool("authoritative", false), nextServer, chain.str("server-hostname", ""),
                chain.str("boot-file-name", ""), flags[0], flags[1], flags[2],
                chain.str("hostname-char-set", "[^A-Za-z0-9.-]"), chain.str("hostname-char-replacement", ""),
                chain.lng("offer-lifetime", 0), chain.bool("store-extended-info", false),
                chain.str("ddns-qualifying-suffix", ""));
    }

    /** min/max default to the default lifetime (7200); Kea refuses a default outside the bounds. */
    static Lifetime lifetime(ScopeChain chain, JsonObject scope) throws ConfigException {
        long def = chain.lng("valid-lifetime", DEFAULT_VALID_LIFETIME);
        long min = chain.lng("min-valid-lifetime", def);
        long max = chain.lng("max-valid-lifetime", def);
        boolean bounded = chain.find("min-valid-lifetime") != null && chain.find("max-valid-lifetime") != null;
        if (bounded && (def < min || def > max)) {
            throw new ConfigException(scope.position(), "the value of (default) valid-lifetime (" + def
                    + ") is not between min-valid-lifetime (" + min + ") and max-valid-lifetime (" + max + ")");
        }
        if (min > def) {
            throw new ConfigException(scope.position(), "the value of min-valid-lifetime (" + min
                    + ") is not less than (default) valid-lifetime (" + def + ")");
        }
        if (def > max) {
            throw new ConfigException(scope.position(), "the value of (default) valid-lifetime (" + def
                    + ") is not less than max-valid-lifetime (" + max + ")");
        }
        return new Lifetime(min, def, max);
    }

    /** @return {global, in-subnet, out-of-pool}, each from the most specific level setting it or its mode */
    private static boolean[] reservationFlags(ScopeChain chain) throws ConfigException {
        boolean[] out = {false, true, false};
        String[] keys = {"reservations-global", "reservations-in-subnet", "reservations-out-of-pool"};
        JsonObject modeLevel = chain.levelOf("reservation-mode");
        for (int i = 0; i < keys.length; i++) {
            JsonObject level = chain.levelOf(keys[i]);
            if (level != null && level == modeLevel) {
                throw new ConfigException(level.position(), "invalid use of both 'reservation-mode' and one of "
                        + "'reservations-global', 'reservations-in-subnet' or 'reservations-out-of-pool' parameters");
            }
        }
        String mode = modeLevel == null ? null : ((JsonString) modeLevel.get("reservation-mode")).value();
        for (int i = 0; i < keys.length; i++) {
            JsonObject level = chain.levelOf(keys[i]);
            if (level != null && (modeLevel == null || isInner(chain, level, modeLevel))) {
                out[i] = chain.bool(keys[i], out[i]);
            } else if (mode != null) {
                out[i] = fromMode(mode, i);
            }
        }
        return out;
    }

    private static boolean isInner(ScopeChain chain, JsonObject a, JsonObject b) {
        return chain.depthOf(a) < chain.depthOf(b);
    }

    private static boolean fromMode(String mode, int flag) {
        return switch (mode) {
            case "disabled" -> false;
            case "global" -> flag == 0;
            case "out-of-pool" -> flag != 0;
            default -> flag == 1; // all
        };
    }
}
