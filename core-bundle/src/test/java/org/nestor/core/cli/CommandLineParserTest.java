package org.nestor.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nestor.core.server.FakeParts;

class CommandLineParserTest {

    @Test
    void clusteredFlagsTakeTheirArgumentFromTheNextWord() throws UsageException {
        CommandLine cl = CommandLineParser.parse(new String[] {"-dc", "kea.conf", "-p10067", "-P", "10068"});
        assertEquals(new CommandLine(CommandLine.Action.RUN, Path.of("kea.conf"), 10067, 10068, true, null), cl);
    }

    @Test
    void checkWinsOverRunWhateverTheOrder() throws UsageException {
        CommandLine cl = CommandLineParser.parse(new String[] {"-t", "a.conf", "-c", "b.conf"});
        assertEquals(CommandLine.Action.CHECK, cl.action());
        assertEquals(Path.of("b.conf"), cl.configFile());
    }

    @Test
    void defaultsAreTheDhcpPorts() throws UsageException {
        CommandLine cl = CommandLineParser.parse(new String[] {"-c", "kea.conf"});
        assertEquals(67, cl.serverPort());
        assertEquals(68, cl.clientPort());
        assertEquals(false, cl.debug());
    }

    @Test
    void stateDirectoryComesFromTheFlagThenTheEnvironmentThenTheDefault() throws UsageException {
        Dhcp4Main withEnv = new Dhcp4Main(System.out, System.err, Map.of("NESTOR_STATE_DIR", "/srv/b"),
                state -> new FakeParts().parts(state));
        Dhcp4Main withoutEnv = new Dhcp4Main(System.out, System.err, Map.of(), state -> new FakeParts().parts(state));
        CommandLine flagged = CommandLineParser.parse(new String[] {"--state-dir=/srv/a", "-c", "k.conf"});
        CommandLine plain = CommandLineParser.parse(new String[] {"-c", "k.conf"});

        assertEquals(Path.of("/srv/a"), withEnv.stateDirectory(flagged));
        assertEquals(Path.of("/srv/b"), withEnv.stateDirectory(plain));
        assertEquals(Dhcp4Main.DEFAULT_STATE_DIR, withoutEnv.stateDirectory(plain));
    }

    @Test
    void stateDirectoryNeedsAnArgument() {
        UsageException e = assertThrows(UsageException.class,
                () -> CommandLineParser.parse(new String[] {"-c", "k.conf", "--state-dir"}));
        assertTrue(e.getMessage().contains("'--state-dir' requires an argument"), e.getMessage());
    }
}
