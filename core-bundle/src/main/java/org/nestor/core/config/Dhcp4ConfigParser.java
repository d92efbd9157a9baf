package org.nestor.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.nestor.core.classify.ExpressionParser;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonException;
import org.nestor.core.json.JsonMember;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonValue;
import org.nestor.core.wire.options.OptionDefinition;
import org.nestor.core.wire.options.OptionDefinitions;
import org.nestor.core.wire.options.StandardOptions4;

/**
 * Reads a {@code kea-dhcp4} configuration file into a validated {@link Dhcp4Config}, refusing what Kea 2.2 refuses
 * with Kea's wording ({@code file:line.col: message}). Like Kea, a syntax pass over the whole file (keys, kinds,
 * duplicates, required keys) comes before the semantic checks. Kea 2.4–2.6 keys are accepted with a warning.
 *
 * <p>Options: {@link #stateDirectory} (where a memfile without {@code name} keeps its leases),
 * {@link #includeBase} (relative {@code <?include?>} paths; Kea uses the working directory) and
 * {@link #environment} (interface and hook library checks). A parser is not thread-safe.
 */
public final class Dhcp4ConfigParser {
    private Path stateDirectory = Path.of("/var/lib/kea");
    private Path includeBase = Path.of("").toAbsolutePath();
    private SystemEnvironment environment = SystemEnvironment.HOST;
    private Supplier<OptionDefinitions> standardOptions = StandardOptions4::definitions;
    private final List<String> warnings = new ArrayList<>();

    /** Sets the directory a memfile lease file without {@code name} goes to; returns this parser. */
    public Dhcp4ConfigParser stateDirectory(Path dir) {
        this.stateDirectory = dir;
        return this;
    }

    /** Sets the directory relative includes are resolved against; returns this parser. */
    public Dhcp4ConfigParser includeBase(Path dir) {
        this.includeBase = dir;
        return this;
    }

    /** Sets what answers interface and hook library checks; returns this parser. */
    public Dhcp4ConfigParser environment(SystemEnvironment env) {
        this.environment = env;
        return this;
    }

    /** Sets where the standard option definitions come from (default {@link StandardOptions4}); returns this parser. */
    public Dhcp4ConfigParser standardOptions(Supplier<OptionDefinitions> definitions) {
        this.standardOptions = definitions;
        return this;
    }

    /** @return warnings of the last parse (extraneous commas, post-2.2 keys, deprecated keys) */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Reads and checks {@code file}; positions name it as given. */
    public Dhcp4Config parseFile(Path file) throws ConfigException {
        JsonParser json = new JsonParser(includeBase);
        try {
            JsonValue root = json.parseFile(file);
            return build(root, json.warnings());
        } catch (JsonException e) {
            throw new ConfigException(e.position(), e.reason());
        }
    }

    /** Checks {@code text}; {@code sourceName} names it in messages. */
    public Dhcp4Config parse(String text, String sourceName) throws ConfigException {
        JsonParser json = new JsonParser(includeBase);
        try {
            JsonValue root = json.parse(text, sourceName);
            return build(root, json.warnings());
        } catch (JsonException e) {
            throw new ConfigException(e.position(), e.reason());
        }
    }

    /** Checks an already parsed file ({@code {"Dhcp4": {...}}}), e.g. the arguments of config-set. */
    public Dhcp4Config build(JsonValue root, List<String> jsonWarnings) throws ConfigException {
        warnings.clear();
        warnings.addAll(jsonWarnings);
        JsonObject dhcp4 = topLevel(root);
        new SchemaValidator(warnings).check(dhcp4, ScopeKeyTables.DHCP4);
        return new ModelAssembler(dhcp4, environment, stateDirectory, standardOptions).assemble((JsonObject) root);
    }

    /** Kea 2.2's kea-dhcp4 accepts exactly one top-level entry, {@code Dhcp4}, whose value is a map. */
    private static JsonObject topLevel(JsonValue root) throws ConfigException {
        if (!(root instanceof JsonObject top)) {
            throw new ConfigException(root.position(), "syntax error, unexpected " + root.kind().keaName()
                    + ", expecting {");
        }
        if (top.size() == 0) throw new ConfigException(top.end(), "syntax error, unexpected }, expecting Dhcp4");
        JsonMember first = top.members().get(0);
        if (!"Dhcp4".equals(first.key())) {
            throw new ConfigException(first.keyPosition(), "syntax error, unexpected constant string, expecting "
                    + "Dhcp4 (found \"" + first.key() + "\"; Kea 2.2 reads only the Dhcp4 map from this file)");
        }
        if (top.size() > 1) {
            JsonMember extra = top.members().get(1);
            throw new ConfigException(extra.keyPosition(), "syntax error, unexpected " + ("Dhcp4".equals(extra.key())
                    ? "Dhcp4" : "constant string") + ", expecting \",\" or } (Kea 2.2 accepts no \"" + extra.key()
                    + "\" beside Dhcp4 in this file)");
        }
        if (!(first.value() instanceof JsonObject dhcp4)) {
            throw new ConfigException(first.value().position(), "syntax error, unexpected "
                    + first.value().kind().keaName() + ", expecting {");
        }
        return dhcp4;
    }

    /** Builds the model from a schema-checked {@code Dhcp4} map. */
    private static final class ModelAssembler {
        private final JsonObject g;
        private final SystemEnvironment env;
        private final Path stateDirectory;
        private final Supplier<OptionDefinitions> standardOptions;

        ModelAssembler(JsonObject dhcp4, SystemEnvironment env, Path stateDirectory,
                       Supplier<OptionDefinitions> standardOptions) {
            this.standardOptions = standardOptions;
            this.g = dhcp4;
            this.env = env;
            this.stateDirectory = stateDirectory;
        }

        Dhcp4Config assemble(JsonObject root) throws ConfigException {
            ScopeChain c = new ScopeChain(g);
            List<OptionDefinition> custom = new ArrayList<>();
            OptionDefBuilder.build((JsonArray) g.get("option-def"), custom);
            OptionDefinitions defs = new LayeredOptionDefinitions(standardOptions, custom);
            OptionDataBuilder options = new OptionDataBuilder(defs);
            SectionsBuilder sections = new SectionsBuilder(env);
            List<HookLibraryConfig> hooks = sections.hooks((JsonArray) g.get("hooks-libraries"));
            InterfacesConfig interfaces = sections.interfaces((JsonObject) g.get("interfaces-config"));
            List<ClientClassDef> classes = ClientClassBuilder.build((JsonArray) g.get("client-classes"), defs,
                    ExpressionParser.dhcp4(defs));
            List<ConfiguredOption> globalOptions = options.build((JsonArray) g.get("option-data"));
            ReservationBuilder reservations = new ReservationBuilder(options,
                    c.bool("ip-reservations-unique", true));
            NetworksBuilder networks = new NetworksBuilder(new SubnetBuilder(options, reservations, env), options,
                    env);
            networks.build(g);
            List<Reservation4> globalReservations = reservations.build((JsonArray) g.get("reservations"), null);
            JsonObject mt = (JsonObject) g.get("multi-threading");
            ScopeChain mtc = new ScopeChain(mt);
            return new Dhcp4Config(networks.subnets(), networks.networks(), globalOptions, defs, classes,
                    globalReservations, identifiers(), ParametersBuilder.build(c, g), interfaces,
                    sections.leaseDatabase((JsonObject) g.get("lease-database"), g, stateDirectory),
                    sections.expired((JsonObject) g.get("expired-leases-processing")),
                    c.bool("echo-client-id", true), c.lng("decline-probation-period", 86400),
                    c.str("server-tag", ""), c.lng("dhcp4o6-port", 0), mtc.bool("enable-multi-threading", false),
                    (int) mtc.lng("thread-pool-size", 0), (int) mtc.lng("packet-queue-size", 64),
                    (int) c.lng("parked-packet-limit", 256), sections.loggers((JsonArray) g.get("loggers")),
                    c.lng("statistic-default-sample-count", 20), c.lng("statistic-default-sample-age", 0),
                    new ScopeChain((JsonObject) g.get("sanity-checks")).str("lease-checks", "warn"), hooks,
                    sections.controlSocket((JsonObject) g.get("control-socket")),
                    sections.controlSockets((JsonArray) g.get("control-sockets")), root);
        }

        private List<HostIdentifierType> identifiers() throws ConfigException {
            JsonValue list = g.get("host-reservation-identifiers");
            if (list == null) {
                return List.of(HostIdentifierType.HW_ADDRESS, HostIdentifierType.DUID, HostIdentifierType.CIRCUIT_ID,
                        HostIdentifierType.CLIENT_ID);
            }
            List<HostIdentifierType> out = new ArrayList<>();
            List<String> names = Names.list(list);
            for (int i = 0; i < names.size(); i++) {
                HostIdentifierType t = HostIdentifierType.byKeaName(names.get(i));
                if (t == null) {
                    throw new ConfigException(((JsonArray) list).get(i).position(), "invalid host identifier name '"
                            + names.get(i) + "'");
                }
                out.add(t);
            }
            return List.copyOf(out);
        }
    }
}
