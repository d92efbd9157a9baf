package org.nestor.hooks.leasecmds;

import java.util.LinkedHashMap;
import java.util.Map;

/** The DHCPv4 command table of lease-cmds; a {@code Lease6Commands} table joins it with the DHCPv6 issue. */
final class Lease4Commands {
    private Lease4Commands() {
    }

    static Map<String, Command> table(LeaseServices services) {
        Lease4Queries queries = new Lease4Queries(services.store());
        Lease4Changes changes = new Lease4Changes(services);
        Map<String, Command> t = new LinkedHashMap<>();
        t.put("lease4-add", changes::add);
        t.put("lease4-get", queries::get);
        t.put("lease4-get-all", queries::getAll);
        t.put("lease4-get-page", queries::getPage);
        t.put("lease4-get-by-hw-address", queries::getByHwAddress);
        t.put("lease4-get-by-client-id", queries::getByClientId);
        t.put("lease4-get-by-hostname", queries::getByHostname);
        t.put("lease4-del", changes::delete);
        t.put("lease4-update", changes::update);
        t.put("lease4-wipe", changes::wipe);
        t.put("lease4-write", changes::write);
        t.put("lease4-resend-ddns", changes::resendDdns);
        return t;
    }
}
