package org.treatylab.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.compliance.AggregateSeries;
import org.treatylab.domain.compliance.Compliance;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.domain.forces.Catalogue;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureReader;
import org.treatylab.domain.forces.Postures;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.domain.treaty.TreatyWriter;
import org.treatylab.report.Views;

/** Routes over the foundation: catalogue, postures, treaties and drafts, counting and compliance. */
final class FoundationRoutes {
    private static final String TREATY_EXAMPLE = "id = my-draft\nparties = US, RU\nentry_into_force = 2011-02-05\n"
            + "expiry = 2021-02-05\ncounting = new-start\n\n[limit warheads]\nceiling = 1000 from 2018-02-05\n";
    private final DraftTreaties drafts;
    /** Answers computed from shipped (immutable) treaties, postures and series, as JSON text. */
    private final Map<String, String> shippedAnswers = new java.util.concurrent.ConcurrentHashMap<>();

    FoundationRoutes(DraftTreaties drafts) {
        this.drafts = drafts;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/health", "system", "Liveness check").handle(ctx -> ctx.json(Map.of("status", "ok"))),
                Route.get("/api/catalogue", "forces", "Delivery-system types with sourced parameters")
                        .query("year", "the era nearest this year (1990, 2009, 2024)")
                        .query("party", "US or RU").handle(this::catalogue),
                Route.get("/api/postures", "forces", "Shipped posture names").handle(ctx -> ctx.json(Postures.SHIPPED)),
                Route.get("/api/postures/{name}", "forces", "A shipped posture, per party and date")
                        .answers(404, "no such shipped posture").handle(this::posture),
                Route.post("/api/postures/parse", "forces", "Read and check a posture CSV")
                        .text("text/csv", "a posture CSV (see README)",
                                "party,system,category,deployed,warheads\nUS,Minuteman III,ICBM,400,1\n")
                        .handle(this::parsePosture),
                Route.get("/api/series", "compliance", "Shipped aggregate series").handle(
                        ctx -> ctx.json(AggregateSeries.SHIPPED)),
                Route.get("/api/treaties", "treaties", "Shipped treaties and drafts").handle(this::treaties),
                Route.get("/api/treaties/{id}", "treaties", "One treaty (format=file gives the treaty file)")
                        .query("format", "json (default) or file").answers(404, "no such treaty")
                        .handle(this::treaty),
                Route.post("/api/treaties", "treaties", "Create a draft treaty from a treaty file")
                        .text("text/plain", "a treaty file (see README)", TREATY_EXAMPLE)
                        .answers(201, "the draft was created").answers(409, "the id is a shipped treaty")
                        .handle(this::createDraft),
                Route.post("/api/treaties/validate", "treaties", "Validate a treaty file without keeping it")
                        .text("text/plain", "a treaty file", TREATY_EXAMPLE).handle(this::validate),
                Route.delete("/api/treaties/{id}", "treaties", "Delete a draft treaty")
                        .answers(204, "deleted").answers(404, "no such draft").answers(409, "shipped treaties stay")
                        .handle(this::deleteDraft),
                Route.post("/api/count", "compliance", "Count a posture under a treaty on a date")
                        .json("{treaty: id | treaty_text: treaty file, posture: shipped name | posture_csv: CSV text, date?: YYYY-MM-DD}",
                                "{\"treaty\": \"new-start\", \"posture\": \"us-russia-2009\", \"date\": \"2018-02-05\"}")
                        .answers(404, "no such treaty or posture").handle(this::count),
                Route.get("/api/compliance", "compliance", "Verdicts over a shipped aggregate series")
                        .requiredQuery("treaty", "treaty id or draft id")
                        .query("aggregates", "shipped series name (default new-start-aggregates)")
                        .answers(404, "no such treaty or series").handle(this::complianceShipped),
                Route.post("/api/compliance", "compliance", "Verdicts over an uploaded series or dated postures")
                        .json("{treaty: id, aggregates_csv: CSV | posture_csv: CSV with as_of}",
                                "{\"treaty\": \"new-start\", \"aggregates_csv\": \"as_of,us_wh\\n2019-03-01,1365\\n\"}")
                        .handle(this::complianceUpload));
    }

    private void catalogue(Context ctx) {
        Catalogue c = Catalogue.shipped();
        int year = Requests.queryInt(ctx, "year", -1, 1900, 2100);
        Party party = Requests.party("party", ctx.queryParam("party"));
        Integer era = year < 0 ? null : c.nearestEra(year).orElse(null);
        ctx.json(c.select(era, party).stream().map(Views::system).toList());
    }

    private void posture(Context ctx) {
        String name = ctx.pathParam("name");
        if (!Postures.SHIPPED.contains(name)) {
            throw ApiError.notFound("no shipped posture '" + name + "' (shipped: " + Postures.SHIPPED + ")");
        }
        ctx.json(Postures.resolve(name, null).stream().map(Views::posture).toList());
    }

    private void parsePosture(Context ctx) {
        ctx.json(readPosture(ctx.body()).stream().map(Views::posture).toList());
    }

    static List<Posture> readPosture(String csv) {
        if (csv == null || csv.isBlank()) {
            throw ApiError.badRequest("the posture CSV is empty");
        }
        try {
            return PostureReader.parse("posture.csv", csv, null);
        } catch (InputException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private void treaties(Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Treaty t : Treaties.shipped()) {
            out.add(withDraftFlag(t, false));
        }
        for (Treaty t : drafts.all()) {
            out.add(withDraftFlag(t, true));
        }
        ctx.json(out);
    }

    private static Map<String, Object> withDraftFlag(Treaty t, boolean draft) {
        Map<String, Object> m = new LinkedHashMap<>(Views.treaty(t));
        m.put("draft", draft);
        return m;
    }

    private void treaty(Context ctx) {
        String id = ctx.pathParam("id");
        Treaty t = drafts.resolve(id);
        if ("file".equals(ctx.queryParam("format"))) {
            ctx.contentType("text/plain; charset=utf-8")
                    .result(Treaties.sourceText(id).or(() -> drafts.text(id)).orElse(TreatyWriter.write(t)));
            return;
        }
        ctx.json(withDraftFlag(t, Treaties.byId(id).isEmpty()));
    }

    private void createDraft(Context ctx) {
        Treaty t = drafts.put(ctx.body());
        ctx.status(201).json(withDraftFlag(t, true));
    }

    private void validate(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            Treaty t = DraftTreaties.parse(ctx.body());
            out.put("valid", true);
            out.put("treaty", Views.treaty(t));
        } catch (ApiError e) {
            out.put("valid", false);
            out.put("error", e.detail());
        }
        ctx.json(out);
    }

    private void deleteDraft(Context ctx) {
        String id = ctx.pathParam("id");
        if (Treaties.byId(id).isPresent()) {
            throw ApiError.conflict("'" + id + "' is a shipped treaty and cannot be deleted");
        }
        if (!drafts.remove(id)) {
            throw ApiError.notFound("no draft '" + id + "'");
        }
        ctx.status(204);
    }

    private void count(Context ctx) {
        JsonNode body = Requests.json(ctx);
        Treaty t = drafts.fromRequest(body);
        LocalDate date = Requests.date("date", Requests.text(body, "date"));
        String shippedKey = Treaties.byId(t.id()).isPresent() && Requests.text(body, "treaty") != null
                && Requests.text(body, "posture") != null ? "count/" + t.id() + "/" + Requests.text(body, "posture")
                + "/" + date : null;
        if (shippedKey != null && shippedAnswers.containsKey(shippedKey)) {
            ctx.contentType("application/json").result(shippedAnswers.get(shippedKey));
            return;
        }
        List<Posture> postures = postureInput(body);
        List<PartyResult> results = new ArrayList<>();
        LocalDate judged = date;
        List<Posture> inEffect;
        try {
            inEffect = Postures.inEffectOn(postures, date, Requests.text(body, "posture") != null ? Requests.text(body, "posture") : "posture.csv");
        } catch (InputException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        for (Posture p : inEffect) {
            PartyResult r = assess(t, p, date);
            results.add(r);
            judged = r.date();
        }
        answer(ctx, shippedKey, Views.count(t, judged, results));
    }

    /** Writes a JSON answer, remembering it when it derives only from shipped data. */
    private void answer(Context ctx, String shippedKey, Object value) {
        String json = org.treatylab.report.Json.compact(value);
        if (shippedKey != null) {
            shippedAnswers.put(shippedKey, json);
        }
        ctx.contentType("application/json").result(json);
    }

    private static List<Posture> postureInput(JsonNode body) {
        String name = Requests.text(body, "posture");
        String csv = Requests.text(body, "posture_csv");
        if ((name == null) == (csv == null)) {
            throw ApiError.badRequest("give exactly one of 'posture' (a shipped name) or 'posture_csv'");
        }
        if (name != null) {
            if (!Postures.SHIPPED.contains(name)) {
                throw ApiError.notFound("no shipped posture '" + name + "' (shipped: " + Postures.SHIPPED + ")");
            }
            return Postures.resolve(name, null);
        }
        return readPosture(csv);
    }

    private static PartyResult assess(Treaty t, Posture p, LocalDate date) {
        try {
            return Compliance.assess(t, p, date);
        } catch (InputException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private void complianceShipped(Context ctx) {
        String treatyId = ctx.queryParam("treaty");
        if (treatyId == null || treatyId.isBlank()) {
            throw ApiError.badRequest("query 'treaty' is required");
        }
        Treaty t = drafts.resolve(treatyId);
        String name = ctx.queryParam("aggregates") == null ? "new-start-aggregates" : ctx.queryParam("aggregates");
        String key = Treaties.byId(t.id()).isPresent() ? "compliance/" + t.id() + "/" + name : null;
        if (key != null && shippedAnswers.containsKey(key)) {
            ctx.contentType("application/json").result(shippedAnswers.get(key));
            return;
        }
        AggregateSeries s = AggregateSeries.shipped(name)
                .orElseThrow(() -> ApiError.notFound("no shipped series '" + name + "'"));
        answer(ctx, key, complianceOf(t, s));
    }

    private void complianceUpload(Context ctx) {
        JsonNode body = Requests.json(ctx);
        Treaty t = drafts.resolve(Requests.requiredText(body, "treaty"));
        String agg = Requests.text(body, "aggregates_csv");
        String csv = Requests.text(body, "posture_csv");
        if ((agg == null) == (csv == null)) {
            throw ApiError.badRequest("give exactly one of 'aggregates_csv' or 'posture_csv'");
        }
        if (agg != null) {
            try {
                ctx.json(complianceOf(t, AggregateSeries.parse("aggregates.csv", agg)));
            } catch (InputException e) {
                throw ApiError.badRequest(e.getMessage());
            }
            return;
        }
        List<PartyResult> results = new ArrayList<>();
        for (Posture p : readPosture(csv)) {
            if (p.asOf() == null) {
                throw ApiError.badRequest("posture rows for " + p.party() + " have no as_of date");
            }
            results.add(assess(t, p, p.asOf()));
        }
        ctx.json(Views.compliance(t, results));
    }

    private static Map<String, Object> complianceOf(Treaty t, AggregateSeries s) {
        try {
            return Views.compliance(t, Compliance.assess(t, s));
        } catch (InputException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }
}
