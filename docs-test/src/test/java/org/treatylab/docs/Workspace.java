package org.treatylab.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A reader's working folder for one page: a temporary folder that looks like the repository (every top-level entry
 * linked, so {@code docs/examples/leaves.txt} and the shipped scenario folders are where the page says) with its own
 * {@code ./treatylab}, which runs the repository's launcher. Files the examples write stay in the folder. When a page
 * calls the HTTP API, a server is started here ({@code ./treatylab serve --port 0}) and the page's
 * {@code 127.0.0.1:7070} stands for its address.
 */
final class Workspace implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving at http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern DOCUMENTED_ADDRESS = Pattern.compile("(127\\.0\\.0\\.1|localhost):7070");
    /**
     * JVM options for the many short-lived JVMs the examples start (unless the environment sets its own): the client
     * compiler only and the serial collector start faster and spend less CPU on a short run. They change no result
     * (the engines are deterministic); measured on the 2-core build machine at load average 20-27, 2026-11-30:
     * {@code treatylab treaties} 2.4-3.4 s wall, 0.6 s CPU by default against 0.7-1.0 s and 0.4 s; {@code treatylab
     * talks start-2009} 16.5 s and 3.7 s against 7.3 s and 2.5 s.
     */
    static final String QUICK_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    /** What one command did. */
    record Result(int code, String out, String err, boolean timedOut) {
    }

    private final Path dir;
    private final Path logs;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private Process server;
    private int port;

    Workspace(Path repo) {
        try {
            Path root = Files.createTempDirectory("treatylab-examples-");
            dir = Files.createDirectory(root.resolve("work"));
            logs = Files.createDirectory(root.resolve("logs"));
            try (Stream<Path> entries = Files.list(repo)) {
                for (Path e : (Iterable<Path>) entries::iterator) {
                    String name = e.getFileName().toString();
                    if (!name.equals("treatylab") && !name.equals(".git") && !name.equals("target")) {
                        Files.createSymbolicLink(dir.resolve(name), e.toAbsolutePath());
                    }
                }
            }
            Path launcher = dir.resolve("treatylab");
            Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + repo.resolve("treatylab").toAbsolutePath()
                    + "' \"$@\"\n");
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    void set(String name, String value) {
        variables.put(name, value);
    }

    /** Runs one command line with bash in the folder, standard input empty. */
    Result run(String command, Duration timeout) {
        if (command.startsWith("curl") && server == null) {
            startServer();
        }
        String line = server == null ? command : DOCUMENTED_ADDRESS.matcher(command).replaceAll("127.0.0.1:" + port);
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "set -o pipefail\n" + line);
        pb.directory(dir.toFile());
        pb.environment().putIfAbsent("TREATYLAB_JAVA_OPTS", QUICK_JVM);
        variables.forEach((k, v) -> pb.environment().put(k,
                server == null ? v : DOCUMENTED_ADDRESS.matcher(v).replaceAll("127.0.0.1:" + port)));
        String stem = "cmd-" + Instant.now().toEpochMilli() + "-" + System.nanoTime();
        File out = logs.resolve(stem + ".out").toFile();
        File err = logs.resolve(stem + ".err").toFile();
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectOutput(out);
        pb.redirectError(err);
        try {
            Process p = pb.start();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor();
            }
            return new Result(done ? p.exitValue() : -1, read(out), read(err), !done);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void startServer() {
        ProcessBuilder pb = new ProcessBuilder(dir.resolve("treatylab").toString(), "serve", "--port", "0");
        pb.directory(dir.toFile());
        pb.environment().putIfAbsent("TREATYLAB_JAVA_OPTS", QUICK_JVM);
        File out = logs.resolve("server.out").toFile();
        pb.redirectOutput(out);
        pb.redirectError(logs.resolve("server.err").toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            server = pb.start();
            Instant until = Instant.now().plusSeconds(120);
            while (Instant.now().isBefore(until) && server.isAlive()) {
                Matcher m = SERVING.matcher(read(out));
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                    return;
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("the server did not start: " + read(logs.resolve("server.err").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(File f) {
        try {
            return f.exists() ? Files.readString(f.toPath(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.destroy();
            try {
                if (!server.waitFor(20, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
        try (Stream<Path> all = Files.walk(dir.getParent())) {
            // Links are removed, never followed: the repository stays as it is.
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
