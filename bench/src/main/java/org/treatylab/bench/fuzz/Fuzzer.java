package org.treatylab.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.treatylab.cli.Main;
import org.treatylab.domain.Party;
import org.treatylab.server.ServerOptions;
import org.treatylab.server.TreatyLabServer;
import org.treatylab.store.LedgerSetup;

/**
 * A seeded, in-process fuzzer of every reader of the command line and every route of the HTTP API. A CLI case writes
 * a mutated input file (a posture, a series, a treaty, a leaves file, proof documents, GENIUS XML and GeniusWeb JSON,
 * a talks scenario, items CSVs, a whole ledger database) or mutates one argument, runs {@code treatylab} in this
 * process and checks the exit code is 0, 1 or 2, with no stack trace. An HTTP case picks an operation of the server's
 * own OpenAPI document, mutates its example body, path and query, and checks the answer is below 500, an error is
 * JSON, and nothing shows a stack trace. Every case must finish within 20 s.
 */
public final class Fuzzer implements AutoCloseable {
    static final long SLOW_NANOS = 20_000_000_000L;
    private static final Pattern TRACE = Pattern.compile("(?m)(^\\s+at [\\w.$/]+\\(|\\b(java|javax|org|com)\\.[\\w.$]+"
            + "(Exception|Error)\\b|\\b[A-Z]\\w+(Exception|Error)\\b)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path work;
    private final SplittableRandom random;
    private final Mutator mutate;
    private final FuzzReport report = new FuzzReport();
    private final List<CliTarget> targets = new ArrayList<>();
    private final String ledgerDb;
    private TreatyLabServer server;
    private Map<Party, String> tokens;
    private List<Operation> operations;
    private HttpClient http;
    private int fileNo;
    private String lastFailure;

    /** A reader of the command line: a valid input to mutate and the arguments that read it. */
    record CliTarget(String name, String seed, String suffix, Function<String, String[]> args) {
    }

    /** An operation of the OpenAPI document. */
    record Operation(String method, String path, String mediaType, String example, List<String> query) {
    }

    public Fuzzer(Path work, long seed) {
        this.work = work;
        this.random = new SplittableRandom(seed);
        this.mutate = new Mutator(random);
        this.ledgerDb = work.resolve("ledger.db").toString();
        prepareLedger();
        prepareTargets();
    }

    public FuzzReport report() {
        return report;
    }

    private static String resource(String path) {
        try (InputStream in = Fuzzer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String ITEMS = "uid,system,category,status,facility,warheads\n"
            + "US-M1,Minuteman III,ICBM,deployed,Malmstrom,1\nUS-M2,Minuteman III,ICBM,deployed,Malmstrom,1\n"
            + "US-M3,Minuteman III,ICBM,non_deployed,Hill,0\n";

    private void prepareLedger() {
        cli("ledger", "init", "--db", ledgerDb, "--parties", "US,RU");
        Path items = write("items", ".csv", ITEMS);
        cli("ledger", "declare", "--db", ledgerDb, "--party", "US", "--items", items.toString());
        cli("ledger", "exchange", "--db", ledgerDb, "--party", "US", "--date", "2011-09-01");
        cli("ledger", "reveal", "--db", ledgerDb, "--party", "US", "--facility", "Malmstrom");
    }

    private void prepareTargets() {
        String d = "/org/treatylab/domain/data/";
        String n = "/org/treatylab/negotiation/scenarios/";
        String posture = resource(d + "postures/us-russia-2011.csv");
        String treaty = resource(d + "treaties/new-start.treaty");
        String leaves = "00\n01\n0a0b\n40414243\nff\n";
        Path leavesFile = write("leaves", ".txt", leaves);
        String inclusion = cli("verify", "prove", "--leaves", leavesFile.toString(), "--index", "3", "--format", "json");
        String consistency = cli("verify", "consistency", "--leaves", leavesFile.toString(), "--old-size", "2",
                "--format", "json");
        Path leaseXml = write("lease", ".xml", resource(n + "lease-genius/lease.xml"));
        Path landlordXml = write("landlord", ".xml", resource(n + "lease-genius/landlord.xml"));
        Path tenantXml = write("tenant", ".xml", resource(n + "lease-genius/tenant.xml"));
        Path leaseJson = write("lease", ".json", resource(n + "lease-geniusweb/lease.json"));
        Path landlordJson = write("landlord", ".json", resource(n + "lease-geniusweb/landlord.json"));
        targets.add(new CliTarget("count --posture", posture, ".csv", f -> new String[] {"count", "--treaty",
            "new-start", "--posture", f}));
        targets.add(new CliTarget("posture show", posture, ".csv", f -> new String[] {"posture", "show", f}));
        targets.add(new CliTarget("posture check", posture, ".csv", f -> new String[] {"posture", "check", f,
            "--treaty", "new-start"}));
        targets.add(new CliTarget("compliance --aggregates", resource(d + "series/new-start-aggregates.csv"), ".csv",
            f -> new String[] {"compliance", "--treaty", "new-start", "--aggregates", f}));
        targets.add(new CliTarget("treaty validate", treaty, ".treaty", f -> new String[] {"treaty", "validate", f}));
        targets.add(new CliTarget("count --treaty FILE", treaty, ".treaty", f -> new String[] {"count", "--treaty", f,
            "--posture", "us-russia-2011"}));
        targets.add(new CliTarget("verify merkle-root", leaves, ".txt", f -> new String[] {"verify", "merkle-root",
            "--leaves", f}));
        targets.add(new CliTarget("verify prove", leaves, ".txt", f -> new String[] {"verify", "prove", "--leaves", f,
            "--index", "1"}));
        targets.add(new CliTarget("verify check-inclusion", inclusion, ".json", f -> new String[] {"verify",
            "check-inclusion", "--proof", f, "--leaf", "40414243"}));
        targets.add(new CliTarget("verify check-consistency", consistency, ".json", f -> new String[] {"verify",
            "check-consistency", "--proof", f}));
        targets.add(new CliTarget("analyze GENIUS domain", resource(n + "lease-genius/lease.xml"), ".xml",
            f -> new String[] {"analyze", "--domain", f, "--profile", landlordXml.toString(), "--profile",
                tenantXml.toString()}));
        targets.add(new CliTarget("analyze GENIUS profile", resource(n + "lease-genius/tenant.xml"), ".xml",
            f -> new String[] {"analyze", "--domain", leaseXml.toString(), "--profile", landlordXml.toString(),
                "--profile", f}));
        targets.add(new CliTarget("analyze GeniusWeb profile", resource(n + "lease-geniusweb/tenant.json"), ".json",
            f -> new String[] {"analyze", "--domain", leaseJson.toString(), "--profile", landlordJson.toString(),
                "--profile", f}));
        targets.add(new CliTarget("analyze GeniusWeb domain", resource(n + "lease-geniusweb/lease.json"), ".json",
            f -> new String[] {"analyze", "--domain", f, "--profile", landlordJson.toString(), "--profile",
                write("tenant", ".json", resource(n + "lease-geniusweb/tenant.json")).toString()}));
        targets.add(new CliTarget("stability exchange --attacker", posture, ".csv", f -> new String[] {"stability",
            "exchange", "--attacker", f, "--defender", "us-russia-2011", "--trials", "10", "--seed", "1"}));
        targets.add(new CliTarget("compliance --posture", posture, ".csv", f -> new String[] {"compliance",
            "--treaty", "new-start", "--posture", f}));
        targets.add(new CliTarget("ledger --key FILE", keyText(), ".key", f -> new String[] {"ledger", "notify",
            "--db", ledgerDb, "--party", "US", "--key", f, "--uid", "US-M3", "--event", "move", "--to", "Minot"}));
        targets.add(new CliTarget("talks explain", resource("/org/treatylab/talks/scenarios/start-2009.scenario"),
            ".scenario", f -> new String[] {"talks", "explain", f}));
        targets.add(new CliTarget("ledger declare --items", ITEMS.replace("US-M", "US-Q"), ".csv",
            f -> new String[] {"ledger", "declare", "--db", ledgerDb, "--party", "US", "--items", f}));
        targets.add(new CliTarget("ledger inspect --found", ITEMS, ".csv", f -> new String[] {"ledger", "inspect",
            "--db", ledgerDb, "--party", "RU", "--of", "US", "--facility", "Malmstrom", "--found", f}));
    }

    private String keyText() {
        try {
            return Files.readString(Path.of(ledgerDb + ".keys", "US.key"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String name, String suffix, String text) {
        try {
            Path p = work.resolve(name + "-" + fileNo++ + suffix);
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the CLI for its output; the fuzzer's own set-up must succeed. */
    private String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", args) + ": exit " + code + ": " + err);
        }
        return out.toString();
    }

    /** {@code cases} seeded CLI cases. */
    public void cli(int cases) {
        for (int i = 0; i < cases; i++) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                ledgerFileCase();
            } else if (kind == 1) {
                argumentCase();
            } else {
                CliTarget t = targets.get(random.nextInt(targets.size()));
                String text = t.suffix().equals(".json") ? mutate.json(t.seed()) : mutate.bytes(t.seed());
                Path f = write("case", t.suffix(), text);
                runCli(t.name(), t.args().apply(f.toString()));
            }
        }
    }

    /** A copy of the ledger database with bytes changed, verified. */
    private void ledgerFileCase() {
        try {
            byte[] db = Files.readAllBytes(Path.of(ledgerDb));
            byte[] copy = db.clone();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            }
            Path f = work.resolve("mutated-" + fileNo++ + ".db");
            Files.write(f, copy);
            runCli("ledger verify (mutated database file)", new String[] {"ledger", "verify", "--db", f.toString()});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid command line with one argument replaced. */
    private void argumentCase() {
        CliTarget t = targets.get(random.nextInt(targets.size()));
        String[] args = t.args().apply(write("arg", t.suffix(), t.seed()).toString());
        args[random.nextInt(args.length)] = mutate.token();
        runCli(t.name() + " (argument)", args);
    }

    private void runCli(String target, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code;
        try {
            code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        } catch (RuntimeException | Error e) {
            report.cliRun(target, -1, System.nanoTime() - start, true, "escaped: " + e);
            return;
        }
        long took = System.nanoTime() - start;
        String text = err + "\n" + (code == 0 ? "" : out);
        boolean trace = TRACE.matcher(text).find();
        report.cliRun(target, code, took, trace, abbreviate(String.join(" ", args)) + " -> exit " + code + ": "
                + abbreviate(err.toString()));
    }

    private void startServer() {
        if (server != null) {
            return;
        }
        Path db = work.resolve("server.db");
        Path keys = work.resolve("server.keys");
        tokens = LedgerSetup.init(db.toString(), keys, List.of(Party.US, Party.RU));
        server = TreatyLabServer.start(ServerOptions.defaults().withPort(0).withBind("127.0.0.1").withDb(db.toString())
                .withKeys(keys));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        operations = operations(send("GET", "/openapi.json", null, null, null).body());
        // something to reveal and inspect, so that the ledger's writes get past their first checks
        send("POST", "/api/ledger/items?nonce=fuzz-setup-1", ITEMS, "text/csv", tokens.get(Party.US));
        send("POST", "/api/ledger/exchanges", "{\"date\":\"2011-09-01\",\"nonce\":\"fuzz-setup-2\"}", "application/json",
                tokens.get(Party.US));
        send("POST", "/api/ledger/reveals", "{\"facility\":\"Malmstrom\",\"nonce\":\"fuzz-setup-3\"}",
                "application/json", tokens.get(Party.US));
    }

    private static List<Operation> operations(String openApi) {
        try {
            JsonNode paths = JSON.readTree(openApi).get("paths");
            List<Operation> out = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    String media = null;
                    String example = null;
                    JsonNode content = op.getValue().path("requestBody").path("content");
                    if (content.fields().hasNext()) {
                        Map.Entry<String, JsonNode> c = content.fields().next();
                        media = c.getKey();
                        JsonNode ex = c.getValue().get("example");
                        example = ex == null ? "" : ex.isTextual() ? ex.asText() : ex.toString();
                    }
                    List<String> query = new ArrayList<>();
                    op.getValue().path("parameters").forEach(q -> {
                        if ("query".equals(q.path("in").asText())) {
                            query.add(q.path("name").asText());
                        }
                    });
                    out.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), p.getKey(), media, example,
                            query));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operations of the server's OpenAPI document (the routes this fuzzer covers). */
    public List<String> routes() {
        startServer();
        return operations.stream().map(o -> o.method() + " " + o.path()).toList();
    }

    private static final List<String> IDS = List.of("us-russia-2011", "new-start", "start-2009", "sort", "nope",
            "..%2F..", "%00", "x".repeat(300), "1", "-1");

    /** {@code cases} seeded HTTP cases, each operation in turn from a seeded start. */
    public void http(int cases) {
        startServer();
        int start = random.nextInt(operations.size());
        for (int i = 0; i < cases; i++) {
            Operation op = operations.get((start + i) % operations.size());
            String path = op.path();
            while (path.contains("{")) {
                String id = random.nextInt(3) == 0 ? URLEncoder.encode(mutate.token(), StandardCharsets.UTF_8)
                        : IDS.get(random.nextInt(IDS.size()));
                path = path.replaceFirst("\\{[^}]+}", id.isEmpty() ? "x" : id.length() > 2000 ? id.substring(0, 2000)
                        : id);
            }
            List<String> q = new ArrayList<>();
            for (String name : op.query()) {
                if (random.nextBoolean()) {
                    String v = random.nextBoolean() ? mutate.token() : Integer.toString(random.nextInt(100_000) - 10);
                    q.add(name + "=" + URLEncoder.encode(v.length() > 2000 ? v.substring(0, 2000) : v,
                            StandardCharsets.UTF_8));
                }
            }
            String body = null;
            if (op.mediaType() != null) {
                String seed = op.example() == null ? "" : op.example();
                if (op.mediaType().contains("json") && random.nextInt(5) > 0) {
                    seed = seed.replace("\"nonce\": \"", "\"nonce\": \"f" + i + "-");
                }
                body = random.nextInt(6) == 0 ? seed : op.mediaType().contains("json") ? mutate.json(seed)
                        : mutate.bytes(seed);
            }
            if (op.path().equals("/api/ledger/items")) {
                q.add("nonce=fuzz-items-" + i + "-" + random.nextInt(1_000_000));
            }
            String url = path + (q.isEmpty() ? "" : "?" + String.join("&", q));
            String token = !op.path().startsWith("/api/ledger") ? null : random.nextInt(8) == 0 ? mutate.token()
                    : tokens.get(random.nextBoolean() ? Party.US : Party.RU);
            long t0 = System.nanoTime();
            HttpResponse<String> r;
            try {
                r = send(op.method(), url, body, op.mediaType(), token);
                if (r == null) {
                    // a kept-alive connection the server had closed: sent again once on a new connection; a case
                    // without an answer the second time too is a defect
                    report.retried();
                    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5)).build();
                    r = send(op.method(), url, body, op.mediaType(), token);
                }
            } catch (IllegalArgumentException e) {
                continue; // a request this client cannot send (not a case of the server's)
            }
            long took = System.nanoTime() - t0;
            String what = op.method() + " " + op.path();
            if (r == null) {
                report.httpRun(what, -1, took, false, false, abbreviate(url) + " " + (body == null ? 0 : body.length())
                        + " characters: no answer: " + lastFailure);
                continue;
            }
            boolean jsonError = true;
            if (r.statusCode() >= 400) {
                String type = r.headers().firstValue("Content-Type").orElse("");
                jsonError = type.contains("json") && parses(r.body());
            }
            boolean trace = TRACE.matcher(r.body()).find() && r.statusCode() >= 400;
            report.httpRun(what, r.statusCode(), took, trace, !jsonError, abbreviate(url) + " "
                    + abbreviate(body == null ? "" : body) + " -> " + r.statusCode() + " " + abbreviate(r.body()));
        }
    }

    private static boolean parses(String body) {
        try {
            return JSON.readTree(body) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String body, String type, String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + pathAndQuery)).timeout(Duration.ofSeconds(30));
            if (token != null) {
                b.header("Authorization", "Bearer " + token.replaceAll("[\\r\\n\\x00]", ""));
            }
            if (type != null) {
                b.header("Content-Type", type);
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            lastFailure = String.valueOf(e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static String abbreviate(String s) {
        String t = s.replace("\n", "\\n");
        return t.length() > 160 ? t.substring(0, 160) + "..." : t;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
