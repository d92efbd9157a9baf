/**
 * System tests of Kea's REST API: bin/nestor-ctrl-agent in front of the daemon's UNIX socket, and the daemon's own
 * HTTPS socket (Kea 3 control-sockets, client certificates), driven by curl,
 * Debian's kea-shell, bin/nestor-shell and Python as operators do. They only use loopback.
 */
package org.nestor.systest.http;
