package org.nestor.example.sitehook;

import java.lang.System.Logger.Level;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.Callout;
import org.nestor.hooks.api.CalloutHandle;
import org.nestor.hooks.api.NextStep;
import org.nestor.hooks.api.packet.Packet4;

/**
 * The {@code pkt4_receive} callout: drops a DISCOVER whose MAC starts with a blocked prefix, and puts a relayed query
 * into the class its circuit-id (option 82 sub-option 1) maps to. Does nothing while the library is not loaded.
 */
public final class SiteReceiveCallout implements Callout {
    /** DHCPDISCOVER's message type. */
    static final int DISCOVER = 1;
    /** The circuit-id sub-option of the relay agent information option. */
    static final int CIRCUIT_ID = 1;

    private final SiteExampleLibrary library;

    /** @param library the library whose state and counters the callout uses */
    public SiteReceiveCallout(SiteExampleLibrary library) {
        this.library = library;
    }

    @Override
    public int call(CalloutHandle handle) {
        SiteState state = library.state();
        if (state == null) {
            return 0;
        }
        Packet4 query = handle.get(Arguments.QUERY4, Packet4.class);
        if (query.messageType() == DISCOVER) {
            MacPrefix blocked = state.blockedPrefixOf(query.hwAddress());
            if (blocked != null) {
                library.countDrop();
                SiteExampleLibrary.LOG.log(Level.DEBUG, "SITE_EXAMPLE_DISCOVER_DROP {0}: DISCOVER dropped, MAC "
                        + "prefix {1} is blocked", query.label(), blocked);
                handle.setNextStep(NextStep.DROP);
                return 0;
            }
        }
        byte[] circuitId = query.relayAgentSubOption(CIRCUIT_ID);
        String clientClass = circuitId == null ? null : state.classOf(circuitId);
        if (clientClass != null) {
            query.addClass(clientClass);
            library.countClassified();
            SiteExampleLibrary.LOG.log(Level.DEBUG, "SITE_EXAMPLE_CLASS_ASSIGNED {0}: circuit-id puts the client "
                    + "in class {1}", query.label(), clientClass);
        }
        return 0;
    }
}
