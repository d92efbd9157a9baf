/**
 * The OSGi edge of the subnet commands: the library service Kea's {@code hooks-libraries} entry resolves to, and the
 * command handler published while the server's configuration service is there. Wiring only, no command logic.
 */
package org.nestor.hooks.subnetcmds.osgi;
