/**
 * Kea's subnet_cmds commands (subnet4-*, network4-*) as edits of the running configuration's JSON values.
 * Plain Java over the hooks API only: no OSGi here (see the {@code osgi} package), and no validation of its own
 * beyond the arguments: the server's parser checks every result as config-set does.
 */
package org.nestor.hooks.subnetcmds;
