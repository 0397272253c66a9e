package org.treatylab.server.stability;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import org.treatylab.app.foundation.PostureRef;
import org.treatylab.app.stability.ExchangeReport;
import org.treatylab.app.stability.RuleView;
import org.treatylab.app.stability.Side;
import org.treatylab.app.stability.SspkResult;
import org.treatylab.app.stability.StabilityDoor;
import org.treatylab.app.stability.StabilityLimits;
import org.treatylab.app.stability.SweepResult;
import org.treatylab.app.stability.TreatyConsequences;
import org.treatylab.server.foundation.FoundationRoutes;
import org.treatylab.server.http.Answers;
import org.treatylab.server.http.ApiError;
import org.treatylab.server.http.Requests;
import org.treatylab.server.http.Route;

/**
 * Routes over the stability door: weapon effects, a counterforce exchange, a sweep over warhead ceilings, and the
 * stability consequences of a treaty's ceilings. The JSON is the CLI's; the bounds are the server's
 * ({@link StabilityLimits#SERVER}).
 */
public final class StabilityRoutes {
    static final List<Long> DEFAULT_CEILINGS = List.of(6000L, 3000L, 1550L, 1000L, 500L, 300L);
    public static final int MAX_CEILINGS = 60;
    static final long MAX_CEILING = 1_000_000;
    static final int MAX_CUTS = 10;
    static final int MAX_TRIALS = 100_000;
    private final StabilityDoor door;

    public StabilityRoutes(StabilityDoor door) {
        this.door = door;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/stability/rules", "stability", "Reduction rules a sweep can use")
                        .returnsList(RuleView.class).handle(ctx -> Answers.json(ctx, door.rules())),
                Route.post("/api/stability/sspk", "stability", "Lethal radius, SSPK and kill probability")
                        .json(Bodies.SspkBody.class, "yield_kt, hardness_psi, cep_m, reliability (1), warheads (1)",
                                "{\"yield_kt\": 300, \"hardness_psi\": 2000, \"cep_m\": 120, \"reliability\": 0.8,"
                                        + " \"warheads\": 2}")
                        .returns(SspkResult.class).handle(this::sspk),
                Route.post("/api/stability/exchange", "stability", "A counterforce first strike, with Monte Carlo")
                        .json(Bodies.ExchangeBody.class, "attacker or attacker_csv, attacker_party, defender or"
                                + " defender_csv, defender_party, date, reserve (0), trials (0 = analytic; 2-"
                                + MAX_TRIALS + "), seed (1)",
                                "{\"attacker\": \"us-russia-2009\", \"defender\": \"us-russia-2009\", \"trials\": 1000,"
                                        + " \"seed\": 1}")
                        .returns(ExchangeReport.class).answers(404, "no such shipped posture").handle(this::exchange),
                Route.post("/api/stability/sweep", "stability", "Survivors and stability index across warhead ceilings")
                        .json(Bodies.SweepBody.class, "posture_a or posture_a_csv, party_a, posture_b or"
                                + " posture_b_csv (default: posture_a), party_b, date, ceilings ([6000, 3000, 1550,"
                                + " 1000, 500, 300], at most " + MAX_CEILINGS + "), rule or rules (all), cuts ([90]"
                                + " percent), delivery_vehicles, damage_exponent, enemy_weight, half_value_emt, reserve",
                                "{\"posture_a\": \"us-russia-2009\", \"ceilings\": [6000, 1550, 500],"
                                        + " \"rule\": \"keep-ssbns\"}")
                        .returns(SweepResult.class).answers(404, "no such shipped posture").handle(this::sweep),
                Route.post("/api/stability/treaty", "stability", "Survivors and index at a treaty's ceilings")
                        .json(Bodies.TreatyStabilityBody.class, "treaty or treaty_text, posture or posture_csv,"
                                + " party_a, party_b, date, rule (proportional)",
                                "{\"treaty\": \"new-start\", \"posture\": \"us-russia-2009\"}")
                        .returns(TreatyConsequences.class).answers(404, "no such treaty or shipped posture")
                        .handle(this::treaty));
    }

    private void sspk(Context ctx) {
        JsonNode body = Requests.json(ctx);
        double yieldKt = Requests.positive(body, "yield_kt", 1e6);
        double hardness = Requests.positive(body, "hardness_psi", 1e6);
        double cep = Requests.positive(body, "cep_m", 1e7);
        double reliability = Requests.decimal(body, "reliability", 1, 0, 1);
        int warheads = (int) Requests.number(body, "warheads", 1, 0, 10_000);
        Answers.json(ctx, door.sspk(yieldKt, hardness, cep, reliability, warheads));
    }

    private void exchange(Context ctx) {
        JsonNode body = Requests.json(ctx);
        double reserve = Requests.share(body, "reserve");
        int trials = (int) Requests.number(body, "trials", 0, 0, MAX_TRIALS);
        if (trials == 1) {
            throw ApiError.badRequest("field 'trials' must be 0 (analytic only) or at least 2, got 1");
        }
        long seed = Requests.number(body, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        Side attacker = side(body, "attacker", "attacker_party", null);
        Side defender = side(body, "defender", "defender_party", null);
        Answers.json(ctx, door.exchange(attacker, defender, Requests.date("date", Requests.text(body, "date")), reserve,
                trials, seed, StabilityLimits.SERVER));
    }

    private static Side side(JsonNode body, String field, String partyField, PostureRef fallback) {
        PostureRef postures = FoundationRoutes.postureRef(body, field, field + "_csv", true, fallback);
        return new Side(postures, Requests.party(partyField, Requests.text(body, partyField)));
    }

    private void sweep(Context ctx) {
        JsonNode body = Requests.json(ctx);
        List<Long> ceilings = Requests.wholeNumbers(body, "ceilings", DEFAULT_CEILINGS, 0, MAX_CEILING, MAX_CEILINGS);
        List<Double> cuts = Requests.decimals(body, "cuts", List.of(90.0), 0, 100, MAX_CUTS);
        String one = Requests.text(body, "rule");
        List<String> many = Requests.texts(body, "rules");
        if (one != null && many != null) {
            throw ApiError.badRequest("give 'rule' (one id) or 'rules' (a list), not both");
        }
        if (many != null && (many.isEmpty() || many.size() > door.rules().size())) {
            throw ApiError.badRequest("field 'rules' must be a list of 1 to " + door.rules().size() + " rule ids "
                    + door.rules().stream().map(RuleView::id).toList());
        }
        long vehicles = Requests.number(body, "delivery_vehicles", -1, 0, MAX_CEILING);
        StabilityDoor.StrikeModel d = StabilityDoor.DEFAULT_MODEL;
        StabilityDoor.StrikeModel model = new StabilityDoor.StrikeModel(
                Requests.decimal(body, "damage_exponent", d.damageExponent(), 0.01, 10),
                Requests.decimal(body, "enemy_weight", d.enemyWeight(), 0, 100),
                Requests.decimal(body, "half_value_emt", d.halfValueEmt(), 0.01, 1e6), Requests.share(body, "reserve"));
        Side a = side(body, "posture_a", "party_a", null);
        Side b = side(body, "posture_b", "party_b", a.postures());
        Answers.json(ctx, door.sweep(new StabilityDoor.SweepRequest(a, b, Requests.date("date",
                Requests.text(body, "date")), ceilings, cuts, one != null ? List.of(one) : many == null ? List.of() : many,
                one != null ? "field 'rule'" : "field 'rules'", vehicles < 0 ? null : vehicles, model),
                StabilityLimits.SERVER));
    }

    private void treaty(Context ctx) {
        JsonNode body = Requests.json(ctx);
        var treaty = FoundationRoutes.treatyRef(body);
        PostureRef postures = FoundationRoutes.postureRef(body, "posture", "posture_csv", true, null);
        Answers.json(ctx, door.treaty(treaty, postures, Requests.party("party_a", Requests.text(body, "party_a")),
                Requests.party("party_b", Requests.text(body, "party_b")), Requests.date("date",
                        Requests.text(body, "date")), Requests.text(body, "rule"), "field 'rule'",
                StabilityLimits.SERVER));
    }
}
