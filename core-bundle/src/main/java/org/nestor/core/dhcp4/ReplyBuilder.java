package org.nestor.core.dhcp4;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nestor.core.config.ClientClassDef;
import org.nestor.core.config.ConfiguredOption;
import org.nestor.core.config.Pool4;
import org.nestor.core.config.Subnet4;
import org.nestor.core.host.Host4;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.lease.Lease4;

/** Builds replies: the fixed fields copied from the query, server identifier, options, boot fields, echoes. */
final class ReplyBuilder {
    static final int CLIENT_ID = 61;
    static final int RELAY_AGENT_INFO = 82;

    private ReplyBuilder() {
    }

    /**
     * @return a reply of {@code type} to {@code q}, with the fields RFC 2131 table 3 copies from the query, and the
     *         hop count too, as Kea copies it (table 3 says 0; relays see Kea's value)
     */
    static Dhcp4Packet base(Dhcp4Packet q, MessageType4 type) {
        Dhcp4Packet r = new Dhcp4Packet();
        r.op = Dhcp4Packet.BOOTREPLY;
        r.htype = q.htype;
        r.hlen = q.hlen;
        r.hops = q.hops;
        r.xid = q.xid;
        r.flags = q.flags;
        r.giaddr = q.giaddr;
        r.chaddr = q.chaddr.clone();
        if (type == MessageType4.ACK) {
            r.ciaddr = q.ciaddr;
        }
        r.options.put(53, new byte[] {(byte) type.code()});
        return r;
    }

    /** Completes an OFFER or ACK granting {@code lease} from {@code subnet}. */
    static void finishAssignment(QueryContext ctx, Dhcp4Packet reply, Lease4 lease, Subnet4 subnet) {
        reply.yiaddr = lease.address();
        Optional<Host4> host = ctx.hostFor(subnet);
        Pool4 pool = poolOf(subnet, lease.address());
        Set<String> classes = requiredClasses(ctx, subnet, pool);
        List<List<ConfiguredOption>> levels = ctx.state.options().levels(host, pool, subnet, classes);
        reply.options.put(ServerIdentity.SERVER_IDENTIFIER, Bytes.of32(ServerIdentity.of(ctx.in, levels)));
        LeaseTimes.addTimes(reply, subnet.parameters(), lease.validLifetime());
        byte[] mask = OptionAssembler.find(levels, OptionAssembler.SUBNET_MASK).map(ConfiguredOption::payload)
                .orElse(OptionAssembler.subnetMask(subnet));
        reply.options.put(OptionAssembler.SUBNET_MASK, mask);
        bootFields(ctx, reply, host, subnet, classes);
        finishCommon(ctx, reply, levels);
    }

    /** @return the pool of {@code subnet} that holds {@code address}, or null */
    private static Pool4 poolOf(Subnet4 subnet, int address) {
        for (Pool4 p : subnet.pools()) {
            if (p.contains(address)) {
                return p;
            }
        }
        return null;
    }

    /** Adds server identifier (if missing), configured options and the echoed client-id and relay options. */
    static void finishCommon(QueryContext ctx, Dhcp4Packet reply, List<List<ConfiguredOption>> levels) {
        reply.options.putIfAbsent(ServerIdentity.SERVER_IDENTIFIER,
                Bytes.of32(ServerIdentity.of(ctx.in, levels)));
        ctx.state.options().append(reply, ctx.query, levels);
        echo(ctx, reply);
    }

    /** Adds option 61 (when echo-client-id) and option 82 (relayed) from the query. */
    static void echo(QueryContext ctx, Dhcp4Packet reply) {
        byte[] cid = ctx.query.option(CLIENT_ID);
        if (cid != null && ctx.state.config().echoClientId()) {
            reply.options.put(CLIENT_ID, cid);
        }
        byte[] rai = ctx.query.option(RELAY_AGENT_INFO);
        if (rai != null && ctx.query.giaddr != 0) {
            reply.options.remove(RELAY_AGENT_INFO);
            reply.options.put(RELAY_AGENT_INFO, rai);
        }
    }

    /**
     * @return the client's classes once the required classes are evaluated, in Kea's order: the shared network's,
     *         then the subnet's, then those of the pool the address comes from (so a network's required class
     *         comes first in option and boot-field precedence)
     */
    static Set<String> requiredClasses(QueryContext ctx, Subnet4 subnet, Pool4 pool) {
        List<String> required = new ArrayList<>();
        ctx.state.selector().network(subnet).ifPresent(n -> required.addAll(n.requireClientClasses()));
        required.addAll(subnet.requireClientClasses());
        if (pool != null) {
            required.addAll(pool.requireClientClasses());
        }
        if (required.isEmpty()) {
            return ctx.classes;
        }
        return ctx.state.classifier().evaluateRequired(ctx.query, ctx.in, ctx.classes, required);
    }

    /**
     * siaddr, sname and file as Kea sets them: the subnet's, replaced field by field by the first class (in the
     * client's class order, required classes included) that sets the field, then by the reservation. A class or
     * reservation value of 0.0.0.0 or "" sets nothing.
     */
    private static void bootFields(QueryContext ctx, Dhcp4Packet reply, Optional<Host4> host, Subnet4 subnet,
                                   Set<String> classes) {
        int next = subnet.parameters().nextServer();
        String sname = subnet.parameters().serverHostname();
        String file = subnet.parameters().bootFileName();
        Integer classNext = null;
        String classSname = null;
        String classFile = null;
        for (String c : classes) {
            ClientClassDef def = ctx.state.classDefs().get(c);
            if (def != null) {
                classNext = classNext == null && def.nextServer() != null && def.nextServer() != 0
                        ? def.nextServer() : classNext;
                classSname = classSname == null ? nonEmpty(def.serverHostname()) : classSname;
                classFile = classFile == null ? nonEmpty(def.bootFileName()) : classFile;
            }
        }
        next = classNext != null ? classNext : next;
        sname = classSname != null ? classSname : sname;
        file = classFile != null ? classFile : file;
        if (host.isPresent()) {
            Host4 h = host.get();
            next = h.nextServer() != 0 ? h.nextServer() : next;
            sname = h.serverHostname().isEmpty() ? sname : h.serverHostname();
            file = h.bootFileName().isEmpty() ? file : h.bootFileName();
        }
        reply.siaddr = next;
        reply.sname = sname == null ? "" : sname;
        reply.file = file == null ? "" : file;
    }

    private static String nonEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
