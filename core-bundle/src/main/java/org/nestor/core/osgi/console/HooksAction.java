package org.nestor.core.osgi.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.nestor.core.hooks.HooksReport;
import org.nestor.core.osgi.HooksComponent;

/**
 * {@code nestor:hooks}: the loaded hook libraries in calling order with their parameters, the callouts of each hook
 * point in calling order (library, bundle, ranking) and the packets parked per point. The same as the Nestor
 * command {@code list-hooks}, as text.
 */
@Service
@Command(scope = "nestor", name = "hooks", description = "Show hook libraries, callouts per hook point and parked packets")
public final class HooksAction implements Action {
    @Reference(optional = true)
    HooksComponent hooks;

    @Override
    public Object execute() {
        System.out.print(hooks == null ? "The Nestor hooks component is not running.\n"
                : HooksReport.text(hooks.manager()));
        return null;
    }
}
