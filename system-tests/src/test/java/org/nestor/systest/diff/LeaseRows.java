package org.nestor.systest.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * A Kea v4 lease file reduced to the columns both servers must agree on: address, hwaddr, client_id,
 * valid_lifetime, subnet_id, fqdn_fwd, fqdn_rev, hostname, state. The expire column (wall-clock time) and
 * user_context are left out.
 */
record LeaseRows(List<String> rows) {
    private static final int[] COMPARED = {0, 1, 2, 3, 5, 6, 7, 8, 9};

    static LeaseRows read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new LeaseRows(List.of());
        }
        return new LeaseRows(Files.readAllLines(file).stream().map(LeaseRows::reduce).toList());
    }

    /** @return the rows (without header) whose subnet_id is {@code subnetId}, in file order */
    LeaseRows inSubnets(int... subnetIds) {
        Predicate<String> wanted = row -> {
            String subnet = row.split(",", -1)[4];
            for (int id : subnetIds) {
                if (subnet.equals(Integer.toString(id))) {
                    return true;
                }
            }
            return false;
        };
        return new LeaseRows(rows.stream().skip(1).filter(wanted).toList());
    }

    private static String reduce(String row) {
        String[] f = row.split(",", -1);
        StringBuilder b = new StringBuilder();
        for (int i : COMPARED) {
            b.append(i < f.length ? f[i] : "(missing)").append(i == COMPARED[COMPARED.length - 1] ? "" : ",");
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return String.join("\n", rows);
    }
}
