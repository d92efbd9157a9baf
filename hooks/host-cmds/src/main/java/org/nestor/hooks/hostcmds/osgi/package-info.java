/**
 * The OSGi edge of the reservation commands: the library service Kea's {@code hooks-libraries} entry resolves to,
 * and the command handler published while the server's configuration service is there. Wiring only.
 */
package org.nestor.hooks.hostcmds.osgi;
