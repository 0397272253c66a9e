package org.treatylab.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.treatylab.domain.TestData.d;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.TestData;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.treaty.Limit;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;

class ComplianceTest {
    private static final Treaty NEW_START = Treaties.byId("new-start").orElseThrow();
    private static final Treaty START = Treaties.byId("start-1").orElseThrow();
    private static final Treaty SORT = Treaties.byId("sort").orElseThrow();

    @Test
    void verdict_boundaries_areInclusiveOnTheFirstDay() {
        Limit wh = NEW_START.limit("warheads").orElseThrow();
        assertThat(Compliance.verdict(NEW_START, wh, 5000, null)).isNull();
        assertThat(Compliance.verdict(NEW_START, wh, 5000, d("2011-02-04"))).isEqualTo(Verdict.NOT_IN_FORCE);
        assertThat(Compliance.verdict(NEW_START, wh, 5000, d("2011-02-05"))).isEqualTo(Verdict.NOT_YET_BINDING);
        assertThat(Compliance.verdict(NEW_START, wh, 5000, d("2018-02-04"))).isEqualTo(Verdict.NOT_YET_BINDING);
        assertThat(Compliance.verdict(NEW_START, wh, 1551, d("2018-02-05"))).isEqualTo(Verdict.EXCEEDS);
        assertThat(Compliance.verdict(NEW_START, wh, 1550, d("2018-02-05"))).isEqualTo(Verdict.WITHIN);
        assertThat(Compliance.verdict(NEW_START, wh, 1550, d("2026-02-04"))).isEqualTo(Verdict.WITHIN);
        assertThat(Compliance.verdict(NEW_START, wh, 1550, d("2026-02-05"))).isEqualTo(Verdict.EXPIRED);
        assertThat(Compliance.verdict(NEW_START, wh, 9999, d("2030-01-01"))).isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void sort_terminatedBeforeItsLimitBound() {
        Limit l = SORT.limit("deployed-warheads").orElseThrow();
        assertThat(Compliance.verdict(SORT, l, 5000, d("2011-02-04"))).isEqualTo(Verdict.NOT_YET_BINDING);
        assertThat(Compliance.verdict(SORT, l, 5000, d("2011-02-05"))).isEqualTo(Verdict.EXPIRED);
        assertThat(Compliance.verdict(SORT, l, 5000, d("2012-12-31"))).isEqualTo(Verdict.EXPIRED);
        assertThat(SORT.endDate()).isEqualTo(d("2011-02-05"));
    }

    @Test
    void startOnePhases_reportTheCeilingBindingThatDay() {
        Limit sndv = START.limit("sndv").orElseThrow();
        assertThat(sndv.ceilingOn(d("1995-01-01"))).isEqualTo(2100);
        assertThat(Compliance.verdict(START, sndv, 2000, d("1997-12-04"))).isEqualTo(Verdict.NOT_YET_BINDING);
        assertThat(Compliance.verdict(START, sndv, 2000, d("1997-12-05"))).isEqualTo(Verdict.WITHIN);
        assertThat(Compliance.verdict(START, sndv, 2000, d("1999-12-05"))).isEqualTo(Verdict.EXCEEDS);
        assertThat(sndv.ceilingOn(d("2001-12-05"))).isEqualTo(1600);
        assertThat(Compliance.verdict(START, sndv, 1600, d("2009-12-04"))).isEqualTo(Verdict.WITHIN);
        assertThat(Compliance.verdict(START, sndv, 1600, d("2009-12-05"))).isEqualTo(Verdict.EXPIRED);
        assertThat(sndv.ceilingOn(null)).isEqualTo(1600);
    }

    @Test
    void newStartSeries_noExceedsBeforeBinding_confirmedRowsWithinAfter() {
        AggregateSeries series = AggregateSeries.shipped("new-start-aggregates").orElseThrow();
        List<PartyResult> results = Compliance.assess(NEW_START, series);
        assertThat(results).hasSizeGreaterThan(40);
        LocalDate binding = d("2018-02-05");
        for (PartyResult r : results) {
            for (LimitResult l : r.limits()) {
                if (r.date().isBefore(binding)) {
                    assertThat(l.verdict()).as(r + " " + l).isIn(Verdict.NOT_YET_BINDING, null);
                } else if (r.confirmed() && l.counted() != null) {
                    assertThat(l.verdict()).as(r + " " + l).isEqualTo(Verdict.WITHIN);
                }
            }
        }
        PartyResult ru2016 = results.stream().filter(r -> r.party() == Party.RU && r.date().equals(d("2016-09-01")))
                .findFirst().orElseThrow();
        assertThat(ru2016.limit("warheads").counted()).isEqualTo(1796);
        assertThat(ru2016.limit("warheads").verdict()).isEqualTo(Verdict.NOT_YET_BINDING);
        assertThat(ru2016.limit("warheads").requiredCut()).isEqualTo(246);
        // 2023-03-01: Russia provided no data: blank cells give verdict null.
        PartyResult ru2023 = results.stream().filter(r -> r.party() == Party.RU && r.date().equals(d("2023-03-01")))
                .findFirst().orElseThrow();
        assertThat(ru2023.limits()).allSatisfy(l -> {
            assertThat(l.counted()).isNull();
            assertThat(l.verdict()).isNull();
        });
        long confirmedAfter = results.stream().filter(r -> !r.date().isBefore(binding) && r.confirmed()).count();
        assertThat(confirmedAfter).isGreaterThanOrEqualTo(10);
    }

    @Test
    void syntheticRows_overALimitAfterBinding_exceed_andAfterExpiry_expire() {
        AggregateSeries s = AggregateSeries.parse("synthetic.csv", """
                as_of,us_dv,us_wh,us_l,status
                2019-03-01,701,1500,800,V
                2026-02-05,650,1400,790,V
                """);
        List<PartyResult> r = Compliance.assess(NEW_START, s);
        assertThat(r.get(0).limit("deployed-launchers").verdict()).isEqualTo(Verdict.EXCEEDS);
        assertThat(r.get(0).limit("deployed-launchers").requiredCut()).isEqualTo(1);
        assertThat(r.get(0).limit("warheads").verdict()).isEqualTo(Verdict.WITHIN);
        assertThat(r.get(0).limit("total-launchers").margin()).isZero();
        assertThat(r.get(1).limits()).allSatisfy(l -> assertThat(l.verdict()).isEqualTo(Verdict.EXPIRED));
        assertThat(r).allSatisfy(x -> assertThat(x.party()).isEqualTo(Party.US));
    }

    @Test
    void series_limitIdColumns_andErrors() {
        AggregateSeries s = AggregateSeries.parse("s.csv", "as_of,usa_sndv,ussr_sndv\n2005-01-01,1200,1700\n");
        List<PartyResult> r = Compliance.assess(START, s);
        assertThat(r.get(1).limit("sndv").verdict()).isEqualTo(Verdict.EXCEEDS);
        assertThat(r.get(0).limit("accountable-warheads").verdict()).isNull();
        assertThatThrownBy(() -> Compliance.assess(SORT, s)).isInstanceOf(InputException.class)
                .hasMessage("s.csv: no column matches a limit of sort (limits: [deployed-warheads])");
        assertThatThrownBy(() -> AggregateSeries.parse("s.csv", "as_of,us_wh\n2019-01-01,lots\n"))
                .hasMessage("s.csv line 2, column 'us_wh': expected a whole number, got 'lots'");
        assertThatThrownBy(() -> AggregateSeries.parse("s.csv", "as_of,us_wh\n2019-01-01,1\n2018-01-01,1\n"))
                .hasMessage("s.csv line 3, column 'as_of': dates out of order: 2018-01-01 after 2019-01-01");
        assertThatThrownBy(() -> AggregateSeries.parse("s.csv", "as_of,fr_wh\n2019-01-01,1\n"))
                .hasMessageContaining("unknown party 'fr'");
    }

    @Test
    void assessPosture_usesItsOwnDate_andRejectsNonParties() {
        Posture p = TestData.one("party,system,category,deployed,warheads,as_of\nUS,M,ICBM,800,2,2019-01-01\n");
        PartyResult r = Compliance.assess(NEW_START, p, null);
        assertThat(r.date()).isEqualTo(d("2019-01-01"));
        assertThat(r.limit("deployed-launchers").verdict()).isEqualTo(Verdict.EXCEEDS);
        assertThat(r.limit("warheads").verdict()).isEqualTo(Verdict.EXCEEDS);
        assertThat(r.limit("warheads").requiredCut()).isEqualTo(50);
        PartyResult undated = Compliance.assess(NEW_START, TestData.one(
                "party,system,category,deployed,warheads\nUS,M,ICBM,800,2\n"), null);
        assertThat(undated.limits()).allSatisfy(l -> assertThat(l.verdict()).isNull());
    }
}
