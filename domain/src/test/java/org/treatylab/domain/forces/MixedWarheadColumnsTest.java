package org.treatylab.domain.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;

/** One posture file may give some rows' warheads per missile and others' as a total, as real declarations do. */
class MixedWarheadColumnsTest {
    private static final String HEADER = "party,system,category,deployed,warheads,warheads_total\n";

    @Test
    void rowsFillingOneColumnEach_areRead_withTheirReentryVehicles() {
        List<Posture> ps = PostureReader.parse("p.csv", HEADER + "US,Minuteman III,ICBM,400,1,\n"
                + "US,Trident II,SLBM,240,,945\n", null);
        List<PostureRow> rows = ps.get(0).rows();
        assertThat(rows.get(0).reentryVehicles()).contains(400L);
        assertThat(rows.get(1).reentryVehicles()).contains(945L);
        assertThat(rows.get(0).attributionPerMissile()).contains(1L);
        assertThat(rows.get(1).attributionPerMissile()).isEmpty();
    }

    @Test
    void aRowFillingBothConsistently_isAccepted() {
        List<Posture> ps = PostureReader.parse("p.csv", HEADER + "US,Minuteman III,ICBM,400,2,800\n", null);
        assertThat(ps.get(0).rows().get(0).reentryVehicles()).contains(800L);
        assertThat(ps.get(0).rows().get(0).attributionPerMissile()).contains(2L);
    }

    @Test
    void aRowFillingBothInconsistently_isRefused_namingTheRow() {
        assertThatThrownBy(() -> PostureReader.parse("p.csv", HEADER + "US,Minuteman III,ICBM,400,1,\n"
                + "US,Trident II,SLBM,240,4,945\n", null)).isInstanceOf(InputException.class)
                .hasMessage("p.csv line 3, column 'warheads_total': is 945, but 'warheads' 4 per missile x 240 deployed "
                        + "is 960; fill one of the two, or both consistently");
    }

    @Test
    void aQuotedNoteWithALineBreak_isOneCell_andLaterRowsKeepTheirLineNumbers() {
        String text = "party,system,category,deployed,note\n"
                + "US,Minuteman III,ICBM,400,\"single warhead,\nper the 2018 review\"\n"
                + "US,Trident II,SLBM,x,\n";
        assertThatThrownBy(() -> PostureReader.parse("p.csv", text, null)).isInstanceOf(InputException.class)
                .hasMessage("p.csv line 4, column 'deployed': expected a whole number, got 'x'");
        List<Posture> ps = PostureReader.parse("p.csv", text.replace(",x,", ",240,"), null);
        assertThat(ps.get(0).rows().get(0).note()).isEqualTo("single warhead,\nper the 2018 review");
        assertThat(ps.get(0).rows().get(1).origin()).isEqualTo("p.csv line 4");
    }
}
