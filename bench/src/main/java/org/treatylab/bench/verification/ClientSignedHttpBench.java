package org.treatylab.bench.verification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import com.fasterxml.jackson.databind.JsonNode;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;
import org.treatylab.report.Json;
import org.treatylab.server.ServerOptions;
import org.treatylab.server.TreatyLabServer;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.store.KeyFiles;
import org.treatylab.store.LedgerSetup;
import org.treatylab.store.Stores;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.ItemStatus;
import org.treatylab.verification.ledger.Ledger;
import org.treatylab.verification.ledger.Nonces;
import org.treatylab.verification.regime.Regime;
import org.treatylab.verification.signing.Ed25519;

/**
 * Client-signed entries per second through the HTTP API against the local store's rate, measured in the same run:
 * (1) local: {@code clients} threads each declaring one item per write through the regime on a SQLite file (WAL,
 * synchronous=FULL), signed in-process, committed in groups; (2) over HTTP on loopback, each client declaring one item
 * per write the client-signed way — {@code POST /api/ledger/signing/declarations} (the server prepares the bytes),
 * an Ed25519 signature made by the client, {@code POST /api/ledger/signing/{id}} — with 1 client and with
 * {@code clients}. A prepared write whose head moved before its signature came back is refused (409) and prepared
 * again; those are counted as conflicts. A write counts once answered 201.
 *
 * <p>Run: {@code mvn -B -q package -pl bench -am -DskipTests && java -cp bench/target/benchmarks.jar
 * org.treatylab.bench.verification.ClientSignedHttpBench [--clients 8] [--seconds 15]}.
 */
public final class ClientSignedHttpBench {
    private ClientSignedHttpBench() {
    }

    record Result(String what, int clients, double seconds, long entries, long conflicts, double perSecond) {
    }

    public static void main(String[] args) throws Exception {
        int clients = 8;
        int seconds = 15;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Result> results = new ArrayList<>();
        results.add(local(clients, seconds));
        results.add(http(1, seconds));
        results.add(http(clients, seconds));
        System.out.println();
        System.out.println("| writes (one entry each) | clients | seconds | entries acknowledged | conflicts (409, "
                + "prepared again) | entries/s | / local |");
        System.out.println("|---|---|---|---|---|---|---|");
        double base = results.get(0).perSecond();
        for (Result r : results) {
            System.out.println(String.format(Locale.ROOT, "| %s | %d | %.1f | %,d | %,d | %,.0f | %.3f |", r.what(),
                    r.clients(), r.seconds(), r.entries(), r.conflicts(), r.perSecond(), r.perSecond() / base));
        }
        System.out.println("load average at the end: " + Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static Item item(String uid) {
        return new Item(Party.US, uid, "Minuteman III", Category.ICBM, ItemStatus.NON_DEPLOYED, "Malmstrom", 0);
    }

    static Result local(int clients, int seconds) throws Exception {
        Path dir = Files.createTempDirectory("client-signed-local");
        String db = dir.resolve("ledger.db").toString();
        Path keys = dir.resolve("keys");
        LedgerSetup.init(db, keys, List.of(Party.US, Party.RU));
        PrivateKey us = KeyFiles.readKey(KeyFiles.keyFile(keys, Party.US));
        try (JdbcLedgerStore store = Stores.open(db, false)) {
            Clock clock = Clock.systemUTC();
            Regime regime = new Regime(Ledger.open(store, clock), clock, new SplittableRandom(1));
            return measure("local: regime.declare, signed in-process", clients, seconds, (client, k) -> {
                regime.declare(Party.US, us, Nonces.fresh(), List.of(item("L" + client + "-" + k)));
                return 1;
            });
        }
    }

    static Result http(int clients, int seconds) throws Exception {
        Path dir = Files.createTempDirectory("client-signed-http");
        String db = dir.resolve("ledger.db").toString();
        Path keys = dir.resolve("keys");
        Map<Party, String> tokens = LedgerSetup.init(db, keys, List.of(Party.US, Party.RU));
        PrivateKey us = KeyFiles.readKey(KeyFiles.keyFile(keys, Party.US));
        String auth = "Bearer " + tokens.get(Party.US);
        try (TreatyLabServer server = TreatyLabServer.start(ServerOptions.defaults().withPort(0).withDb(db))) {
            String base = "http://127.0.0.1:" + server.port();
            ThreadLocal<HttpClient> http = ThreadLocal.withInitial(() -> HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).build());
            return measure("HTTP: server prepares, client signs, server verifies", clients, seconds, (client, k) -> {
                String csv = "uid,system,category,status,facility,warheads\nH" + client + "-" + k
                        + ",Minuteman III,ICBM,non_deployed,Malmstrom,0\n";
                HttpResponse<String> p = send(http.get(), base + "/api/ledger/signing/declarations?nonce="
                        + Nonces.fresh(), auth, csv, "text/csv");
                if (p.statusCode() != 200) {
                    throw new IllegalStateException("prepare answered " + p.statusCode() + ": " + p.body());
                }
                JsonNode v = Json.mapper().readTree(p.body());
                String sig = HexFormat.of().formatHex(Ed25519.sign(us, v.get("bytes").asText()
                        .getBytes(StandardCharsets.UTF_8)));
                HttpResponse<String> s = send(http.get(), base + "/api/ledger/signing/" + v.get("id").asText(), auth,
                        "{\"signature\":\"" + sig + "\"}", "application/json");
                if (s.statusCode() == 409) {
                    return 0;
                }
                if (s.statusCode() != 201) {
                    throw new IllegalStateException("sign answered " + s.statusCode() + ": " + s.body());
                }
                return 1;
            });
        }
    }

    interface Write {
        /** @return 1 when the write was acknowledged, 0 when it met a conflict */
        int run(int client, int k) throws Exception;
    }

    private static Result measure(String what, int clients, int seconds, Write write) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong done = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                int k = 0;
                try {
                    while (!stop.get()) {
                        int ok = write.run(client, k++);
                        if (measuring.get()) {
                            if (ok == 1) {
                                done.incrementAndGet();
                            } else {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(3_000);
        long start = System.nanoTime();
        measuring.set(true);
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        Result r = new Result(what, clients, elapsed, done.get(), conflicts.get(), done.get() / elapsed);
        System.out.println(r);
        return r;
    }

    private static HttpResponse<String> send(HttpClient http, String uri, String auth, String body, String type)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", auth)
                .header("Content-Type", type).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
