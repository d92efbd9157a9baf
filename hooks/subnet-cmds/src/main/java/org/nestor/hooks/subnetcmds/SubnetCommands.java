package org.nestor.hooks.subnetcmds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.nestor.hooks.api.Answers;
import org.nestor.hooks.api.config.CommandTable;
import org.nestor.hooks.api.config.ConfigurationRejectedException;
import org.nestor.hooks.api.config.ServerConfiguration4;

/**
 * subnet4-list, -get, -add, -update, -del, -delta-add and -delta-del with the texts and answer shapes of Kea's
 * manual (ARM "subnet_cmds"); every change goes through {@link ServerConfiguration4#update}, so it is checked by the
 * server's parser and applied atomically. Leases of a deleted subnet are kept, as Kea keeps them.
 */
final class SubnetCommands {
    private final ServerConfiguration4 configuration;
    private final Family family;
    private final DeltaMerge delta;

    SubnetCommands(ServerConfiguration4 configuration, Family family) {
        this.configuration = configuration;
        this.family = family;
        this.delta = new DeltaMerge(family);
    }

    /** Registers each command under its name. */
    void addTo(CommandTable commands) {
        commands.put(family.subnet("list"), a -> list());
        commands.put(family.subnet("get"), this::get);
        commands.put(family.subnet("add"), this::add);
        commands.put(family.subnet("update"), a -> change(a, (tree, at, given) -> replace(at, given), "update"));
        commands.put(family.subnet("delta-add"), a -> change(a, (tree, at, given) -> delta.add(at.subnet(), given),
                "delta-add"));
        commands.put(family.subnet("delta-del"), a -> change(a, (tree, at, given) -> delta.remove(at.subnet(),
                given), "delta-del"));
        commands.put(family.subnet("del"), this::delete);
    }

    private SubnetTree tree(Map<String, Object> config) {
        return new SubnetTree(config, family);
    }

    private Map<String, Object> list() {
        List<Map<String, Object>> subnets = new ArrayList<>();
        tree(configuration.current()).all().forEach(l -> subnets.add(Json.brief(l.subnet())));
        return Answers.of(subnets.isEmpty() ? Answers.EMPTY : Answers.SUCCESS,
                subnets.size() + " " + family.label() + " subnets found", Map.of("subnets", subnets));
    }

    private Map<String, Object> get(Map<String, Object> arguments) throws ConfigurationRejectedException {
        Map<String, Object> args = Json.arguments(arguments);
        SubnetTree tree = tree(configuration.current());
        SubnetTree.Located found;
        if (args.containsKey("id")) {
            found = tree.existing(Json.integer(args, "id"), Answers.EMPTY);
        } else if (args.containsKey("subnet")) {
            String text = Json.string(args, "subnet");
            found = tree.byPrefix(prefix(text)).orElseThrow(() -> new ConfigurationRejectedException(
                    Answers.EMPTY, "no " + family.label() + " subnet " + text + " found"));
        } else {
            throw new ConfigurationRejectedException("missing 'id' or 'subnet' parameter");
        }
        return Answers.of(Answers.SUCCESS, "Info about " + family.label() + " subnet " + found.prefix() + " (id "
                + found.id() + ") returned", Map.of("subnets", List.of(found.subnet())));
    }

    private Prefix4 prefix(String text) throws ConfigurationRejectedException {
        try {
            return Prefix4.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationRejectedException("'subnet' parameter: " + e.getMessage());
        }
    }

    /** subnet4-add: the subnet goes into the global list, or into the network its {@code shared-network-name} names. */
    private Map<String, Object> add(Map<String, Object> arguments) throws ConfigurationRejectedException {
        Map<String, Object> given = subnetIn(arguments);
        Object networkName = given.remove("shared-network-name");
        String text = Json.string(given, "subnet");
        Map<String, Object> after = configuration.update(config -> {
            SubnetTree tree = tree(config);
            if (networkName instanceof String name) {
                tree.subnetsOf(tree.existingNetwork(name)).add(given);
            } else {
                tree.plainSubnets().add(given);
            }
        });
        Map<String, Object> added = tree(after).byPrefix(prefix(text)).map(SubnetTree.Located::subnet).orElse(given);
        return Answers.of(Answers.SUCCESS, family.label() + " subnet added",
                Map.of("subnets", List.of(Json.brief(added))));
    }

    /** The one subnet of {@code {"subnet4": [ {...} ]}}; reservations are refused, as Kea refuses them. */
    private Map<String, Object> subnetIn(Map<String, Object> arguments) throws ConfigurationRejectedException {
        Map<String, Object> given = Json.single(Json.arguments(arguments), family.subnetKey());
        if (given.containsKey("reservations")) {
            throw new ConfigurationRejectedException("reservations cannot be specified within " + family.subnetKey()
                    + " commands: use the host commands (reservation-add, reservation-del)");
        }
        return given;
    }

    /** One change of an existing subnet, named by the {@code id} of the given subnet. */
    @FunctionalInterface
    private interface SubnetChange {
        void apply(SubnetTree tree, SubnetTree.Located at, Map<String, Object> given)
                throws ConfigurationRejectedException;
    }

    private Map<String, Object> change(Map<String, Object> arguments, SubnetChange change, String verb)
            throws ConfigurationRejectedException {
        Map<String, Object> given = subnetIn(arguments);
        long id = Json.integer(given, "id");
        Map<String, Object> after = configuration.update(config -> {
            SubnetTree tree = tree(config);
            change.apply(tree, tree.existing(id, Answers.ERROR), given);
        });
        Map<String, Object> changed = tree(after).existing(id, Answers.ERROR).subnet();
        return Answers.of(Answers.SUCCESS, family.label() + " subnet updated",
                Map.of("subnets", List.of(Json.brief(changed))));
    }

    /** subnet4-update: the subnet is replaced where it stands; its reservations (host commands' business) stay. */
    private static void replace(SubnetTree.Located at, Map<String, Object> given) {
        Object reservations = at.subnet().get("reservations");
        at.subnet().clear();
        at.subnet().putAll(given);
        at.subnet().remove("shared-network-name");
        if (reservations != null) {
            at.subnet().put("reservations", reservations);
        }
    }

    private Map<String, Object> delete(Map<String, Object> arguments) throws ConfigurationRejectedException {
        long id = Json.integer(Json.arguments(arguments), "id");
        AtomicReference<Map<String, Object>> deleted = new AtomicReference<>();
        configuration.update(config -> {
            SubnetTree.Located at = tree(config).existing(id, Answers.EMPTY);
            at.remove();
            deleted.set(at.subnet());
        });
        return Answers.of(Answers.SUCCESS, family.label() + " subnet " + deleted.get().get("subnet") + " (id " + id
                + ") deleted", Map.of("subnets", List.of(Json.brief(deleted.get()))));
    }
}
