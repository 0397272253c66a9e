package org.treatylab.server.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import org.treatylab.app.ledger.Declared;
import org.treatylab.app.ledger.EntryView;
import org.treatylab.app.ledger.ExchangeView;
import org.treatylab.app.ledger.FindingView;
import org.treatylab.app.ledger.InclusionCheck;
import org.treatylab.app.ledger.InspectionCurve;
import org.treatylab.app.ledger.ItemView;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.app.ledger.LedgerStatus;
import org.treatylab.app.ledger.ProofsDoor;
import org.treatylab.app.ledger.RevealView;
import org.treatylab.app.ledger.Verified;
import org.treatylab.domain.Party;
import org.treatylab.server.http.Answers;
import org.treatylab.server.http.ApiError;
import org.treatylab.server.http.Requests;
import org.treatylab.server.http.Route;

/**
 * The verification ledger over HTTP. Every {@code /api/ledger} route needs a party's API token (issued by
 * {@code treatylab ledger init}; the store keeps only its hash), checked before the body is read. A party writes
 * only its own records; the server signs each write with that party's key from the key folder, as the CLI does.
 * Every write carries a nonce (a JSON field, or the query parameter of the CSV declaration): a replay is 409 naming
 * the entry the nonce first wrote, and appends nothing.
 * Public helpers: checking an inclusion proof and the inspection planner.
 */
public final class LedgerRoutes {
    static final String PARTY = "ledger.party";
    static final String NONCE = "the write's nonce, unique per write of the party (8-128 of A-Z a-z 0-9 . _ : -, e.g. a "
            + "UUID): required; sending it again is a replay";
    static final String REPLAY = "a replay: the nonce was already written (the detail names the entry); nothing appended";
    private final LedgerDoor ledger;
    private final ProofsDoor proofs;

    public LedgerRoutes(LedgerDoor ledger, ProofsDoor proofs) {
        this.ledger = ledger;
        this.proofs = proofs;
    }

    /** Resolves the bearer token of a ledger request to its party, or answers 401 before anything else runs. */
    public void authenticate(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.startsWith("Bearer ") || h.length() <= 7) {
            throw ApiError.unauthorized("a party's API token is required: Authorization: Bearer TOKEN");
        }
        Party p = ledger.partyForToken(h.substring(7).trim())
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

    public List<Route> routes() {
        return List.of(
                Route.get("/api/ledger", "ledger", "The ledger's parties, size and verified head").authenticated()
                        .returns(LedgerStatus.class).handle(ctx -> Answers.json(ctx, ledger.status(caller(ctx)))),
                Route.get("/api/ledger/items", "ledger", "The caller's own declared items, in clear").authenticated()
                        .returnsList(ItemView.class).handle(ctx -> Answers.json(ctx, ledger.items(caller(ctx)))),
                Route.post("/api/ledger/items", "ledger", "Declare items (items CSV: uid,system,category,status,facility,warheads)")
                        .text("text/csv", "items CSV", "uid,system,category,status,facility,warheads\n"
                                + "US-M1,Minuteman III,ICBM,deployed,Malmstrom,1\n").authenticated()
                        .requiredQuery("nonce", "string", NONCE).returns(Declared.class).answers(201, "declared")
                        .answers(409, REPLAY)
                        .handle(ctx -> Answers.json(ctx, 201, ledger.declare(caller(ctx), null,
                                ctx.queryParam("nonce"), "items.csv", ctx.body()))),
                Route.post("/api/ledger/notifications", "ledger", "Notify a change of one item")
                        .json(Bodies.NotificationBody.class, "uid, event (add, deploy, store, move, convert or"
                                + " eliminate), to, warheads, system, category, status, nonce",
                                "{\"uid\": \"US-M1\", \"event\": \"move\", \"to\": \"Minot\", \"nonce\": "
                                        + "\"3f2a9c4e-notify-1\"}")
                        .authenticated().returns(ItemView.class).answers(409, REPLAY).handle(this::notifyItem),
                Route.post("/api/ledger/exchanges", "ledger", "Six-monthly data exchange: signed snapshot of the declarations")
                        .json(Bodies.DataExchangeBody.class, "date (YYYY-MM-DD), treaty (new-start), nonce",
                                "{\"date\": \"2011-09-01\", \"nonce\": \"3f2a9c4e-exchange-1\"}").authenticated()
                        .returns(ExchangeView.class).answers(201, "recorded").answers(409, REPLAY)
                        .handle(this::exchange),
                Route.get("/api/ledger/exchanges", "ledger", "Every data exchange (public part: the ledger entry)")
                        .authenticated().returnsList(EntryView.class).handle(ctx -> {
                            caller(ctx);
                            Answers.json(ctx, ledger.exchanges());
                        }),
                Route.post("/api/ledger/reveals", "ledger", "Reveal one facility of the latest exchange, with proofs")
                        .json(Bodies.RevealBody.class, "facility, nonce",
                                "{\"facility\": \"Malmstrom\", \"nonce\": \"3f2a9c4e-reveal-1\"}").authenticated()
                        .returns(RevealView.class).answers(201, "recorded").answers(409, REPLAY)
                        .handle(ctx -> {
                            Party p = caller(ctx);
                            JsonNode b = Requests.json(ctx);
                            Answers.json(ctx, 201, ledger.reveal(p, null, Requests.text(b, "nonce"),
                                    Requests.requiredText(b, "facility")));
                        }),
                Route.get("/api/ledger/reveals", "ledger", "Every reveal in the ledger (any party may read them)")
                        .authenticated().returnsList(RevealView.class).handle(ctx -> {
                            caller(ctx);
                            Answers.json(ctx, ledger.reveals());
                        }),
                Route.post("/api/ledger/inspections", "ledger", "As inspector, record what was found at a revealed facility")
                        .json(Bodies.InspectionBody.class, "of (the inspected party), facility, found_csv (items CSV), "
                                + "nonce", "{\"of\": \"US\", \"facility\": \"Malmstrom\", \"found_csv\": \"uid,system,"
                                        + "category,status,facility,warheads\\nUS-M1,Minuteman III,ICBM,deployed,Malmstrom,1"
                                        + "\\n\", \"nonce\": \"3f2a9c4e-inspect-1\"}")
                        .authenticated().returns(FindingView.class).answers(201, "recorded").answers(409, REPLAY)
                        .handle(this::inspect),
                Route.get("/api/ledger/verify", "ledger", "Recompute every hash, signature, chain link and tree head")
                        .authenticated().returns(Verified.class).answers(409, "a broken entry (named in the detail)")
                        .handle(ctx -> Answers.json(ctx, ledger.verify(caller(ctx)))),
                Route.post("/api/verify/check-inclusion", "verification",
                        "Check an RFC 9162 inclusion proof: {leaf (hex datum) | leaf_hash, index, tree_size, proof, root}")
                        .json(Bodies.InclusionBody.class, "leaf or leaf_hash, index, tree_size, proof (hex hashes),"
                                + " root",
                                "{\"leaf\": \"\", \"index\": 0, \"tree_size\": 1, \"proof\": [], \"root\": "
                                        + "\"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d\"}")
                        .returns(InclusionCheck.class).handle(this::checkInclusion),
                Route.get("/api/verify/inspections", "verification", "Detection probability against inspections a year")
                        .query("facilities", "integer", "declared facilities (default 35)")
                        .query("violating", "integer", "facilities holding a violation (default 1)")
                        .query("max", "integer", "largest number of inspections (default 40, at most the facilities)")
                        .query("target", "number", "the detection probability to reach (default 0.9)")
                        .returns(InspectionCurve.class).handle(this::inspections));
    }

    private void notifyItem(Context ctx) {
        Party p = caller(ctx);
        JsonNode b = Requests.json(ctx);
        String uid = Requests.requiredText(b, "uid");
        String event = Requests.requiredText(b, "event");
        Long warheads = b.hasNonNull("warheads") ? Requests.number(b, "warheads", 0, 0, 1000) : null;
        String system = Requests.text(b, "system");
        String category = Requests.text(b, "category");
        if ("add".equalsIgnoreCase(event.trim())) {
            Requests.requiredText(b, "system");
            Requests.requiredText(b, "category");
        }
        Answers.json(ctx, ledger.notify(p, null, Requests.text(b, "nonce"), new LedgerDoor.NotifyRequest(uid, event, Requests.text(b, "to"),
                warheads, system, category, Requests.text(b, "status"))).item());
    }

    private void exchange(Context ctx) {
        Party p = caller(ctx);
        JsonNode b = Requests.json(ctx);
        var date = Requests.date("date", Requests.requiredText(b, "date"));
        String treaty = Requests.text(b, "treaty") == null ? "new-start" : Requests.text(b, "treaty");
        Answers.json(ctx, 201, ledger.exchange(p, null, Requests.text(b, "nonce"), treaty, date));
    }

    private void inspect(Context ctx) {
        Party p = caller(ctx);
        JsonNode b = Requests.json(ctx);
        Party of = Requests.party("of", Requests.requiredText(b, "of"));
        String facility = Requests.requiredText(b, "facility");
        String csv = Requests.requiredText(b, "found_csv");
        Answers.json(ctx, 201, ledger.inspect(p, null, Requests.text(b, "nonce"), of, facility, "found.csv", csv));
    }

    private void checkInclusion(Context ctx) {
        JsonNode b = Requests.json(ctx);
        long index = Requests.number(b, "index", -1, 0, Long.MAX_VALUE);
        long size = Requests.number(b, "tree_size", -1, 1, Long.MAX_VALUE);
        if (index < 0 || size < 1) {
            throw ApiError.badRequest("fields 'index' and 'tree_size' are required");
        }
        JsonNode proof = b.get("proof");
        if (proof == null || !proof.isArray() || proof.size() > ProofsDoor.MAX_PATH) {
            throw ApiError.badRequest("field 'proof' must be an array of at most " + ProofsDoor.MAX_PATH
                    + " hex hashes");
        }
        List<String> path = new java.util.ArrayList<>();
        proof.forEach(n -> path.add(n.asText()));
        Answers.json(ctx, proofs.checkInclusion(Requests.text(b, "leaf"), Requests.text(b, "leaf_hash"), index, size,
                path, Requests.requiredText(b, "root")));
    }

    private void inspections(Context ctx) {
        int facilities = Requests.queryInt(ctx, "facilities", 35, 1, 10_000);
        int violating = Requests.queryInt(ctx, "violating", 1, 1, facilities);
        int max = Requests.queryInt(ctx, "max", Math.min(40, facilities), 1, facilities);
        String t = ctx.queryParam("target");
        double target = 0.9;
        if (t != null && !t.isBlank()) {
            try {
                target = Double.parseDouble(t.trim());
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("query 'target' must be a number, got '" + t + "'");
            }
            if (!(target > 0 && target <= 1)) {
                throw ApiError.badRequest("query 'target' must be within (0, 1], got " + t);
            }
        }
        Answers.json(ctx, proofs.curve(facilities, violating, max, target));
    }
}
