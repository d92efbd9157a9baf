package org.nestor.core.dhcp4;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nestor.core.config.ClientClassDef;
import org.nestor.core.config.ConfiguredOption;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.Reservation4;
import org.nestor.core.config.SharedNetwork4;
import org.nestor.core.net.InboundDatagram;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.RelayAgentInfo;

/**
 * The server identifier (option 54): the configured {@code dhcp-server-identifier} option that applies, else the
 * address of the interface the query came in on. A query naming another server is not for us.
 */
final class ServerIdentity {
    static final int SERVER_IDENTIFIER = 54;

    private final Set<Integer> configured = new HashSet<>();

    ServerIdentity(Dhcp4Config config) {
        collect(config.globalOptions());
        config.subnets().forEach(s -> {
            collect(s.options());
            s.pools().forEach(p -> collect(p.options()));
            s.reservations().forEach(r -> collect(r.options()));
        });
        config.sharedNetworks().stream().map(SharedNetwork4::options).forEach(this::collect);
        config.clientClasses().stream().map(ClientClassDef::options).forEach(this::collect);
        config.globalReservations().stream().map(Reservation4::options).forEach(this::collect);
    }

    private void collect(List<ConfiguredOption> options) {
        for (ConfiguredOption o : options) {
            if (o.code() == SERVER_IDENTIFIER && "dhcp4".equals(o.space()) && o.payload().length == 4) {
                configured.add(Bytes.address(o.payload()));
            }
        }
    }

    /** @return the server identifier to put in a reply */
    static int of(InboundDatagram in, List<List<ConfiguredOption>> levels) {
        Optional<ConfiguredOption> o = OptionAssembler.find(levels, SERVER_IDENTIFIER);
        if (o.isPresent() && o.get().payload().length == 4) {
            return Bytes.address(o.get().payload());
        }
        if (in.interfaceAddress() != 0) {
            return in.interfaceAddress();
        }
        int dst = in.destinationAddress();
        return dst == ReplyAddresser.BROADCAST ? 0 : dst;
    }

    /** @return whether a query may be processed: it names no server, or names this one */
    boolean accepts(Dhcp4Packet q, InboundDatagram in) {
        byte[] sid = q.option(SERVER_IDENTIFIER);
        if (sid == null) {
            return true;
        }
        int id = Bytes.address(sid);
        return id != 0 && (id == in.interfaceAddress() || id == in.destinationAddress() || configured.contains(id)
                || id == RelayInfo.address(q, RelayAgentInfo.SERVER_ID_OVERRIDE));
    }
}
