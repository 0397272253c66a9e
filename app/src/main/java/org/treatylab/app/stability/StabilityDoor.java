package org.treatylab.app.stability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.treatylab.app.foundation.Inputs;
import org.treatylab.app.foundation.PostureRef;
import org.treatylab.app.foundation.TreatyRef;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.stability.Stability;
import org.treatylab.stability.effects.WeaponEffects;
import org.treatylab.stability.exchange.ExchangeResult;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.exchange.MonteCarlo;
import org.treatylab.stability.exchange.MonteCarloResult;
import org.treatylab.stability.force.ReductionRule;
import org.treatylab.stability.sweep.SweepPoint;
import org.treatylab.stability.sweep.SweepReport;

/**
 * The stability front door: weapon effects, a counterforce exchange, a sweep over warhead ceilings, and what a treaty's
 * ceilings mean for first-strike stability. Every use case picks its two sides the same way ({@link Sides}).
 */
public final class StabilityDoor {
    /** The model's defaults: damage exponent and enemy weight (unconfirmed), half-value EMT (an assumption). */
    public static final StrikeModel DEFAULT_MODEL = new StrikeModel(FirstStrikeParams.DEFAULT_EXPONENT,
            FirstStrikeParams.DEFAULT_ENEMY_WEIGHT, FirstStrikeParams.DEFAULT_HALF_VALUE_EMT, 0);
    private final Inputs inputs;

    public StabilityDoor(Inputs inputs) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
    }

    /**
     * The first-strike model's parameters.
     *
     * @param reserve the share of each missile system a striker holds back, in [0, 1)
     */
    public record StrikeModel(double damageExponent, double enemyWeight, double halfValueEmt, double reserve) {
    }

    /** The reduction rules, in order. */
    public List<RuleView> rules() {
        return Arrays.stream(ReductionRule.values()).map(StabilityViews::rule).toList();
    }

    /** Lethal radius, SSPK, TKP and the kill probability of {@code warheads} independent warheads on one target. */
    public SspkResult sspk(double yieldKt, double hardnessPsi, double cepM, double reliability, int warheads) {
        double lr = WeaponEffects.lethalRadiusM(yieldKt, hardnessPsi);
        double sspk = WeaponEffects.sspk(lr, cepM);
        double tkp = WeaponEffects.tkp(reliability, sspk);
        return new SspkResult(lr, sspk, tkp, WeaponEffects.killProbability(tkp, warheads));
    }

    /**
     * One side's largest counterforce first strike on the other, with a seeded Monte Carlo replay when
     * {@code trials > 0}.
     */
    public ExchangeReport exchange(Side attacker, Side defender, LocalDate date, double reserve, int trials, long seed,
            StabilityLimits limits) {
        Sides sides = Sides.pick(inputs, attacker, defender, date, limits);
        if ((long) trials * sides.a().totalWarheads() > limits.maxTrialWarheads()) {
            throw new InputException("field 'trials': " + trials + " trials of " + sides.a().totalWarheads()
                    + " attacking warheads exceed the " + limits.maxTrialWarheads() + " warhead-trials one request may"
                    + " use; ask for at most " + limits.maxTrialWarheads() / Math.max(1, sides.a().totalWarheads())
                    + " trials");
        }
        ExchangeResult r = Stability.exchange(sides.a(), sides.b(), reserve);
        MonteCarloResult mc = trials == 0 ? null : MonteCarlo.run(r.plan(), trials, new SplittableRandom(seed));
        return StabilityViews.exchange(r, mc, seed, Stability.exchangeAssumptions(), sides.a(), sides.b());
    }

    /**
     * A sweep's request.
     *
     * @param b side B, or null for side A's postures (their other party)
     * @param cutPercents each side also cut by these percentages of its own warheads, each in [0, 100)
     * @param rules reduction rule ids, or empty for all three
     * @param rulesField the request field that named the rules, for messages
     * @param deliveryVehicles a ceiling on deployed delivery vehicles at every point, or null
     */
    public record SweepRequest(Side a, Side b, LocalDate date, List<Long> ceilings, List<Double> cutPercents,
            List<String> rules, String rulesField, Long deliveryVehicles, StrikeModel model) {
        public SweepRequest {
            Objects.requireNonNull(a, "a");
            ceilings = List.copyOf(ceilings);
            cutPercents = List.copyOf(cutPercents);
            rules = List.copyOf(rules);
            Objects.requireNonNull(model, "model");
        }
    }

    /** Both sides cut to each ceiling by each rule, and each by each share of its own warheads, and assessed. */
    public SweepResult sweep(SweepRequest r, StabilityLimits limits) {
        List<ReductionRule> rules = rules(r.rules(), r.rulesField());
        FirstStrikeParams params = params(r.model());
        Side b = r.b() != null ? r.b() : new Side(r.a().postures(), null);
        Sides sides = Sides.pick(inputs, r.a(), b, r.date(), limits);
        SweepReport report = Stability.sweep(sides.a(), sides.b(), r.ceilings(),
                r.cutPercents().stream().map(c -> c / 100).toList(), rules, r.deliveryVehicles(), params);
        List<SweepResult.SweepPoint> points = new ArrayList<>();
        for (SweepPoint p : report.points()) {
            ForcesView f = StabilityViews.forces(p.a(), p.b(), p.assessment());
            points.add(new SweepResult.SweepPoint(p.rule().id(), p.ceiling(), p.cutShare(), f.aWarheads(), f.bWarheads(),
                    f.aVehicles(), f.bVehicles(), f.aSurvivors(), f.bSurvivors(), f.assessment()));
        }
        FirstStrikeParams pp = report.params();
        return new SweepResult(report.a().party().code(), report.b().party().code(), sides.described(),
                new SweepResult.SweepParams(pp.damageExponent(), pp.enemyWeight(), pp.halfValueEmt(), pp.reserve(),
                        report.launcherCeiling()),
                points, report.rules().stream().map(StabilityViews::rule).toList(), Stability.modelAssumptions(pp),
                StabilityViews.parameters(report.a(), report.b()), StabilityViews.forces(report.a(), report.b()));
    }

    /**
     * The stability consequences of a treaty's ceilings for both parties of {@code postures}: see
     * {@link TreatyStability}.
     *
     * @param rule a reduction rule id, or null for proportional
     * @param ruleField the request field that named the rule, for messages
     */
    public TreatyConsequences treaty(TreatyRef treaty, PostureRef postures, Party partyA, Party partyB,
            LocalDate date, String rule, String ruleField, StabilityLimits limits) {
        var t = inputs.treaty(treaty);
        ReductionRule r = rule == null ? ReductionRule.PROPORTIONAL : rules(List.of(rule), ruleField).get(0);
        Sides sides = Sides.pick(inputs, new Side(postures, partyA), new Side(postures, partyB), date, limits);
        return TreatyStability.of(t, sides, postures.source(), r);
    }

    /** Rule ids as rules; every problem names the request field. Empty: all three. */
    private static List<ReductionRule> rules(List<String> ids, String field) {
        if (ids.isEmpty()) {
            return List.of(ReductionRule.values());
        }
        List<ReductionRule> out = new ArrayList<>();
        for (String id : ids) {
            ReductionRule r;
            try {
                r = ReductionRule.parse(id);
            } catch (IllegalArgumentException e) {
                throw new InputException(field + ": " + e.getMessage());
            }
            if (out.contains(r)) {
                throw new InputException(field + " names '" + r.id() + "' twice");
            }
            out.add(r);
        }
        return out;
    }

    private static FirstStrikeParams params(StrikeModel m) {
        try {
            return new FirstStrikeParams(m.damageExponent(), m.enemyWeight(), m.halfValueEmt(), m.reserve(),
                    FirstStrikeParams.DEFAULT_RESOLUTION);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }
}
