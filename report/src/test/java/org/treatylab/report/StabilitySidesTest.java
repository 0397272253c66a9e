package org.treatylab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureReader;

class StabilitySidesTest {
    private static final String HEADER = "party,system,category,deployed,warheads_total,yield_kt,cep_m,as_of\n";
    private static final List<Posture> BOTH = PostureReader.parse("both.csv", HEADER
            + "RU,Silo,ICBM,10,30,500,200,2009-01-01\n"
            + "US,Silo,ICBM,20,20,300,120,2009-01-01\n", null);
    private static final List<Posture> DATED = PostureReader.parse("dated.csv", HEADER
            + "US,Silo,ICBM,20,20,300,120,2009-01-01\n"
            + "US,Silo,ICBM,12,12,300,120,2015-01-01\n", null);

    @Test
    void pick_oneFileBothParties_firstPartyIsSideAAndTheOtherSideB() {
        StabilitySides s = StabilitySides.pick(BOTH, "both.csv", null, BOTH, "both.csv", null, null);
        assertThat(s.a().party()).isEqualTo(Party.RU);
        assertThat(s.a().totalWarheads()).isEqualTo(30);
        assertThat(s.b().party()).isEqualTo(Party.US);
        StabilitySides us = StabilitySides.pick(BOTH, "both.csv", Party.US, BOTH, "both.csv", null, null);
        assertThat(us.a().party()).isEqualTo(Party.US);
        assertThat(us.b().party()).isEqualTo(Party.RU);
        assertThat(us.both()).containsExactly(us.a(), us.b());
    }

    @Test
    void pick_twoFilesOfOneParty_sideBTakesItsOnlyParty() {
        StabilitySides s = StabilitySides.pick(DATED, "dated.csv", null, BOTH, "both.csv", Party.US,
                LocalDate.of(2010, 6, 1));
        assertThat(s.a().party()).isEqualTo(Party.US);
        assertThat(s.a().totalWarheads()).isEqualTo(20);
        assertThat(s.b().party()).isEqualTo(Party.US);
    }

    @Test
    void pick_dates_latestOnOrBeforeTheDate_elseANamedError() {
        StabilitySides later = StabilitySides.pick(DATED, "dated.csv", null, BOTH, "both.csv", null,
                LocalDate.of(2020, 1, 1));
        assertThat(later.a().totalWarheads()).isEqualTo(12);
        assertThatThrownBy(() -> StabilitySides.pick(DATED, "dated.csv", null, BOTH, "both.csv", null, null))
                .isInstanceOf(InputException.class).hasMessage("dated.csv: 2 dates for US; give a date");
        assertThatThrownBy(() -> StabilitySides.pick(DATED, "dated.csv", null, BOTH, "both.csv", null,
                LocalDate.of(2000, 1, 1))).isInstanceOf(InputException.class)
                .hasMessage("dated.csv: no posture for US on or before 2000-01-01");
        assertThatThrownBy(() -> StabilitySides.pick(DATED, "dated.csv", Party.RU, BOTH, "both.csv", null, null))
                .isInstanceOf(InputException.class).hasMessage("dated.csv: no posture rows for RU");
    }
}
