package org.treatylab.domain.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.compliance.Compliance;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.domain.forces.PostureRow;

/** The treaty file's per-party ceilings: {@code ceiling[PARTY] = ...} lines, read, written and applied. */
class PerPartyLimitsTest {
    private static final String TEXT = """
            id = t3
            parties = US, RU, China
            entry_into_force = 2030-01-01
            counting = new-start
            [limit warheads]
            ceiling = 1550 from 2032-01-01
            ceiling[CN] = 800 from 2032-01-01 assumption - a lower ceiling
            ceiling[CN] = 900 from 2034-01-01 assumption - raised later
            [limit deployed-launchers]
            ceiling = 700
            ceiling[PRC] = none
            """;

    @Test
    void perPartyCeilings_replaceTheCommonOnesForThatParty() {
        Treaty t = TreatyReader.parse("t3.treaty", TEXT);
        assertThat(t.parties()).containsExactly(Party.US, Party.RU, Party.CN);
        Limit w = t.limit("warheads").orElseThrow();
        assertThat(w.perParty()).isTrue();
        assertThat(w.ceilingOn(Party.US, LocalDate.of(2035, 1, 1))).isEqualTo(1550);
        assertThat(w.ceilingOn(Party.CN, LocalDate.of(2033, 1, 1))).isEqualTo(800);
        assertThat(w.ceilingOn(Party.CN, LocalDate.of(2035, 1, 1))).isEqualTo(900);
        assertThat(w.steps(Party.CN).get(0).note()).isEqualTo("a lower ceiling");
        Limit dv = t.limit("deployed-launchers").orElseThrow();
        assertThat(dv.limits(Party.CN)).isFalse();
        assertThat(dv.limits(Party.RU)).isTrue();
    }

    @Test
    void aPartyWithoutALimit_hasNoResultForIt() {
        Treaty t = TreatyReader.parse("t3.treaty", TEXT);
        var cn = new org.treatylab.domain.forces.Posture(Party.CN, null, List.of(PostureRow.deployed(Party.CN, "DF-41",
                org.treatylab.domain.Category.MOBILE_ICBM, 300, 3L)));
        PartyResult r = Compliance.assess(t, cn, LocalDate.of(2035, 1, 1));
        assertThat(r.limits()).extracting(l -> l.id()).containsExactly("warheads");
        assertThat(r.limit("warheads").counted()).isEqualTo(900);
        assertThat(r.limit("warheads").verdict().name()).isEqualTo("WITHIN");
    }

    @Test
    void writer_roundTripsPerPartyLines() {
        for (Treaty t : List.of(TreatyReader.parse("t3.treaty", TEXT), Treaties.byId("trilateral-framework")
                .orElseThrow())) {
            String text = TreatyWriter.write(t);
            Treaty again = TreatyReader.parse("again.treaty", text);
            assertThat(again.limits()).isEqualTo(t.limits());
            assertThat(again.parties()).isEqualTo(t.parties());
        }
        assertThat(TreatyWriter.write(TreatyReader.parse("t3.treaty", TEXT))).contains("ceiling[CN] = none\n")
                .contains("ceiling[CN] = 800 from 2032-01-01 assumption - a lower ceiling\n");
    }

    @Test
    void badPerPartyLines_nameTheLineAndTheParty() {
        fails(TEXT.replace("ceiling[PRC] = none", "ceiling[FR] = 5"), "t3.treaty line 11, field 'ceiling[FR]': "
                + "unknown party 'FR' (expected US, USA, RU, USSR, Russia, CN, China or PRC)");
        fails(TEXT.replace("parties = US, RU, China", "parties = US, RU"), "t3.treaty line 7, field 'ceiling[CN]': CN "
                + "is not a party to this treaty (parties: [US, RU])");
        fails(TEXT.replace("ceiling[PRC] = none", "ceiling[PRC] = none\nceiling[CN] = 5"), "t3.treaty line 12, field "
                + "'ceiling[CN]': 'none' must be the only ceiling of CN");
        fails(TEXT.replace("ceiling = 700\n", ""), "t3.treaty line 9, field 'ceiling': limit 'deployed-launchers' has "
                + "no 'ceiling = N [from DATE]' line (the common ceiling, for parties without a ceiling[PARTY] line)");
        fails(TEXT.replace("ceiling[CN] = 900 from 2034-01-01", "ceiling[CN] = 900 from 2031-01-01"), "t3.treaty line "
                + "5, field 'ceiling': limit 'warheads'[CN]: ceilings must be in increasing date order, got 2032-01-01 "
                + "then 2031-01-01");
    }

    private static void fails(String text, String message) {
        assertThatThrownBy(() -> TreatyReader.parse("t3.treaty", text)).isInstanceOf(InputException.class)
                .hasMessage(message);
    }
}
