/**
 * The {@code nestor-dhcp4} command line with Kea's flags: run in the foreground, check a configuration, print
 * versions. Parses arguments and drives a server; holds no server logic itself.
 */
package org.nestor.core.cli;
