package org.treatylab.sweep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.forces.Postures;
import org.treatylab.stability.Stability;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ReductionRule;
import org.treatylab.stability.sweep.SweepPoint;
import org.treatylab.stability.sweep.SweepReport;
import org.treatylab.sweep.Jobs;
import org.treatylab.sweep.job.Distribution;
import org.treatylab.sweep.job.JobException;

class PlanTest {

    @Test
    void evaluate_anyIndexAlone_equalsTheSameIndexInSequence() {
        Plan plan = Plan.of(Jobs.stability(6, "1550,500", 9));
        Plan.Evaluator seq = plan.evaluator();
        Object[][] rows = new Object[(int) plan.evaluations()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = seq.evaluate(i);
        }
        for (int i = rows.length - 1; i >= 0; i -= 5) {
            assertThat(plan.evaluator().evaluate(i)).containsExactly(rows[i]);
        }
        // the draw is shared by the grid points of a row: common random numbers across ceilings and rules
        int firstInput = plan.firstInput();
        assertThat(rows[4][firstInput]).isEqualTo(rows[7][firstInput]);
        assertThat(rows[3][firstInput]).isNotEqualTo(rows[4][firstInput]);
    }

    @Test
    void stabilityModel_nothingDrawn_equalsTheStabilityEnginesSweep() {
        Plan plan = Plan.of(Jobs.parse("{'name':'t','kind':'stability-uncertainty','draws':1,"
                + "'model':{'type':'stability','posture_a':'us-russia-2011','party_a':'US','party_b':'RU'},"
                + "'grid':{'ceiling':[1550,700],'rule':['proportional','de-mirv']}}"));
        var postures = Postures.resolve("us-russia-2011", null);
        Force us = Stability.force(Postures.of(postures, org.treatylab.domain.Party.US));
        Force ru = Stability.force(Postures.of(postures, org.treatylab.domain.Party.RU));
        SweepReport oracle = Stability.sweep(us, ru, List.of(1550L, 700L), List.of(),
                List.of(ReductionRule.PROPORTIONAL, ReductionRule.DE_MIRV), null, FirstStrikeParams.DEFAULTS);
        Plan.Evaluator ev = plan.evaluator();
        int out = plan.firstOutput();
        for (int i = 0; i < 4; i++) {
            Object[] row = ev.evaluate(i);
            SweepPoint p = oracle.at(ReductionRule.parse((String) row[3]), (Long) row[2]).orElseThrow();
            assertThat((Double) row[out]).isEqualTo((double) p.a().totalWarheads());
            assertThat((Double) row[out + 2]).isEqualTo(p.assessment().survivorsA());
            assertThat((Double) row[out + 3]).isEqualTo(p.assessment().survivorsB());
            assertThat((Double) row[out + 6]).isEqualTo(p.assessment().index());
        }
    }

    @Test
    void catalogueRange_statedValueOfAWeaponsRange_variesByItsStatusSpread() {
        Plan plan = Plan.of(Jobs.stability(1, "1550", 1));
        // "300-335 use 300" spans two warheads (W87, W78): not the uncertainty of the 300 kt engines use, an
        // assumption, which the job spreads by 30%
        Slot mm3 = plan.slots().stream().filter(s -> s.column().equals("yield_us_lgm_30g_minuteman_iii"))
                .findFirst().orElseThrow();
        assertThat(mm3.distribution().low()).isCloseTo(210, within(1e-9));
        assertThat(mm3.distribution().high()).isCloseTo(390, within(1e-9));
        assertThat(mm3.source()).contains("± 30%").contains("assumption");
        Slot d5 = plan.slots().stream().filter(s -> s.column().equals("yield_us_ugm_133a_trident_ii_d5"))
                .findFirst().orElseThrow();
        assertThat(d5.distribution().low()).isCloseTo(70, within(1e-9));
        assertThat(d5.distribution().high()).isCloseTo(130, within(1e-9));
        // a relative draw on a value of 0 (silos cannot hide) changes nothing and is left out
        assertThat(plan.slots()).noneMatch(s -> s.column().equals("alert_ru_ss_18_m6_satan_r_36m2"));
    }

    @Test
    void drawnValues_followTheirDistribution_andReachTheForces() {
        Plan plan = Plan.of(Jobs.parse("{'name':'t','kind':'stability-uncertainty','draws':400,'seed':3,"
                + "'model':{'type':'stability','posture_a':'us-russia-2011','party_a':'US','party_b':'RU'},"
                + "'vary':[{'name':'load','parameter':'warheads_per_launcher','systems':['LGM-30G Minuteman III'],"
                + "'distribution':{'type':'choice','values':[1,2]}}]}"));
        Plan.Evaluator ev = plan.evaluator();
        int ones = 0;
        for (int i = 0; i < 400; i++) {
            Object[] row = ev.evaluate(i);
            double load = (Double) row[plan.firstInput()];
            double warheadsUs = (Double) row[plan.firstOutput()];
            // 450 Minuteman III carry 450 or 900 warheads; the rest of the US force (1,423) is unchanged
            assertThat(warheadsUs).isEqualTo(1423 + 450 * load);
            ones += load == 1 ? 1 : 0;
        }
        assertThat(ones).isBetween(160, 240);
    }

    @Test
    void prepare_drawOutsideTheParametersDomain_refused() {
        assertThatThrownBy(() -> Plan.of(Jobs.parse("{'name':'t','kind':'stability-uncertainty','draws':1,"
                + "'model':{'type':'stability','posture_a':'us-russia-2011'},'vary':[{'name':'rel','parameter':"
                + "'reliability','systems':['B-2A'],'distribution':{'type':'uniform','low':0.9,'high':1.1}}]}")))
                .isInstanceOf(JobException.class)
                .hasMessage("vary 'rel': draws 1.1 for US B-2A, but reliability must be >= 0 and <= 1, got 1.1");
        assertThatThrownBy(() -> Plan.of(Jobs.parse("{'name':'t','kind':'stability-uncertainty','draws':1,"
                + "'model':{'type':'stability','posture_a':'us-russia-2011'},'vary':[{'name':'c','parameter':"
                + "'cep_m','systems':['Topol'],'distribution':{'type':'uniform','low':1,'high':2}}]}")))
                .isInstanceOf(JobException.class).hasMessage("vary 'c': no system 'Topol' in the forces");
    }

    @Test
    void saltelliDesign_rowsOfASample_shareAAndB() {
        Plan plan = Plan.of(Jobs.ishigami(3, 2));
        assertThat(plan.evaluations()).isEqualTo(15);
        Plan.Evaluator ev = plan.evaluator();
        Object[][] r = new Object[5][];
        for (int i = 0; i < 5; i++) {
            r[i] = ev.evaluate(5 + i);
        }
        int x = plan.firstInput();
        assertThat(r[0][2]).isEqualTo("A");
        assertThat(r[1][2]).isEqualTo("B");
        assertThat(r[3][2]).isEqualTo("AB:x2");
        // AB_2 is A with x2 from B
        assertThat(r[3][x]).isEqualTo(r[0][x]);
        assertThat(r[3][x + 1]).isEqualTo(r[1][x + 1]);
        assertThat(r[3][x + 2]).isEqualTo(r[0][x + 2]);
    }
}
