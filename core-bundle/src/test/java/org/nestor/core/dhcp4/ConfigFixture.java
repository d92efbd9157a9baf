package org.nestor.core.dhcp4;

import java.util.ArrayList;
import java.util.List;
import org.nestor.core.config.ClientClassDef;
import org.nestor.core.config.ConfiguredOption;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.ExpiredLeasesProcessing;
import org.nestor.core.config.HostIdentifierType;
import org.nestor.core.config.InterfacesConfig;
import org.nestor.core.config.LeaseDatabaseConfig;
import org.nestor.core.config.Lifetime;
import org.nestor.core.config.Pool4;
import org.nestor.core.config.Reservation4;
import org.nestor.core.config.SharedNetwork4;
import org.nestor.core.config.Subnet4;
import org.nestor.core.config.SubnetParameters4;
import org.nestor.hooks.api.lease.Ipv4;

/** Builds configuration model records for tests, with Kea's defaults; mutable until {@link #build()}. */
public final class ConfigFixture {
    public final List<Subnet4> subnets = new ArrayList<>();
    public final List<SharedNetwork4> networks = new ArrayList<>();
    public final List<ConfiguredOption> globalOptions = new ArrayList<>();
    public final List<ClientClassDef> classes = new ArrayList<>();
    public final List<Reservation4> globalReservations = new ArrayList<>();
    public List<HostIdentifierType> identifiers = List.of(HostIdentifierType.HW_ADDRESS, HostIdentifierType.DUID,
            HostIdentifierType.CIRCUIT_ID, HostIdentifierType.CLIENT_ID);
    public boolean echoClientId = true;
    public long declineProbation = 86400;

    /** Kea's default parameters with valid-lifetime 4000, renew 1000, rebind 2000. */
    public static SubnetParameters4 params() {
        return new SubnetParameters4(new Lifetime(4000, 4000, 4000), 1000L, 2000L, false, 0.5, 0.875, true, false,
                0, "", "", false, true, false, "[^A-Za-z0-9.-]", "", 0, false, "");
    }

    public static int ip(String text) {
        return Ipv4.parse(text);
    }

    public static Pool4 pool(String first, String last, String clientClass, ConfiguredOption... options) {
        return new Pool4(ip(first), ip(last), clientClass, List.of(), List.of(options), 0);
    }

    public static Subnet4 subnet(long id, String prefix, int len, List<Pool4> pools, SubnetParameters4 p) {
        return new Subnet4(id, ip(prefix), len, pools, "", List.of(), "", List.of(), List.of(), List.of(), "", p);
    }

    /** @return an option in space dhcp4 */
    public static ConfiguredOption option(int code, byte[] payload) {
        return new ConfiguredOption(code, "dhcp4", payload, false, false);
    }

    public static ConfiguredOption addressOption(int code, String address) {
        int a = ip(address);
        return option(code, new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a});
    }

    public static Reservation4 hwReservation(byte[] mac, String address, String hostname,
                                             ConfiguredOption... options) {
        return new Reservation4(HostIdentifierType.HW_ADDRESS, mac, address == null ? 0 : ip(address), hostname,
                List.of(), List.of(options), 0, "", "");
    }

    /** @return a copy of {@code s} with other pieces replaced through the record's canonical constructor */
    public static Subnet4 with(Subnet4 s, List<Reservation4> reservations, List<ConfiguredOption> options) {
        return new Subnet4(s.id(), s.prefix(), s.prefixLength(), s.pools(), s.interfaceName(), s.relayAddresses(),
                s.clientClass(), s.requireClientClasses(), reservations, options, s.sharedNetwork(), s.parameters());
    }

    public Dhcp4Config build() {
        return new Dhcp4Config(List.copyOf(subnets), List.copyOf(networks), List.copyOf(globalOptions), null,
                List.copyOf(classes), List.copyOf(globalReservations), identifiers, params(),
                new InterfacesConfig(List.of("*"), "udp", "same-as-inbound", true, false, 5000, 0),
                new LeaseDatabaseConfig("memfile", false, "", 3600, 0, false, 0),
                new ExpiredLeasesProcessing(10, 25, 3600, 100, 250, 5), echoClientId, declineProbation, "", 0,
                false, 0, 64, 256, List.of(), 20, 0, "warn", List.of(), null, List.of(), null);
    }
}
