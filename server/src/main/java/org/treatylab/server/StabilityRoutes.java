package org.treatylab.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.report.StabilitySides;
import org.treatylab.report.StabilityViews;
import org.treatylab.stability.Stability;
import org.treatylab.stability.exchange.ExchangeResult;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.exchange.MonteCarlo;
import org.treatylab.stability.exchange.MonteCarloResult;
import org.treatylab.stability.force.ReductionRule;
import org.treatylab.stability.sweep.SweepReport;

/**
 * Routes over the stability engine: weapon effects, a counterforce exchange, a sweep over warhead ceilings, and the
 * stability consequences of a treaty's ceilings. The JSON is the CLI's ({@link StabilityViews}).
 */
final class StabilityRoutes {
    static final List<Long> DEFAULT_CEILINGS = List.of(6000L, 3000L, 1550L, 1000L, 500L, 300L);
    private final DraftTreaties drafts;

    StabilityRoutes(DraftTreaties drafts) {
        this.drafts = drafts;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/stability/rules", "stability", "Reduction rules a sweep can use")
                        .handle(ctx -> ctx.json(Arrays.stream(ReductionRule.values()).map(StabilityViews::rule)
                                .toList())),
                Route.post("/api/stability/sspk", "stability", "Lethal radius, SSPK and kill probability")
                        .json("{yield_kt, hardness_psi, cep_m, reliability? (1), warheads? (1)}",
                                "{\"yield_kt\": 300, \"hardness_psi\": 2000, \"cep_m\": 120, \"reliability\": 0.8,"
                                        + " \"warheads\": 2}")
                        .handle(this::sspk),
                Route.post("/api/stability/exchange", "stability", "A counterforce first strike, with Monte Carlo")
                        .json("{attacker | attacker_csv, attacker_party?, defender | defender_csv, defender_party?,"
                                + " date?, reserve? (0), trials? (0 = analytic; 2-" + StabilityInput.MAX_TRIALS
                                + "), seed? (1)}",
                                "{\"attacker\": \"us-russia-2009\", \"defender\": \"us-russia-2009\", \"trials\": 1000,"
                                        + " \"seed\": 1}")
                        .answers(404, "no such shipped posture").handle(this::exchange),
                Route.post("/api/stability/sweep", "stability", "Survivors and stability index across warhead ceilings")
                        .json("{posture_a | posture_a_csv, party_a?, posture_b? | posture_b_csv, party_b?, date?,"
                                + " ceilings? ([6000, 3000, 1550, 1000, 500, 300], at most " + StabilityInput.MAX_CEILINGS
                                + "), rule? | rules? (all), cuts? ([90] percent), delivery_vehicles?, damage_exponent?,"
                                + " enemy_weight?, half_value_emt?, reserve?}",
                                "{\"posture_a\": \"us-russia-2009\", \"ceilings\": [6000, 1550, 500],"
                                        + " \"rule\": \"keep-ssbns\"}")
                        .answers(404, "no such shipped posture").handle(this::sweep),
                Route.post("/api/stability/treaty", "stability", "Survivors and index at a treaty's ceilings")
                        .json("{treaty: id | treaty_text: treaty file, posture | posture_csv, date?, rule?"
                                        + " (proportional)}",
                                "{\"treaty\": \"new-start\", \"posture\": \"us-russia-2009\"}")
                        .answers(404, "no such treaty or shipped posture").handle(this::treaty));
    }

    private void sspk(Context ctx) {
        JsonNode body = Requests.json(ctx);
        double yieldKt = StabilityInput.positive(body, "yield_kt", 1e6);
        double hardness = StabilityInput.positive(body, "hardness_psi", 1e6);
        double cep = StabilityInput.positive(body, "cep_m", 1e7);
        double reliability = StabilityInput.decimal(body, "reliability", 1, 0, 1);
        int warheads = (int) Requests.number(body, "warheads", 1, 0, 10_000);
        ctx.json(StabilityViews.sspk(yieldKt, hardness, cep, reliability, warheads));
    }

    private void exchange(Context ctx) {
        JsonNode body = Requests.json(ctx);
        double reserve = StabilityInput.share(body, "reserve");
        int trials = (int) Requests.number(body, "trials", 0, 0, StabilityInput.MAX_TRIALS);
        if (trials == 1) {
            throw ApiError.badRequest("field 'trials' must be 0 (analytic only) or at least 2, got 1");
        }
        long seed = Requests.number(body, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        StabilityInput.Named attacker = StabilityInput.postures(body, "attacker", null);
        StabilityInput.Named defender = StabilityInput.postures(body, "defender", null);
        StabilitySides sides = StabilityInput.sides(body, attacker, "attacker_party", defender, "defender_party");
        if ((long) trials * sides.a().totalWarheads() > StabilityInput.MAX_TRIAL_WARHEADS) {
            throw ApiError.badRequest("field 'trials': " + trials + " trials of " + sides.a().totalWarheads()
                    + " attacking warheads exceed the " + StabilityInput.MAX_TRIAL_WARHEADS + " warhead-trials one"
                    + " request may use; ask for at most " + StabilityInput.MAX_TRIAL_WARHEADS
                    / Math.max(1, sides.a().totalWarheads()) + " trials");
        }
        ExchangeResult r = Stability.exchange(sides.a(), sides.b(), reserve);
        MonteCarloResult mc = trials == 0 ? null : MonteCarlo.run(r.plan(), trials, new SplittableRandom(seed));
        ctx.json(StabilityViews.exchange(r, mc, seed, sides.both()));
    }

    private void sweep(Context ctx) {
        JsonNode body = Requests.json(ctx);
        List<Long> ceilings = StabilityInput.wholeNumbers(body, "ceilings", DEFAULT_CEILINGS, 0,
                StabilityInput.MAX_CEILING, StabilityInput.MAX_CEILINGS);
        List<Double> cuts = StabilityInput.decimals(body, "cuts", List.of(90.0), 0, 100, StabilityInput.MAX_CUTS);
        List<ReductionRule> rules = rules(body);
        long vehicles = Requests.number(body, "delivery_vehicles", -1, 0, StabilityInput.MAX_CEILING);
        FirstStrikeParams params = params(body);
        StabilityInput.Named a = StabilityInput.postures(body, "posture_a", null);
        StabilityInput.Named b = StabilityInput.postures(body, "posture_b", a);
        StabilitySides sides = StabilityInput.sides(body, a, "party_a", b, "party_b");
        SweepReport report = Stability.sweep(sides.a(), sides.b(), ceilings, cuts.stream().map(c -> c / 100).toList(),
                rules, vehicles < 0 ? null : vehicles, params);
        ctx.json(StabilityViews.sweep(report, List.of(StabilityViews.describe(sides.a(), a.source()),
                StabilityViews.describe(sides.b(), b.source()))));
    }

    /** {@code rule} (one id) or {@code rules} (a list of ids), all three rules when neither is given. */
    private static List<ReductionRule> rules(JsonNode body) {
        String one = Requests.text(body, "rule");
        JsonNode many = body.get("rules");
        boolean hasMany = many != null && !many.isNull();
        if (one != null && hasMany) {
            throw ApiError.badRequest("give 'rule' (one id) or 'rules' (a list), not both");
        }
        if (one != null) {
            return List.of(StabilityInput.rule("rule", one));
        }
        if (!hasMany) {
            return List.of(ReductionRule.values());
        }
        if (!many.isArray() || many.isEmpty() || many.size() > ReductionRule.values().length) {
            throw ApiError.badRequest("field 'rules' must be a list of 1 to " + ReductionRule.values().length
                    + " rule ids " + Arrays.stream(ReductionRule.values()).map(ReductionRule::id).toList());
        }
        List<ReductionRule> out = new ArrayList<>();
        for (JsonNode n : many) {
            ReductionRule r = StabilityInput.rule("rules", n.asText());
            if (out.contains(r)) {
                throw ApiError.badRequest("field 'rules' names '" + r.id() + "' twice");
            }
            out.add(r);
        }
        return out;
    }

    private static FirstStrikeParams params(JsonNode body) {
        double exponent = StabilityInput.decimal(body, "damage_exponent", FirstStrikeParams.DEFAULT_EXPONENT, 0.01,
                10);
        double weight = StabilityInput.decimal(body, "enemy_weight", FirstStrikeParams.DEFAULT_ENEMY_WEIGHT, 0, 100);
        double half = StabilityInput.decimal(body, "half_value_emt", FirstStrikeParams.DEFAULT_HALF_VALUE_EMT, 0.01,
                1e6);
        double reserve = StabilityInput.share(body, "reserve");
        try {
            return new FirstStrikeParams(exponent, weight, half, reserve, FirstStrikeParams.DEFAULT_RESOLUTION);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private void treaty(Context ctx) {
        JsonNode body = Requests.json(ctx);
        Treaty t = drafts.fromRequest(body);
        String ruleText = Requests.text(body, "rule");
        ReductionRule rule = ruleText == null ? ReductionRule.PROPORTIONAL : StabilityInput.rule("rule", ruleText);
        StabilityInput.Named postures = StabilityInput.postures(body, "posture", null);
        StabilitySides sides = StabilityInput.sides(body, postures, "party_a", postures, "party_b");
        ctx.json(TreatyStability.of(t, sides, postures.source(), rule));
    }
}
