package org.treatylab.server;

import java.nio.file.Path;

/**
 * The server the restart tests kill: started on a free port over the database given as the first argument, it
 * prints {@code port N} once it listens, then serves until it is killed.
 */
public final class ServerChild {
    private ServerChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        TreatyLabServer server = TreatyLabServer.start(ServerOptions.defaults().withPort(0).withDb(args[0])
                .withKeys(Path.of(args[0]).resolveSibling("keys")));
        System.out.println("port " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
