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
 * network4-list, -get, -add, -del, -subnet-add and -subnet-del with the texts and answer shapes of Kea's manual
 * (ARM "subnet_cmds"). A subnet leaving a network (network4-del with {@code subnets-action} "keep", the default,
 * or network4-subnet-del) becomes a plain subnet with only its own parameters, as Kea's manual says.
 */
final class NetworkCommands {
    private static final String NETWORKS = "shared-networks";

    private final ServerConfiguration4 configuration;
    private final Family family;

    NetworkCommands(ServerConfiguration4 configuration, Family family) {
        this.configuration = configuration;
        this.family = family;
    }

    /** Registers each command under its name. */
    void addTo(CommandTable commands) {
        commands.put(family.network("list"), a -> list());
        commands.put(family.network("get"), this::get);
        commands.put(family.network("add"), this::add);
        commands.put(family.network("del"), this::delete);
        commands.put(family.network("subnet-add"), this::subnetAdd);
        commands.put(family.network("subnet-del"), this::subnetDel);
    }

    private SubnetTree tree(Map<String, Object> config) {
        return new SubnetTree(config, family);
    }

    private Map<String, Object> list() {
        List<Map<String, Object>> names = new ArrayList<>();
        tree(configuration.current()).networks().forEach(n -> names.add(Map.of("name", n.get("name"))));
        return Answers.of(names.isEmpty() ? Answers.EMPTY : Answers.SUCCESS,
                names.size() + " " + family.label() + " network(s) found", Map.of(NETWORKS, names));
    }

    private Map<String, Object> get(Map<String, Object> arguments) throws ConfigurationRejectedException {
        String name = Json.string(Json.arguments(arguments), "name");
        Map<String, Object> network = tree(configuration.current()).existingNetwork(name);
        return Answers.of(Answers.SUCCESS, "Info about " + family.label() + " shared network '" + name
                + "' returned", Map.of(NETWORKS, List.of(network)));
    }

    private Map<String, Object> add(Map<String, Object> arguments) throws ConfigurationRejectedException {
        Map<String, Object> given = Json.single(Json.arguments(arguments), NETWORKS);
        String name = Json.string(given, "name");
        configuration.update(config -> {
            if (tree(config).network(name).isPresent()) {
                throw new ConfigurationRejectedException("duplicate network '" + name
                        + "' found in the configuration");
            }
            Json.list(config, NETWORKS).add(given);
        });
        return Answers.of(Answers.SUCCESS, "A new " + family.label() + " shared network '" + name + "' added",
                Map.of(NETWORKS, List.of(Map.of("name", name))));
    }

    private Map<String, Object> delete(Map<String, Object> arguments) throws ConfigurationRejectedException {
        Map<String, Object> args = Json.arguments(arguments);
        String name = Json.string(args, "name");
        String action = args.containsKey("subnets-action") ? Json.string(args, "subnets-action") : "keep";
        if (!action.equals("keep") && !action.equals("delete")) {
            throw new ConfigurationRejectedException("invalid 'subnets-action' parameter value '" + action
                    + "': expected 'keep' or 'delete'");
        }
        configuration.update(config -> {
            SubnetTree tree = tree(config);
            Map<String, Object> network = tree.existingNetwork(name);
            if (action.equals("keep")) {
                tree.plainSubnets().addAll(tree.subnetsOf(network));
            }
            Json.list(config, NETWORKS).removeIf(n -> n == network);
        });
        return Answers.of(Answers.SUCCESS, family.label() + " shared network '" + name + "' deleted",
                Map.of(NETWORKS, List.of(Map.of("name", name))));
    }

    /** network4-subnet-add: a plain subnet joins the network. */
    private Map<String, Object> subnetAdd(Map<String, Object> arguments) throws ConfigurationRejectedException {
        return move(arguments, (tree, network, at) -> {
            if (at.network() != null) {
                throw new ConfigurationRejectedException(family.label() + " subnet " + at.prefix() + " (id "
                        + at.id() + ") already belongs to shared network '" + at.network().get("name") + "'");
            }
            return tree.subnetsOf(network);
        }, "is now part of shared network");
    }

    /** network4-subnet-del: a subnet of the network becomes a plain subnet. */
    private Map<String, Object> subnetDel(Map<String, Object> arguments) throws ConfigurationRejectedException {
        return move(arguments, (tree, network, at) -> {
            if (at.network() != network) {
                throw new ConfigurationRejectedException(family.label() + " subnet " + at.prefix() + " (id "
                        + at.id() + ") is not part of shared network '" + network.get("name") + "'");
            }
            return tree.plainSubnets();
        }, "is now removed from shared network");
    }

    /** Where a subnet goes, once checked that it may. */
    @FunctionalInterface
    private interface Destination {
        List<Object> of(SubnetTree tree, Map<String, Object> network, SubnetTree.Located at)
                throws ConfigurationRejectedException;
    }

    /** Moves the subnet {@code id} between the network {@code name} and the plain subnets. */
    private Map<String, Object> move(Map<String, Object> arguments, Destination destination, String done)
            throws ConfigurationRejectedException {
        Map<String, Object> args = Json.arguments(arguments);
        String name = Json.string(args, "name");
        long id = Json.integer(args, "id");
        AtomicReference<String> prefix = new AtomicReference<>();
        configuration.update(config -> {
            SubnetTree tree = tree(config);
            Map<String, Object> network = tree.existingNetwork(name);
            SubnetTree.Located at = tree.existing(id, Answers.ERROR);
            List<Object> to = destination.of(tree, network, at);
            at.remove();
            to.add(at.subnet());
            prefix.set(at.prefix());
        });
        return Answers.success(family.label() + " subnet " + prefix.get() + " (id " + id + ") " + done + " '" + name
                + "'");
    }
}
