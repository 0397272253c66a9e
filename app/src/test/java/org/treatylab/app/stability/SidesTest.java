package org.treatylab.app.stability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatylab.app.foundation.Inputs;
import org.treatylab.app.foundation.PostureRef;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.treaty.TreatyDrafts;

/** How every stability use case picks its two sides from posture files. */
class SidesTest {
    private static final String HEADER = "party,system,category,deployed,warheads_total,yield_kt,cep_m,as_of\n";
    private static final PostureRef BOTH = new PostureRef.Csv(HEADER
            + "RU,Silo,ICBM,10,30,500,200,2009-01-01\n"
            + "US,Silo,ICBM,20,20,300,120,2009-01-01\n", "both.csv");
    private static final PostureRef DATED = new PostureRef.Csv(HEADER
            + "US,Silo,ICBM,20,20,300,120,2009-01-01\n"
            + "US,Silo,ICBM,12,12,300,120,2015-01-01\n", "dated.csv");
    private final Inputs inputs = new Inputs(TreatyDrafts.NONE);

    private Sides pick(PostureRef a, Party pa, PostureRef b, Party pb, LocalDate date) {
        return Sides.pick(inputs, new Side(a, pa), new Side(b, pb), date, StabilityLimits.NONE);
    }

    @Test
    void pick_oneFileBothParties_firstPartyIsSideAAndTheOtherSideB() {
        Sides s = pick(BOTH, null, BOTH, null, null);
        assertThat(s.a().party()).isEqualTo(Party.RU);
        assertThat(s.a().totalWarheads()).isEqualTo(30);
        assertThat(s.b().party()).isEqualTo(Party.US);
        Sides us = pick(BOTH, Party.US, BOTH, null, null);
        assertThat(us.a().party()).isEqualTo(Party.US);
        assertThat(us.b().party()).isEqualTo(Party.RU);
    }

    @Test
    void pick_twoFilesOfOneParty_sideBTakesItsOnlyParty() {
        Sides s = pick(DATED, null, BOTH, Party.US, LocalDate.of(2010, 6, 1));
        assertThat(s.a().party()).isEqualTo(Party.US);
        assertThat(s.a().totalWarheads()).isEqualTo(20);
        assertThat(s.b().party()).isEqualTo(Party.US);
    }

    @Test
    void pick_dates_latestOnOrBeforeTheDate_elseANamedError() {
        assertThat(pick(DATED, null, BOTH, null, LocalDate.of(2020, 1, 1)).a().totalWarheads()).isEqualTo(12);
        assertThatThrownBy(() -> pick(DATED, null, BOTH, null, null))
                .isInstanceOf(InputException.class).hasMessage("dated.csv: 2 dates for US; give a date");
        assertThatThrownBy(() -> pick(DATED, null, BOTH, null, LocalDate.of(2000, 1, 1)))
                .isInstanceOf(InputException.class).hasMessage("dated.csv: no posture for US on or before 2000-01-01");
        assertThatThrownBy(() -> pick(DATED, Party.RU, BOTH, null, null))
                .isInstanceOf(InputException.class).hasMessage("dated.csv: no posture rows for RU");
    }

    @Test
    void pick_aSideAboveTheServersBounds_isRefusedNamingTheParty() {
        PostureRef huge = new PostureRef.Csv("party,system,category,deployed,warheads_total\nUS,X,ICBM,4000,40000\n",
                "huge.csv");
        assertThatThrownBy(() -> Sides.pick(inputs, new Side(huge, null), new Side(BOTH, null), null,
                StabilityLimits.SERVER)).hasMessageContaining("the posture of US is too large to assess here");
    }
}
