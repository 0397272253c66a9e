package org.treatylab.app.stability;

import java.util.List;
import org.treatylab.stability.ParameterUse;
import org.treatylab.stability.exchange.Assessment;
import org.treatylab.stability.exchange.ExchangeResult;
import org.treatylab.stability.exchange.MonteCarloResult;
import org.treatylab.stability.exchange.Strike;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceSystem;
import org.treatylab.stability.force.ReductionRule;

/** The stability engine's results as the door's records: a one-to-one copy, nothing computed. */
final class StabilityViews {
    private StabilityViews() {
    }

    static RuleView rule(ReductionRule r) {
        return new RuleView(r.id(), r.description());
    }

    static List<ParameterUseView> parameters(Force... forces) {
        return ParameterUse.of(forces).stream().map(u -> new ParameterUseView(u.party().code(), u.system(),
                u.parameter(), Double.isNaN(u.value()) ? null : u.value(), u.origin().kind().label(),
                u.origin().where(), u.origin().status() == null ? null : u.origin().status().label(),
                u.origin().note())).toList();
    }

    static List<ForceRow> forces(Force... forces) {
        List<ForceRow> out = new java.util.ArrayList<>();
        for (Force f : forces) {
            for (ForceSystem s : f.systems()) {
                out.add(new ForceRow(f.party().code(), s.profile().name(), s.launchers(), s.warheads()));
            }
        }
        return out;
    }

    static StrikeView strike(Strike s) {
        return new StrikeView(s.attackerWarheads(), s.defenderWarheads(), s.fullStrikeUsed(), s.fullStrikeSurvivors(),
                s.attackSize(), s.survivorsAtAttackSize(), s.attackerDamage(), s.defenderDamage(), s.attackerCost(),
                s.defenderCost());
    }

    static AssessmentView assessment(Assessment a) {
        return new AssessmentView(a.a().code(), a.b().code(), a.index(), a.ratioA(), a.ratioB(), strike(a.aFirst()),
                strike(a.bFirst()));
    }

    static ForcesView forces(Force a, Force b, Assessment assessment) {
        return new ForcesView(a.totalWarheads(), b.totalWarheads(), a.totalLaunchers(), b.totalLaunchers(),
                assessment.survivorsA(), assessment.survivorsB(), assessment(assessment));
    }

    static ExchangeReport exchange(ExchangeResult r, MonteCarloResult mc, long seed, List<String> assumptions,
            Force... sides) {
        return new ExchangeReport(r.defenderSurvivingWarheads(), r.attackerWarheadsUsed(), r.attackerWarheadsLeft(),
                r.bySystem().stream().map(s -> new ExchangeReport.SystemOutcome(s.system(), s.warheads(), s.surviving(),
                        s.untargetable(), s.aimpoints())).toList(),
                mc == null ? null : new ExchangeReport.MonteCarlo(mc.mean(), List.of(mc.ci95Low(), mc.ci95High()),
                        mc.trials(), seed, mc.stdDev()),
                r.attacker().code(), r.defender().code(), r.reserve(), r.attackerWarheads(), r.defenderWarheads(),
                r.weapons().stream().map(w -> new ExchangeReport.WeaponUse(w.system(), w.warheads(), w.used(),
                        w.counterforce())).toList(),
                parameters(sides), assumptions, forces(sides));
    }
}
