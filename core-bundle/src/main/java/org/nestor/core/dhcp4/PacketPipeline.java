package org.nestor.core.dhcp4;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.nestor.core.config.HostIdentifierType;
import org.nestor.core.hooks.PointHandle;
import org.nestor.core.hooks.SubnetView;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.NextStep;
import org.nestor.hooks.api.packet.SubnetView4;

/**
 * The stages a decoded query goes through, in order, with Kea's hook points between them: accept → classify →
 * {@code pkt4_receive} → select subnet → {@code subnet4_select} → look up host → process the message (allocate
 * and commit with {@code lease4_*}, build the reply).
 */
final class PacketPipeline {
    private final PacketCounters counters;
    private final BooleanSupplier enabled;
    private final Map<MessageType4, MessageHandler> handlers = new EnumMap<>(MessageType4.class);

    PacketPipeline(PacketCounters counters, BooleanSupplier enabled) {
        this.counters = counters;
        this.enabled = enabled;
        handlers.put(MessageType4.DISCOVER, new DiscoverHandler());
        handlers.put(MessageType4.REQUEST, new RequestHandler());
        handlers.put(MessageType4.RELEASE, new ReleaseHandler());
        handlers.put(MessageType4.DECLINE, new DeclineHandler());
        handlers.put(MessageType4.INFORM, new InformHandler());
    }

    /** @return the reply, or empty when the query is dropped or needs none */
    Optional<Dhcp4Packet> run(QueryContext ctx) {
        if (!accept(ctx)) {
            counters.receiveDrop.increment();
            return Optional.empty();
        }
        classify(ctx);
        if (!pkt4Receive(ctx) || inDropClass(ctx) || !selectSubnet(ctx)) {
            counters.receiveDrop.increment();
            return Optional.empty();
        }
        lookupHost(ctx);
        if (inDropClass(ctx)) {
            counters.receiveDrop.increment();
            return Optional.empty();
        }
        return handlers.get(ctx.type).handle(ctx);
    }

    /** Kea drops a query that is a member of the special class DROP, checked after each classification step. */
    private static boolean inDropClass(QueryContext ctx) {
        if (!ctx.classes.contains("DROP")) {
            return false;
        }
        Loggers.BAD_PACKETS.debug("DHCP4_PACKET_DROP_0010 {}: dropped as member of the special class 'DROP'",
                ctx.label);
        return true;
    }

    /** Drops what the server must not process: unsupported types, disabled service, other servers' queries. */
    boolean accept(QueryContext ctx) {
        MessageHandler handler = ctx.type == null ? null : handlers.get(ctx.type);
        if (handler == null) {
            Loggers.BAD_PACKETS.debug("DHCP4_PACKET_DROP_0006 {}: unsupported DHCPv4 message type {}", ctx.label,
                    ctx.query.messageType());
            return false;
        }
        if (!enabled.getAsBoolean()) {
            Loggers.BAD_PACKETS.debug("DHCP4_PACKET_DROP_0008 {}: DHCP service is globally disabled", ctx.label);
            return false;
        }
        if (!ctx.state.serverIdentity().accepts(ctx.query, ctx.in)) {
            Loggers.BAD_PACKETS.debug("DHCP4_PACKET_DROP_0003 {}, from interface {}: it contains a foreign server "
                    + "identifier", ctx.label, ctx.in.interfaceName());
            return false;
        }
        Dhcp4Packet q = ctx.query;
        if (q.hlen == 0 && q.option(ReplyBuilder.CLIENT_ID) == null) {
            throw new RfcViolation("Missing or useless client-id and no HW address provided in "
                    + "message " + ctx.type.name());
        }
        if (ctx.type == MessageType4.DISCOVER && q.option(ServerIdentity.SERVER_IDENTIFIER) != null) {
            throw new RfcViolation("Server-id option was not expected, but received in "
                    + "DHCPDISCOVER");
        }
        return true;
    }

    /** Calls {@code pkt4_receive}: SKIP or DROP drop the query. @return whether to go on */
    private static boolean pkt4Receive(QueryContext ctx) {
        if (!ctx.hooks.has(HookPoint.PKT4_RECEIVE)) {
            return true;
        }
        NextStep step = ctx.handle(HookPoint.PKT4_RECEIVE, null).call(ctx.hooks);
        ctx.mergeHookClasses();
        if (step == NextStep.CONTINUE) {
            return true;
        }
        Loggers.HOOKS.debug("DHCP4_HOOK_PACKET_RCVD_SKIP {}: packet is dropped, because a callout set the next step to "
                + "{}", ctx.label, step);
        return false;
    }

    /**
     * Calls {@code subnet4_select}: a callout may choose another subnet of {@code subnet4collection} or none; SKIP
     * leaves the query with no subnet, DROP drops it.
     *
     * @return whether to go on
     */
    private static boolean subnet4Select(QueryContext ctx) {
        if (!ctx.hooks.has(HookPoint.SUBNET4_SELECT)) {
            return true;
        }
        PointHandle h = ctx.handle(HookPoint.SUBNET4_SELECT, null)
                .arg(Arguments.SUBNET4, SubnetView4.class, ctx.subnet == null ? null : new SubnetView(ctx.subnet))
                .arg(Arguments.SUBNET4_COLLECTION, List.class, SubnetView.of(ctx.state.config().subnets()));
        NextStep step = h.call(ctx.hooks);
        ctx.mergeHookClasses();
        if (step == NextStep.DROP) {
            Loggers.HOOKS.debug("DHCP4_HOOK_SUBNET4_SELECT_DROP {}: packet was dropped, because a callout set the "
                    + "next step to 'drop'", ctx.label);
            return false;
        }
        if (step == NextStep.SKIP) {
            Loggers.HOOKS.debug("DHCP4_HOOK_SUBNET4_SELECT_SKIP {}: no subnet was selected, because a callout set "
                    + "the next step to 'skip'", ctx.label);
            ctx.subnet = null;
        } else {
            ctx.subnet = SubnetView.unwrap(h.value(Arguments.SUBNET4, SubnetView4.class));
        }
        return true;
    }

    /**
     * Calls {@code host4_identifier} for the flex-id identifier ({@code id_type} "flex-id" in/out, {@code id_value}
     * out): with CONTINUE and a non-empty {@code id_value} Nestor looks up reservations whose {@code flex-id} is that
     * value, at flex-id's place in {@code host-reservation-identifiers}; any other step, another {@code id_type} or
     * no value: the identifier is ignored (Kea's rule).
     */
    private static byte[] hostIdentifier(QueryContext ctx) {
        PointHandle h = ctx.handle(HookPoint.HOST4_IDENTIFIER, null)
                .arg(Arguments.ID_TYPE, String.class, HostIdentifierType.FLEX_ID.keaName())
                .arg(Arguments.ID_VALUE, byte[].class, null);
        NextStep step = h.call(ctx.hooks);
        byte[] value = h.value(Arguments.ID_VALUE, byte[].class);
        if (step != NextStep.CONTINUE || value == null || value.length == 0
                || !HostIdentifierType.FLEX_ID.keaName().equals(h.value(Arguments.ID_TYPE, String.class))) {
            return null;
        }
        return value.clone();
    }

    /** Puts the query in its classes (ALL, VENDOR_CLASS_..., expression classes). */
    void classify(QueryContext ctx) {
        ctx.classes = ctx.state.classifier().classify(ctx.query, ctx.in);
        logClasses(ctx);
    }

    /** @return false when a broadcast from a directly connected client has no subnet (dropped as Kea does) */
    boolean selectSubnet(QueryContext ctx) {
        ctx.subnet = ctx.state.selector().select(ctx.query, ctx.in, ctx.classes).orElse(null);
        if (!subnet4Select(ctx)) {
            return false;
        }
        Dhcp4Packet q = ctx.query;
        if (ctx.subnet == null) {
            boolean direct = q.giaddr == 0;
            boolean broadcast = ctx.in.destinationAddress() == ReplyAddresser.BROADCAST;
            boolean informNowhere = ctx.type == MessageType4.INFORM && ctx.in.sourceAddress() == 0 && q.ciaddr == 0;
            if (direct && (broadcast || informNowhere)) {
                Loggers.BAD_PACKETS.debug("DHCP4_PACKET_DROP_0002 {}, from interface {}: no suitable subnet "
                        + "configured for a direct client", ctx.label, ctx.in.interfaceName());
                return false;
            }
            Loggers.PACKETS.debug("DHCP4_SUBNET_SELECTION_FAILED {}: failed to select subnet for the client",
                    ctx.label);
            return true;
        }
        ctx.candidates = ctx.state.selector().candidates(ctx.subnet, ctx.classes);
        Loggers.PACKETS.debug("DHCP4_SUBNET_SELECTED {}: the subnet with ID {} was selected for client "
                + "assignments", ctx.label, ctx.subnet.id());
        if (Loggers.PACKETS.isDebugEnabled()) {
            Loggers.PACKETS.debug("DHCP4_SUBNET_DATA {}: the selected subnet details: {}", ctx.label,
                    ctx.subnet.text());
        }
        return true;
    }

    /** Finds the client's reservation and adds KNOWN/UNKNOWN and the reservation's classes. */
    void lookupHost(QueryContext ctx) {
        ctx.identifiers = ctx.state.hostResolver().identifiers(ctx.query, ctx.hooks.has(HookPoint.HOST4_IDENTIFIER)
                ? () -> hostIdentifier(ctx) : HostResolver.NO_FLEX_ID);
        ctx.classes = ctx.state.classifier().afterHostLookup(ctx.query, ctx.in, ctx.classes, ctx.host());
        logClasses(ctx);
    }

    private static void logClasses(QueryContext ctx) {
        if (!Loggers.DHCP4.isDebugEnabled()) {
            return;
        }
        Loggers.DHCP4.debug("DHCP4_CLASS_ASSIGNED {}: client packet has been assigned to the following class(es): "
                + "{}", ctx.label, String.join(", ", ctx.classes));
    }
}
