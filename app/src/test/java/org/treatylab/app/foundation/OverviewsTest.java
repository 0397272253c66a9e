package org.treatylab.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.compliance.AggregateSeries;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureReader;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.TreatyDrafts;
import org.treatylab.domain.treaty.Treaty;

class OverviewsTest {
    private static final Treaty NEW_START = Treaties.byId("new-start").orElseThrow();
    // A hand-made exchange: 100 deployed launchers and 1,000 warheads declared on 2020-03-01.
    private static final AggregateSeries SERIES = AggregateSeries.parse("exchange.csv",
            "as_of,us_dv,us_wh,us_l,status\n2020-03-01,100,1000,120,V\n");

    /** 100 deployed missiles with {@code rv} warheads each and 20 more launchers non-deployed. */
    private static Posture posture(int rv) {
        return PostureReader.parse("p.csv", "party,system,category,deployed,non_deployed,warheads_total\n"
                + "US,M,ICBM,100,20," + (100 * rv) + "\n", null).get(0);
    }

    @Test
    void warnings_countMoreThanFivePercentOff_namesLimitPercentAndExchange() {
        // 1,100 counted warheads against 1,000 declared: 10% above; launchers equal.
        List<String> w = Overviews.warnings(NEW_START, posture(11), LocalDate.of(2020, 9, 1), List.of(SERIES));
        assertThat(w).containsExactly("warheads: counted 1,100 is 10.0% above the 1,000 declared on 2020-03-01"
                + " (exchange.csv, status V)");
    }

    @Test
    void warnings_withinFivePercent_orNoExchangeWithinAYear_none() {
        // 10 x 100 = 1,000 warheads: equal; and the same posture 13 months after the exchange has nothing to meet.
        assertThat(Overviews.warnings(NEW_START, posture(10), LocalDate.of(2020, 9, 1), List.of(SERIES))).isEmpty();
        assertThat(Overviews.warnings(NEW_START, posture(11), LocalDate.of(2021, 4, 2), List.of(SERIES))).isEmpty();
    }

    @Test
    void overview_newStart_bothPartiesExchangesAndPostures_everyPostureWithinFivePercent() {
        ComplianceOverview o = new Foundation(new Inputs(TreatyDrafts.NONE)).complianceOverview(new TreatyRef.Id("new-start"));
        assertThat(o.series()).containsExactly("new-start-aggregates");
        assertThat(o.postures()).containsExactly("us-russia-2009", "us-russia-2011", "us-russia-2024");
        assertThat(o.points()).extracting(ComplianceOverview.Point::party).contains("US", "RU");
        // The first exchange as published (State Department, data of 2011-02-05): US 1,800 warheads, confirmed.
        ComplianceOverview.Point first = o.points().stream().filter(p -> p.kind() == ComplianceOverview.Kind.EXCHANGE
                && p.party().equals("US") && p.date().equals(LocalDate.of(2011, 2, 5))).findFirst().orElseThrow();
        assertThat(first.confirmed()).isTrue();
        assertThat(first.limits().get(1).counted()).isEqualTo(1800L);
        assertThat(first.source()).contains("insidedefense.com");
        // README: the shipped 2011 and U.S. 2024 postures are within 3% of their exchanges; Russia's 2024 exchange
        // is 22 months away, outside the window.
        assertThat(o.points()).allMatch(p -> p.warnings().isEmpty());
    }
}
