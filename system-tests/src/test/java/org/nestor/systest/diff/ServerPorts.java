package org.nestor.systest.diff;

/**
 * The two ports of one server: it listens on {@code server} ({@code -p}) and sends relayed replies to the relay's
 * {@code client} port ({@code -P}), where the test client listens.
 */
record ServerPorts(int server, int client) {
}
