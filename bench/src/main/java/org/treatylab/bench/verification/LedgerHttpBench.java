package org.treatylab.bench.verification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;
import org.treatylab.server.ServerOptions;
import org.treatylab.server.TreatyLabServer;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.store.KeyFiles;
import org.treatylab.store.LedgerSetup;
import org.treatylab.store.Stores;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.ItemStatus;
import org.treatylab.verification.ledger.Ledger;
import org.treatylab.verification.regime.Regime;

/**
 * Acknowledged durable ledger writes per second over HTTP: the real server on loopback (SQLite, WAL,
 * synchronous=FULL), {@code clients} concurrent clients, each sending {@code POST /api/ledger/notifications} (one
 * notification, one entry) and waiting for its answer before the next; a write counts once answered 200. The ledger
 * holds {@code N} entries before the run (declarations, written directly), for each {@code N} given. Goal (issue 13):
 * at least 1,000 acknowledged entries/s with 10^5 entries, p99 below 50 ms, and the same rate at 10^3 and 10^5.
 *
 * <p>After each run the ledger is reopened: its size must be the entries before plus the writes acknowledged (a
 * write answered but not kept, or kept twice, fails the run).
 *
 * <p>Run: {@code mvn -B -q package -pl bench -am -DskipTests && java -cp bench/target/benchmarks.jar
 * org.treatylab.bench.verification.LedgerHttpBench [--entries 1000,100000] [--clients 8] [--seconds 20]
 * [--warmup 5]}.
 */
public final class LedgerHttpBench {
    private LedgerHttpBench() {
    }

    /** One run's numbers. */
    record Result(long before, int clients, double seconds, long acknowledged, long errors, double perSecond,
            double p50, double p99, double max, double cpuMsPerWrite, String load) {
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizes = List.of(1_000L, 100_000L);
        int clients = 8;
        int seconds = 20;
        int warmup = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--entries" -> sizes = Arrays.stream(args[i + 1].split(",")).map(String::trim).map(Long::parseLong)
                        .toList();
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Result> results = new ArrayList<>();
        for (long n : sizes) {
            results.add(run(n, clients, warmup, seconds));
        }
        System.out.println();
        System.out.println("| entries before | clients | seconds | acknowledged | errors | entries/s | p50 ms | p99 ms "
                + "| max ms | CPU ms per write (whole process) | load average (1, 5, 15 min) at the end |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.println(String.format(Locale.ROOT, "| %,d | %d | %.1f | %,d | %d | %,.0f | %.1f | %.1f | %.1f "
                    + "| %.2f | %s |", r.before(), r.clients(), r.seconds(), r.acknowledged(), r.errors(),
                    r.perSecond(), r.p50(), r.p99(), r.max(), r.cpuMsPerWrite(), r.load()));
        }
        if (results.size() > 1) {
            System.out.println(String.format(Locale.ROOT, "rate at %,d entries / rate at %,d entries: %.2f",
                    results.get(results.size() - 1).before(), results.get(0).before(),
                    results.get(results.size() - 1).perSecond() / results.get(0).perSecond()));
        }
    }

    /** Items per client: each client moves its own items between two facilities, one notification per request. */
    private static final int ITEMS_PER_CLIENT = 64;

    static Result run(long entries, int clients, int warmup, int seconds) throws Exception {
        Path dir = Files.createTempDirectory("ledger-http-bench");
        String db = dir.resolve("ledger.db").toString();
        Path keys = dir.resolve("keys");
        Map<Party, String> tokens = LedgerSetup.init(db, keys, List.of(Party.US, Party.RU));
        long before = prefill(db, keys, entries, clients);
        System.out.printf(Locale.ROOT, "ledger of %,d entries ready; starting the server%n", before);
        TreatyLabServer server = TreatyLabServer.start(ServerOptions.defaults().withPort(0).withBind("127.0.0.1")
                .withDb(db).withKeys(keys));
        try {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/ledger/notifications");
            String auth = "Bearer " + tokens.get(Party.US);
            // the first request opens the regime (rebuilt from the log): not measured
            long t0 = System.nanoTime();
            send(HttpClient.newHttpClient(), uri, auth, "{\"uid\":\"B0-0\",\"event\":\"move\",\"to\":\"Hill\","
                    + "\"nonce\":\"warm-up-first\"}");
            System.out.printf(Locale.ROOT, "first write (state rebuilt from %,d entries) %.0f ms%n", before,
                    (System.nanoTime() - t0) / 1e6);
            AtomicBoolean measuring = new AtomicBoolean(false);
            AtomicBoolean stop = new AtomicBoolean(false);
            AtomicLong acknowledged = new AtomicLong();
            AtomicLong answered = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            List<long[]> latencies = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                long[] lat = new long[4_000_000];
                latencies.add(lat);
                int client = c;
                Thread t = new Thread(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    int k = 0;
                    long count = 0;
                    boolean[] atHill = new boolean[ITEMS_PER_CLIENT];
                    if (client == 0) {
                        atHill[0] = true;
                    }
                    while (!stop.get()) {
                        int item = k % ITEMS_PER_CLIENT;
                        String to = atHill[item] ? "Minot" : "Hill";
                        String body = "{\"uid\":\"B" + client + "-" + item + "\",\"event\":\"move\",\"to\":\"" + to
                                + "\",\"nonce\":\"bench-c" + client + "-w" + k + "\"}";
                        long start = System.nanoTime();
                        int status = send(http, uri, auth, body);
                        long took = System.nanoTime() - start;
                        k++;
                        if (status == 200) {
                            atHill[item] = !atHill[item];
                            answered.incrementAndGet();
                        }
                        if (measuring.get() && !stop.get()) {
                            if (status == 200) {
                                acknowledged.incrementAndGet();
                                if (count < lat.length) {
                                    lat[(int) count++] = took;
                                }
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }
                    lat[lat.length - 1] = count;
                }, "client-" + c);
                t.start();
                threads.add(t);
            }
            Thread.sleep(warmup * 1000L);
            long startNanos = System.nanoTime();
            long cpu0 = cpu();
            measuring.set(true);
            Thread.sleep(seconds * 1000L);
            measuring.set(false);
            long cpuUsed = cpu() - cpu0;
            double elapsed = (System.nanoTime() - startNanos) / 1e9;
            long acks = acknowledged.get();
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
            String load = Files.readString(Path.of("/proc/loadavg")).trim();
            List<Long> all = new ArrayList<>();
            for (long[] lat : latencies) {
                long count = lat[lat.length - 1];
                for (int i = 0; i < count; i++) {
                    all.add(lat[i]);
                }
            }
            all.sort(null);
            server.close();
            server = null;
            try (JdbcLedgerStore store = Stores.open(db, false)) {
                long size = store.head().size();
                long expected = before + 1 + answered.get();
                if (size != expected) {
                    throw new IllegalStateException("the ledger holds " + size + " entries, expected " + expected
                            + " (" + before + " before, the first write and " + answered.get() + " answered)");
                }
            }
            return new Result(before, clients, elapsed, acks, errors.get(), acks / elapsed, pct(all, 0.50),
                    pct(all, 0.99), all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6,
                    acks == 0 ? 0 : cpuUsed / 1e6 / acks, load);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** CPU time of this whole process (server and clients), ns: what a write costs, whatever else the machine runs. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double pct(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    private static volatile String firstError;

    private static int send(HttpClient http, URI uri, String auth, String body) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 && firstError == null) {
                firstError = r.statusCode() + " " + r.body();
                System.out.println("first error: " + firstError);
            }
            return r.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Writes the ledger's first entries directly (not over HTTP): each client's items, then declarations of filler
     * items in batches of 1,000 until {@code entries} entries besides the two registrations.
     */
    private static long prefill(String db, Path keys, long entries, int clients) {
        PrivateKey us = KeyFiles.readKey(KeyFiles.keyFile(keys, Party.US));
        try (JdbcLedgerStore store = Stores.open(db, false)) {
            Clock clock = Clock.systemUTC();
            Regime regime = new Regime(Ledger.open(store, clock), clock, new SplittableRandom(1));
            List<Item> mine = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                for (int i = 0; i < ITEMS_PER_CLIENT; i++) {
                    mine.add(new Item(Party.US, "B" + c + "-" + i, "B-52H", Category.HEAVY_BOMBER,
                            ItemStatus.NON_DEPLOYED, "Minot", 0));
                }
            }
            regime.declare(Party.US, us, mine);
            long left = entries - mine.size();
            long filler = 0;
            while (left > 0) {
                int n = (int) Math.min(1_000, left);
                List<Item> batch = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    batch.add(new Item(Party.US, "F" + filler++, "Minuteman III", Category.ICBM, ItemStatus.DEPLOYED,
                            "Malmstrom", 1));
                }
                regime.declare(Party.US, us, batch);
                left -= n;
            }
            return store.head().size();
        }
    }
}
