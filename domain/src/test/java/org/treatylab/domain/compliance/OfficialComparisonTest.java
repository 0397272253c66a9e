package org.treatylab.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.treatylab.domain.TestData.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.TestData;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;

class OfficialComparisonTest {
    private static final Treaty NEW_START = Treaties.byId("new-start").orElseThrow();
    private static final AggregateSeries SERIES = AggregateSeries.parse("s.csv", """
            as_of,us_dv,us_wh,us_l,status,source
            2010-01-01,10,30,20,V,first sheet
            2010-06-30,12,40,20,U,
            2011-01-01,14,50,0,V,third sheet
            """);

    /** A US posture on {@code date}: 11 missiles with 33 re-entry vehicles and 4 empty launchers; 2 bombers. */
    static List<Posture> posture(String date) {
        return TestData.csv("""
                party,system,category,deployed,non_deployed,warheads_total,weapons_per_bomber,as_of
                US,M,ICBM,11,4,33,,%s
                US,B,HEAVY_BOMBER,2,0,,1,%s
                """.formatted(date, date));
    }

    @Test
    void nearestExchange_givesCountedDeclaredDifferenceAndPercent() {
        // 2010-08-01 is 32 days after 2010-06-30 and 153 before 2011-01-01. Counted: 11 + 2 = 13 deployed,
        // 33 + 2 x 1 = 35 warheads, 13 + 4 = 17 launchers; declared 12 / 40 / 20.
        OfficialComparison c = OfficialComparison.of(NEW_START, posture("2010-08-01"), SERIES, 12);
        OfficialComparison.PartyComparison us = c.parties().get(0);
        assertThat(us.party()).isEqualTo(Party.US);
        assertThat(us.exchange().asOf()).isEqualTo(d("2010-06-30"));
        assertThat(us.exchange().status()).isEqualTo("U");
        assertThat(us.exchange().confirmed()).isFalse();
        assertThat(us.lines()).extracting(OfficialComparison.Line::limit)
                .containsExactly("deployed-launchers", "warheads", "total-launchers");
        OfficialComparison.Line dv = us.lines().get(0);
        assertThat(List.of(dv.counted(), dv.declared(), dv.difference())).containsExactly(13L, 12L, 1L);
        assertThat(dv.percent()).isCloseTo(100.0 / 12, within(1e-9));
        OfficialComparison.Line wh = us.lines().get(1);
        assertThat(List.of(wh.counted(), wh.declared(), wh.difference())).containsExactly(35L, 40L, -5L);
        assertThat(wh.percent()).isCloseTo(-12.5, within(1e-9));
        assertThat(us.lines().get(2).difference()).isEqualTo(-3L);
        assertThat(c.series()).isEqualTo("s.csv");
        assertThat(c.windowMonths()).isEqualTo(12);
    }

    @Test
    void tie_prefersTheConfirmedRow_thenTheEarlier() {
        // 2010-03-31 is 89 days after 2010-01-01 (V) and 91 before 2010-06-30 (U): no tie, nearest wins.
        assertThat(exchangeOn("2010-03-31", SERIES)).isEqualTo(d("2010-01-01"));
        // 2010-04-01 is 90 days from both: the confirmed row.
        assertThat(exchangeOn("2010-04-01", SERIES)).isEqualTo(d("2010-01-01"));
        AggregateSeries unconfirmedFirst = AggregateSeries.parse("t.csv", """
                as_of,us_dv,status
                2010-01-01,10,U
                2010-06-30,12,V
                """);
        assertThat(exchangeOn("2010-04-01", unconfirmedFirst)).isEqualTo(d("2010-06-30"));
        AggregateSeries bothConfirmed = AggregateSeries.parse("u.csv", """
                as_of,us_dv,status
                2010-01-01,10,V
                2010-06-30,12,V
                """);
        assertThat(exchangeOn("2010-04-01", bothConfirmed)).isEqualTo(d("2010-01-01"));
    }

    static java.time.LocalDate exchangeOn(String date, AggregateSeries s) {
        return OfficialComparison.of(NEW_START, posture(date), s, 12).parties().get(0).exchange().asOf();
    }

    @Test
    void window_excludesExchangesFurtherThanItsMonths() {
        // 2012-02-01 is 13 months after the last row.
        OfficialComparison.PartyComparison far = OfficialComparison.of(NEW_START, posture("2012-02-01"), SERIES, 12)
                .parties().get(0);
        assertThat(far.exchange()).isNull();
        assertThat(far.lines()).isEmpty();
        assertThat(OfficialComparison.of(NEW_START, posture("2012-02-01"), SERIES, 13).parties().get(0).exchange()
                .asOf()).isEqualTo(d("2011-01-01"));
        assertThat(OfficialComparison.of(NEW_START, posture("2012-01-01"), SERIES, 12).parties().get(0).exchange()
                .asOf()).as("exactly 12 months is inside").isEqualTo(d("2011-01-01"));
        assertThatThrownBy(() -> OfficialComparison.of(NEW_START, posture("2012-01-01"), SERIES, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("windowMonths must be >= 0, got -1");
    }

    @Test
    void partyWithoutFigures_hasNoExchange_declaredZero_hasNoPercent() {
        List<Posture> ru = TestData.csv("""
                party,system,category,deployed,warheads_total,as_of
                RU,M,ICBM,1,1,2010-06-30
                """);
        assertThat(OfficialComparison.of(NEW_START, ru, SERIES, 12).parties().get(0).exchange()).isNull();
        OfficialComparison.Line l = OfficialComparison.of(NEW_START, posture("2011-01-01"), SERIES, 12).parties()
                .get(0).lines().get(2);
        assertThat(l.declared()).isZero();
        assertThat(l.percent()).isNull();
    }

    @Test
    void undatedPosture_isAnInputErrorNamingTheParty() {
        List<Posture> undated = TestData.csv("party,system,category,deployed,warheads_total\nUS,M,ICBM,1,1\n");
        assertThatThrownBy(() -> OfficialComparison.of(NEW_START, undated, SERIES, 12))
                .isInstanceOf(InputException.class).hasMessageStartingWith("the posture for US has no date");
    }

    @Test
    void shippedSeries_existForNewStartAndSortOnly() {
        assertThat(OfficialComparison.shippedSeries("new-start")).contains("new-start-aggregates");
        assertThat(OfficialComparison.shippedSeries("sort")).contains("sort-declarations");
        assertThat(OfficialComparison.shippedSeries("start-1")).isEmpty();
        for (String name : AggregateSeries.SHIPPED) {
            assertThat(AggregateSeries.shipped(name)).as(name).isPresent();
        }
    }

    @Test
    void shipped2011Posture_againstTheFirstExchange() {
        OfficialComparison c = OfficialComparison.of(NEW_START,
                org.treatylab.domain.forces.Postures.resolve("us-russia-2011", null),
                AggregateSeries.shipped("new-start-aggregates").orElseThrow(), OfficialComparison.DEFAULT_WINDOW_MONTHS);
        assertThat(c.parties()).allSatisfy(p -> assertThat(p.exchange().asOf()).isEqualTo(d("2011-02-05")));
        assertThat(c.parties().get(0).exchange().source()).contains("2011-06-01");
    }
}
