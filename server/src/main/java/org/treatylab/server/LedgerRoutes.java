package org.treatylab.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatylab.domain.Category;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.report.LedgerViews;
import org.treatylab.verification.ledger.ApiTokens;
import org.treatylab.verification.ledger.LedgerStore;
import org.treatylab.store.KeyFiles;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.ItemStatus;
import org.treatylab.verification.declaration.ItemsCsv;
import org.treatylab.verification.declaration.Notification;
import org.treatylab.verification.declaration.NotificationEvent;
import org.treatylab.verification.inspection.InspectionPlanner;
import org.treatylab.verification.ledger.Entry;
import org.treatylab.verification.ledger.EntryKind;
import org.treatylab.verification.ledger.Ledger;
import org.treatylab.verification.ledger.LedgerReport;
import org.treatylab.verification.ledger.LedgerVerifier;
import org.treatylab.verification.ledger.WriteRejectedException;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.ProofVerifier;
import org.treatylab.verification.merkle.MerkleHashes;
import org.treatylab.verification.regime.Regime;
import org.treatylab.verification.regime.RegimeChecks;
import org.treatylab.verification.regime.Reveal;

/**
 * The verification ledger over HTTP. Every {@code /api/ledger} route needs a party's API token (issued by
 * {@code treatylab ledger init}; the store keeps only its hash), checked before the body is read. A party writes
 * only its own records; the server signs each write with that party's key from the key folder, as the CLI does.
 * Public helpers: checking an inclusion proof and the inspection planner.
 */
final class LedgerRoutes {
    static final String PARTY = "ledger.party";
    private final LedgerStore store;
    private final Path keys;
    private final Regime regime;

    LedgerRoutes(LedgerStore store, Path keys) {
        this.store = store;
        this.keys = keys;
        Clock clock = Clock.systemUTC();
        this.regime = new Regime(Ledger.open(store, clock), clock, new SecureRandom());
    }

    /** Resolves the bearer token of a ledger request to its party, or answers 401 before anything else runs. */
    void authenticate(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.startsWith("Bearer ") || h.length() <= 7) {
            throw ApiError.unauthorized("a party's API token is required: Authorization: Bearer TOKEN");
        }
        Party p = store.partyForTokenHash(ApiTokens.hash(h.substring(7).trim()))
                .orElseThrow(() -> ApiError.unauthorized("the token is not valid for any party"));
        ctx.attribute(PARTY, p);
    }

    private static Party caller(Context ctx) {
        Party p = ctx.attribute(PARTY);
        if (p == null) {
            throw ApiError.unauthorized("a party's API token is required");
        }
        return p;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/ledger", "ledger", "The ledger's parties, size and verified head").authenticated()
                        .handle(this::status),
                Route.get("/api/ledger/items", "ledger", "The caller's own declared items, in clear").authenticated()
                        .handle(ctx -> ctx.json(regime.declarations(caller(ctx)).current().stream()
                                .map(LedgerViews::item).toList())),
                Route.post("/api/ledger/items", "ledger", "Declare items (items CSV: uid,system,category,status,facility,warheads)")
                        .text("text/csv", "items CSV", "uid,system,category,status,facility,warheads\n"
                                + "US-M1,Minuteman III,ICBM,deployed,Malmstrom,1\n").authenticated()
                        .answers(201, "declared").handle(this::declare),
                Route.post("/api/ledger/notifications", "ledger", "Notify a change of one item")
                        .json("{uid, event: add|deploy|store|move|convert|eliminate, to?, warheads?, system?, category?, status?}",
                                "{\"uid\": \"US-M1\", \"event\": \"move\", \"to\": \"Minot\"}")
                        .authenticated().handle(this::notifyItem),
                Route.post("/api/ledger/exchanges", "ledger", "Six-monthly data exchange: signed snapshot of the declarations")
                        .json("{date: YYYY-MM-DD, treaty?: new-start}", "{\"date\": \"2011-09-01\"}").authenticated()
                        .answers(201, "recorded").handle(this::exchange),
                Route.get("/api/ledger/exchanges", "ledger", "Every data exchange (public part: date, counts, signed root)")
                        .authenticated().handle(this::exchanges),
                Route.post("/api/ledger/reveals", "ledger", "Reveal one facility of the latest exchange, with proofs")
                        .json("{facility}", "{\"facility\": \"Malmstrom\"}").authenticated()
                        .answers(201, "recorded").handle(this::reveal),
                Route.get("/api/ledger/reveals", "ledger", "Every reveal in the ledger (any party may read them)")
                        .authenticated().handle(this::reveals),
                Route.post("/api/ledger/inspections", "ledger", "As inspector, record what was found at a revealed facility")
                        .json("{of: PARTY, facility, found_csv: items CSV}",
                                "{\"of\": \"US\", \"facility\": \"Malmstrom\", \"found_csv\": \"uid,system,category,status,"
                                        + "facility,warheads\\nUS-M1,Minuteman III,ICBM,deployed,Malmstrom,1\\n\"}")
                        .authenticated().answers(201, "recorded").handle(this::inspect),
                Route.get("/api/ledger/verify", "ledger", "Recompute every hash, signature, chain link and tree head")
                        .authenticated().answers(409, "a broken entry (named in the detail)").handle(this::verify),
                Route.post("/api/verify/check-inclusion", "verification",
                        "Check an RFC 9162 inclusion proof: {leaf (hex datum) | leaf_hash, index, tree_size, proof, root}")
                        .json("{leaf?, leaf_hash?, index, tree_size, proof: [hex], root}",
                                "{\"leaf\": \"\", \"index\": 0, \"tree_size\": 1, \"proof\": [], \"root\": "
                                        + "\"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d\"}")
                        .handle(this::checkInclusion),
                Route.get("/api/verify/inspections", "verification", "Detection probability against inspections a year")
                        .query("facilities", "declared facilities (default 35)")
                        .query("violating", "facilities holding a violation (default 1)")
                        .query("max", "largest number of inspections (default 40)").handle(this::inspections));
    }

    private void status(Context ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("you", caller(ctx).code());
        m.put("parties", store.parties().stream().map(Party::code).toList());
        m.put("entries", store.head().size());
        m.put("root", Hex.of(store.head().root()));
        ctx.json(m);
    }

    private PrivateKey key(Party p) {
        if (keys == null) {
            throw new ApiError(503, "no key", "the server has no key folder; start it with a file database or --keys");
        }
        Path file = KeyFiles.keyFile(keys, p);
        if (!Files.isRegularFile(file)) {
            throw new ApiError(503, "no key", "the server holds no key for " + p + " (" + file.getFileName() + ")");
        }
        return KeyFiles.readKey(file);
    }

    /** Runs a write for the caller: engine checks and bad input are 400, a write the store refuses is 409. */
    private <T> T write(Callable<T> body) {
        synchronized (regime) {
            try {
                return body.call();
            } catch (ApiError e) {
                throw e;
            } catch (WriteRejectedException e) {
                throw ApiError.conflict(e.getMessage());
            } catch (InputException | VerificationException | IllegalArgumentException e) {
                throw ApiError.badRequest(e.getMessage());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void declare(Context ctx) {
        Party p = caller(ctx);
        String csv = ctx.body();
        if (csv.isBlank()) {
            throw ApiError.badRequest("the items CSV is empty");
        }
        List<Item> items = write(() -> ItemsCsv.parse("items.csv", csv, p));
        PrivateKey k = key(p);
        write(() -> {
            regime.declare(p, k, items);
            return null;
        });
        ctx.status(201).json(Map.of("party", p.code(), "declared", items.size(), "entries", store.head().size()));
    }

    private void notifyItem(Context ctx) {
        Party p = caller(ctx);
        JsonNode b = Requests.json(ctx);
        String uid = Requests.requiredText(b, "uid");
        NotificationEvent e = write(() -> NotificationEvent.parse(Requests.requiredText(b, "event")));
        String to = Requests.text(b, "to");
        Long warheads = b.has("warheads") && !b.get("warheads").isNull()
                ? Requests.number(b, "warheads", 0, 0, 1000) : null;
        Item added = null;
        if (e == NotificationEvent.ADD) {
            String system = Requests.requiredText(b, "system");
            Category c = write(() -> Category.parse(Requests.requiredText(b, "category")));
            String status = Requests.text(b, "status") == null ? "non_deployed" : Requests.text(b, "status");
            if (to == null) {
                throw ApiError.badRequest("event add needs 'to' (the facility)");
            }
            ItemStatus st = write(() -> ItemStatus.parse(status));
            added = write(() -> new Item(p, uid, system, c, st, to, 0));
        }
        Notification n = write(() -> new Notification(uid, e, to, null, warheads));
        Notification full = added == null ? n : new Notification(uid, e, to, added, warheads);
        PrivateKey k = key(p);
        Item next = write(() -> regime.notify(p, k, full));
        ctx.json(LedgerViews.item(next));
    }

    private void exchange(Context ctx) {
        Party p = caller(ctx);
        JsonNode b = Requests.json(ctx);
        LocalDate date = Requests.date("date", Requests.requiredText(b, "date"));
        String treatyId = Requests.text(b, "treaty") == null ? "new-start" : Requests.text(b, "treaty");
        Treaty t = Treaties.byId(treatyId).orElseThrow(() -> ApiError.badRequest("field 'treaty': unknown treaty '"
                + treatyId + "' (shipped: " + Treaties.SHIPPED_IDS + ")"));
        PrivateKey k = key(p);
        ctx.status(201).json(LedgerViews.exchange(write(() -> regime.exchange(p, k, t, date))));
    }

    private void reveal(Context ctx) {
        Party p = caller(ctx);
        String facility = Requests.requiredText(Requests.json(ctx), "facility");
        PrivateKey k = key(p);
        ctx.status(201).json(LedgerViews.reveal(write(() -> regime.reveal(p, k, facility))));
    }

    private void exchanges(Context ctx) {
        caller(ctx);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Entry e : entriesOf(EntryKind.EXCHANGE)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entry", e.seq());
            m.put("party", e.party().code());
            m.put("time", e.time().toString());
            m.put("fields", new java.util.TreeMap<>(e.payload().asMap()));
            out.add(m);
        }
        ctx.json(out);
    }

    private List<Entry> entriesOf(EntryKind kind) {
        synchronized (regime) {
            return store.entries(null, java.util.Set.of(kind));
        }
    }

    private void reveals(Context ctx) {
        caller(ctx);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Entry e : entriesOf(EntryKind.REVEAL)) {
            Reveal r;
            synchronized (regime) {
                r = regime.reveal(e.seq());
            }
            out.add(LedgerViews.reveal(r));
        }
        ctx.json(out);
    }

    private void inspect(Context ctx) {
        Party p = caller(ctx);
        JsonNode b = Requests.json(ctx);
        Party of = Requests.party("of", Requests.requiredText(b, "of"));
        if (of.equals(p)) {
            throw ApiError.forbidden("a party cannot inspect itself");
        }
        String facility = Requests.requiredText(b, "facility");
        String csv = Requests.requiredText(b, "found_csv");
        List<Item> found = write(() -> ItemsCsv.parse("found.csv", csv, of));
        PrivateKey k = key(p);
        ctx.status(201).json(LedgerViews.finding(write(() -> regime.inspect(p, k, of, facility, found))));
    }

    private void verify(Context ctx) {
        Party reader = caller(ctx);
        LedgerReport r;
        synchronized (regime) {
            try {
                r = LedgerVerifier.verify(store, new RegimeChecks(), reader);
            } catch (VerificationException e) {
                throw ApiError.conflict(e.getMessage());
            }
        }
        ctx.json(Map.of("ok", true, "entries", r.entries(), "batches", r.batches(), "root", r.root()));
    }

    private void checkInclusion(Context ctx) {
        JsonNode b = Requests.json(ctx);
        long index = Requests.number(b, "index", -1, 0, Long.MAX_VALUE);
        long size = Requests.number(b, "tree_size", -1, 1, Long.MAX_VALUE);
        if (index < 0 || size < 1) {
            throw ApiError.badRequest("fields 'index' and 'tree_size' are required");
        }
        JsonNode proof = b.get("proof");
        if (proof == null || !proof.isArray() || proof.size() > ProofVerifier.MAX_PATH) {
            throw ApiError.badRequest("field 'proof' must be an array of at most " + ProofVerifier.MAX_PATH + " hex hashes");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            byte[] leafHash;
            if (Requests.text(b, "leaf_hash") != null) {
                leafHash = Hex.hash("leaf_hash", Requests.text(b, "leaf_hash"));
            } else if (Requests.text(b, "leaf") != null) {
                leafHash = MerkleHashes.leaf(Hex.parse(Requests.text(b, "leaf")));
            } else {
                throw ApiError.badRequest("give 'leaf' (hex datum) or 'leaf_hash'");
            }
            List<byte[]> path = new ArrayList<>();
            for (JsonNode n : proof) {
                path.add(Hex.hash("proof", n.asText()));
            }
            byte[] root = Hex.hash("root", Requests.requiredText(b, "root"));
            ProofVerifier.verifyInclusion(index, size, leafHash, path, root);
            out.put("valid", true);
        } catch (VerificationException | IllegalArgumentException e) {
            out.put("valid", false);
            out.put("detail", e.getMessage());
        }
        ctx.json(out);
    }

    private void inspections(Context ctx) {
        int facilities = Requests.queryInt(ctx, "facilities", 35, 1, 10_000);
        int violating = Requests.queryInt(ctx, "violating", 1, 1, facilities);
        int max = Requests.queryInt(ctx, "max", 40, 1, facilities);
        List<Map<String, Object>> points = new ArrayList<>();
        for (int n = 0; n <= max; n++) {
            points.add(Map.of("inspections", n, "probability",
                    n == 0 ? 0.0 : InspectionPlanner.detectionProbability(facilities, violating, n)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("facilities", facilities);
        m.put("violating", violating);
        m.put("new_start_per_year", InspectionPlanner.NEW_START_PER_YEAR);
        m.put("points", points);
        m.put("needed_for_90_percent", InspectionPlanner.inspectionsNeeded(facilities, violating, 0.9));
        ctx.json(m);
    }

}
