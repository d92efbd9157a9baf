package org.nestor.core.control;

import java.util.List;

/**
 * What {@code status-get} reports about the running server.
 *
 * @param pid the process id
 * @param uptimeSeconds seconds since the server started
 * @param reloadSeconds seconds since the configuration in force was applied
 * @param multiThreading whether multi-threading is enabled
 * @param threadPoolSize threads serving packets (meaningful with multi-threading)
 * @param packetQueueSize the packet queue's capacity (meaningful with multi-threading)
 * @param socketStatus the service sockets: {@code ready}, {@code retrying} or {@code failed}
 * @param socketErrors why DHCP sockets failed to open, empty when they are all ready
 */
public record ServerStatus(long pid, long uptimeSeconds, long reloadSeconds, boolean multiThreading,
                           int threadPoolSize, int packetQueueSize, String socketStatus, List<String> socketErrors) {
    public ServerStatus {
        socketErrors = List.copyOf(socketErrors);
    }

    /** A status whose sockets are {@code ready} without errors, {@code failed} with them. */
    public ServerStatus(long pid, long uptimeSeconds, long reloadSeconds, boolean multiThreading,
                        int threadPoolSize, int packetQueueSize, List<String> socketErrors) {
        this(pid, uptimeSeconds, reloadSeconds, multiThreading, threadPoolSize, packetQueueSize,
                socketErrors.isEmpty() ? "ready" : "failed", socketErrors);
    }
}
