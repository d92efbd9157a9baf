package org.nestor.hooks.leasecmds;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nestor.hooks.api.lease.InMemoryLeaseStore4;
import org.nestor.hooks.api.lease.LeaseStoreException;

/** hooks-api's in-memory lease store, remembering where lease4-write asked it to write. */
final class FakeLeaseStore4 extends InMemoryLeaseStore4 {
    Path written;

    @Override
    public void writeTo(Path file) {
        if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new LeaseStoreException("cannot write leases to '" + file + "': no such directory");
        }
        written = file;
    }
}
