/**
 * System tests of Kea's REST API: bin/nestor-ctrl-agent in front of the daemon's UNIX socket, driven by curl,
 * Debian's kea-shell, bin/nestor-shell and Python as operators do. They only use loopback.
 */
package org.nestor.systest.http;
