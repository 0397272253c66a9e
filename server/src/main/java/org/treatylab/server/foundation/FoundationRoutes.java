package org.treatylab.server.foundation;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import org.treatylab.app.foundation.ComplianceOverview;
import org.treatylab.app.foundation.ComplianceResult;
import org.treatylab.app.foundation.CountResult;
import org.treatylab.app.foundation.Foundation;
import org.treatylab.app.foundation.PostureCheck;
import org.treatylab.app.foundation.PostureRef;
import org.treatylab.app.foundation.PostureView;
import org.treatylab.app.foundation.SeriesRef;
import org.treatylab.app.foundation.SystemView;
import org.treatylab.app.foundation.TreatyRef;
import org.treatylab.app.foundation.TreatyView;
import org.treatylab.app.foundation.Validation;
import org.treatylab.server.http.Answers;
import org.treatylab.server.http.ApiError;
import org.treatylab.server.http.Requests;
import org.treatylab.server.http.Route;

/** Routes over the foundation: catalogue, postures, treaties and drafts, counting and compliance. */
public final class FoundationRoutes {
    private static final String TREATY_EXAMPLE = "id = my-draft\nparties = US, RU\nentry_into_force = 2011-02-05\n"
            + "expiry = 2021-02-05\ncounting = new-start\n\n[limit warheads]\nceiling = 1000 from 2018-02-05\n";
    private static final Bodies.Health OK = new Bodies.Health("ok");
    private final Foundation foundation;

    public FoundationRoutes(Foundation foundation) {
        this.foundation = foundation;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/health", "system", "Liveness check").returns(Bodies.Health.class)
                        .handle(ctx -> Answers.kept(ctx, OK)),
                Route.get("/api/catalogue", "forces", "Delivery-system types with sourced parameters")
                        .query("year", "integer", "the era nearest this year (1990, 2009, 2024)")
                        .query("party", "string", "US or RU").returnsList(SystemView.class).handle(this::catalogue),
                Route.get("/api/postures", "forces", "Shipped posture names").returnsList(String.class)
                        .handle(ctx -> Answers.json(ctx, foundation.shippedPostures())),
                Route.get("/api/postures/{name}", "forces", "A shipped posture, per party and date")
                        .returnsList(PostureView.class).answers(404, "no such shipped posture")
                        .handle(ctx -> Answers.json(ctx, foundation.postures(PostureRef.shipped(ctx.pathParam("name"))))),
                Route.get("/api/postures/{name}/check", "forces", "A shipped posture counted under a treaty beside "
                        + "the nearest official data exchange (the JSON of 'treatylab posture check')")
                        .query("treaty", "string", "new-start (default) or sort")
                        .query("months", "integer", "largest distance to the exchange in months (default "
                                + Foundation.DEFAULT_CHECK_MONTHS + ")")
                        .returns(PostureCheck.class).answers(404, "no such shipped posture or treaty")
                        .handle(this::checkPosture),
                Route.post("/api/postures/parse", "forces", "Read and check a posture CSV")
                        .text("text/csv", "a posture CSV (see docs/file-formats.md)",
                                "party,system,category,deployed,warheads\nUS,Minuteman III,ICBM,400,1\n")
                        .returnsList(PostureView.class)
                        .handle(ctx -> Answers.json(ctx, foundation.postures(new PostureRef.Csv(ctx.body(),
                                "posture.csv")))),
                Route.get("/api/series", "compliance", "Shipped aggregate series").returnsList(String.class)
                        .handle(ctx -> Answers.json(ctx, foundation.shippedSeries())),
                Route.get("/api/treaties", "treaties", "Shipped treaties and drafts").returnsList(TreatyView.class)
                        .handle(ctx -> Answers.json(ctx, foundation.treaties())),
                Route.get("/api/treaties/{id}", "treaties", "One treaty (format=file gives the treaty file)")
                        .query("format", "string", "json (default) or file").returns(TreatyView.class)
                        .answers(404, "no such treaty").handle(this::treaty),
                Route.post("/api/treaties", "treaties", "Create a draft treaty from a treaty file")
                        .text("text/plain", "a treaty file (see docs/file-formats.md)", TREATY_EXAMPLE)
                        .returns(TreatyView.class).answers(201, "the draft was created")
                        .answers(409, "the id is a shipped treaty")
                        .handle(ctx -> Answers.json(ctx, 201, foundation.saveDraft(ctx.body()))),
                Route.post("/api/treaties/validate", "treaties", "Validate a treaty file without keeping it")
                        .text("text/plain", "a treaty file", TREATY_EXAMPLE)
                        .returns(Validation.class).handle(ctx -> Answers.json(ctx, foundation.validate(ctx.body()))),
                Route.delete("/api/treaties/{id}", "treaties", "Delete a draft treaty")
                        .answers(204, "deleted").answers(404, "no such draft").answers(409, "shipped treaties stay")
                        .handle(ctx -> {
                            foundation.deleteDraft(ctx.pathParam("id"));
                            ctx.status(204);
                        }),
                Route.post("/api/count", "compliance", "Count a posture under a treaty on a date")
                        .json(Bodies.CountBody.class, "treaty (an id) or treaty_text (a treaty file); posture (a"
                                + " shipped name) or posture_csv (CSV text); date (YYYY-MM-DD, optional)",
                                "{\"treaty\": \"new-start\", \"posture\": \"us-russia-2009\", \"date\": \"2018-02-05\"}")
                        .returns(CountResult.class).answers(404, "no such treaty or posture").handle(this::count),
                Route.get("/api/compliance", "compliance", "Verdicts over a shipped aggregate series")
                        .requiredQuery("treaty", "string", "treaty id or draft id")
                        .query("aggregates", "string", "shipped series name (default new-start-aggregates)")
                        .returns(ComplianceResult.class).answers(404, "no such treaty or series")
                        .handle(this::complianceShipped),
                Route.get("/api/compliance/overview", "compliance", "A treaty (shipped or draft) over time for all"
                        + " its parties: the official data exchanges that count its limits and the shipped postures on"
                        + " their dates")
                        .requiredQuery("treaty", "string", "treaty id or draft id")
                        .returns(ComplianceOverview.class).answers(404, "no such treaty")
                        .handle(this::complianceOverview),
                Route.post("/api/compliance", "compliance", "Verdicts over an uploaded series or dated postures")
                        .json(Bodies.ComplianceBody.class, "treaty (an id) and exactly one of aggregates_csv and"
                                + " posture_csv (with as_of)",
                                "{\"treaty\": \"new-start\", \"aggregates_csv\": \"as_of,us_wh\\n2019-03-01,1365\\n\"}")
                        .returns(ComplianceResult.class).handle(this::complianceUpload));
    }

    private void catalogue(Context ctx) {
        int year = Requests.queryInt(ctx, "year", -1, 1900, 2100);
        Answers.json(ctx, foundation.catalogue(year < 0 ? null : year, Requests.party("party", ctx.queryParam("party"))));
    }

    private void checkPosture(Context ctx) {
        String treaty = ctx.queryParam("treaty") == null ? "new-start" : ctx.queryParam("treaty");
        int months = Requests.queryInt(ctx, "months", Foundation.DEFAULT_CHECK_MONTHS, 0, 1200);
        Answers.json(ctx, foundation.checkPosture(PostureRef.shipped(ctx.pathParam("name")), new TreatyRef.Id(treaty),
                null, months));
    }

    private void treaty(Context ctx) {
        TreatyRef ref = new TreatyRef.Id(ctx.pathParam("id"));
        if ("file".equals(ctx.queryParam("format"))) {
            foundation.treaty(ref);
            ctx.contentType("text/plain; charset=utf-8").result(foundation.treatyFile(ref));
            return;
        }
        Answers.json(ctx, foundation.treaty(ref));
    }

    /** {@code treaty} (a shipped or draft id) or {@code treaty_text} (a treaty file), exactly one of them. */
    public static TreatyRef treatyRef(JsonNode body) {
        String id = Requests.text(body, "treaty");
        String text = Requests.text(body, "treaty_text");
        if ((id == null) == (text == null)) {
            throw ApiError.badRequest("give exactly one of 'treaty' (an id) or 'treaty_text' (a treaty file)");
        }
        return id != null ? new TreatyRef.Id(id) : new TreatyRef.Text(text);
    }

    /**
     * {@code field} (a shipped posture name) or {@code field_csv} (posture CSV text), exactly one of them unless
     * {@code fallback} is given for neither.
     */
    public static PostureRef postureRef(JsonNode body, String field, String csvSource, boolean named,
            PostureRef fallback) {
        String name = Requests.text(body, field);
        String csv = Requests.text(body, field + "_csv");
        if (name != null && csv != null || name == null && csv == null && fallback == null) {
            throw ApiError.badRequest("give exactly one of '" + field + "' (a shipped posture name) or '" + field
                    + "_csv' (posture CSV text)");
        }
        if (name == null && csv == null) {
            return fallback;
        }
        return name != null ? new PostureRef.Shipped(name, named ? field : null) : new PostureRef.Csv(csv, csvSource);
    }

    private void count(Context ctx) {
        JsonNode body = Requests.json(ctx);
        TreatyRef treaty = treatyRef(body);
        var date = Requests.date("date", Requests.text(body, "date"));
        Answers.kept(ctx, foundation.count(treaty, postureRef(body, "posture", "posture.csv", false, null), date));
    }

    private void complianceOverview(Context ctx) {
        String treaty = ctx.queryParam("treaty");
        if (treaty == null || treaty.isBlank()) {
            throw ApiError.badRequest("query 'treaty' is required");
        }
        Answers.kept(ctx, foundation.complianceOverview(new TreatyRef.Id(treaty)));
    }

    private void complianceShipped(Context ctx) {
        String treaty = ctx.queryParam("treaty");
        if (treaty == null || treaty.isBlank()) {
            throw ApiError.badRequest("query 'treaty' is required");
        }
        String series = ctx.queryParam("aggregates") == null ? "new-start-aggregates" : ctx.queryParam("aggregates");
        Answers.kept(ctx, foundation.compliance(new TreatyRef.Id(treaty), new SeriesRef.Shipped(series)));
    }

    private void complianceUpload(Context ctx) {
        JsonNode body = Requests.json(ctx);
        TreatyRef treaty = new TreatyRef.Id(Requests.requiredText(body, "treaty"));
        String agg = Requests.text(body, "aggregates_csv");
        String csv = Requests.text(body, "posture_csv");
        if ((agg == null) == (csv == null)) {
            throw ApiError.badRequest("give exactly one of 'aggregates_csv' or 'posture_csv'");
        }
        Answers.json(ctx, agg != null ? foundation.compliance(treaty, new SeriesRef.Csv(agg))
                : foundation.compliance(treaty, new PostureRef.Csv(csv, "posture.csv")));
    }
}
