package org.nestor.core.server;

import java.nio.file.Path;
import java.util.List;
import org.nestor.core.config.ConfigException;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.Dhcp4ConfigParser;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonPosition;

/** The real parser behind {@link ConfigLoader}: files for {@code -c} and reloads, trees for config-set. */
final class ParserConfigLoader implements ConfigLoader {
    private final Path stateDirectory;

    ParserConfigLoader(Path stateDirectory) {
        this.stateDirectory = stateDirectory;
    }

    @Override
    public Dhcp4Config load(Path file) throws InvalidConfigException {
        try {
            return new Dhcp4ConfigParser().stateDirectory(stateDirectory).parseFile(file);
        } catch (ConfigException e) {
            throw new InvalidConfigException(e.getMessage(), e);
        }
    }

    /** Refusals read as Kea words them for a command: {@code reason (<wire>:line:col)}. */
    @Override
    public Dhcp4Config load(JsonObject root) throws InvalidConfigException {
        try {
            return new Dhcp4ConfigParser().stateDirectory(stateDirectory).build(root, List.of());
        } catch (ConfigException e) {
            JsonPosition at = e.position();
            String where = at == null || at.line() == 0 ? "" : " (" + at.source() + ":" + at.line() + ":"
                    + at.column() + ")";
            throw new InvalidConfigException(e.reason() + where, e);
        }
    }
}
