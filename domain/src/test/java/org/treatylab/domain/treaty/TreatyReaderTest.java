package org.treatylab.domain.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.Status;

class TreatyReaderTest {
    private static final String MINIMAL = """
            id = draft
            parties = USA, Russia
            entry_into_force = 2011-02-05
            expiry = 2021-02-05
            counting = new-start

            [limit warheads]
            ceiling = 1000 from 2015-01-01
            """;

    private static void fails(String text, String message) {
        assertThatThrownBy(() -> TreatyReader.parse("t.treaty", text)).isInstanceOf(InputException.class)
                .hasMessage(message);
    }

    @Test
    void shippedTreaties_haveTheirPublishedLimits() {
        Treaty ns = Treaties.byId("new-start").orElseThrow();
        assertThat(ns.parties()).containsExactly(Party.US, Party.RU);
        assertThat(ns.limits()).extracting(Limit::id).containsExactly("deployed-launchers", "warheads", "total-launchers");
        assertThat(ns.limits()).extracting(Limit::finalCeiling).containsExactly(700L, 1550L, 800L);
        assertThat(ns.limits()).allSatisfy(l -> assertThat(l.bindingFrom()).isEqualTo(LocalDate.parse("2018-02-05")));
        assertThat(ns.endDate()).isEqualTo(LocalDate.parse("2026-02-05"));
        Treaty start = Treaties.byId("start-1").orElseThrow();
        assertThat(start.limits()).extracting(Limit::id).containsExactly("sndv", "accountable-warheads",
                "ballistic-missile-warheads", "mobile-icbm-warheads", "heavy-icbm-warheads", "heavy-icbms");
        assertThat(start.limit("sndv").orElseThrow().steps()).extracting(LimitStep::status)
                .containsExactly(Status.ESTIMATE, Status.ESTIMATE, Status.CONFIRMED);
        assertThat(start.expiry()).isEqualTo(LocalDate.parse("2009-12-05"));
        Treaty sort = Treaties.byId("sort").orElseThrow();
        assertThat(sort.limit("deployed-warheads").orElseThrow().finalCeiling()).isEqualTo(2200);
    }

    @Test
    void writer_roundTripsEveryShippedTreaty() {
        for (Treaty t : Treaties.shipped()) {
            assertThat(TreatyReader.parse("copy", TreatyWriter.write(t))).isEqualTo(t);
        }
    }

    @Test
    void draft_defaultsAndOptions() {
        Treaty t = TreatyReader.parse("t.treaty", MINIMAL.replace("counting = new-start",
                "counting = new-start\noption.bomber_warheads = assigned"));
        assertThat(t.options()).containsEntry("bomber_warheads", "assigned");
        assertThat(t.name()).isEqualTo("draft");
    }

    @Test
    void badFiles_nameFileLineAndField() {
        fails(MINIMAL.replace("counting = new-start\n", ""), "t.treaty line 6, field 'counting': the treaty has limits "
                + "but no 'counting = RULES' line (known rule sets: [start-1, sort, new-start])");
        fails(MINIMAL.replace("expiry = 2021-02-05", "expiry = 2010-02-05"), "t.treaty line 3, field 'dates': dates out"
                + " of order: expiry 2010-02-05 must be after entry_into_force 2011-02-05");
        fails(MINIMAL.replace("from 2015-01-01", "from 2010-01-01"), "t.treaty line 3, field 'dates': dates out of "
                + "order: limit 'warheads' binds from 2010-01-01, before entry_into_force 2011-02-05");
        fails(MINIMAL.replace("1000 from", "lots from"), "t.treaty line 8, field 'ceiling': expected 'N [from "
                + "YYYY-MM-DD] [unconfirmed] [- note]', got 'lots from 2015-01-01'");
        fails(MINIMAL.replace("ceiling = 1000 from 2015-01-01", "counts = sndv\nceiling = 5"), "t.treaty line 8, "
                + "field 'counts': counting rule set new-start does not count 'sndv' (it counts: [deployed-launchers,"
                + " warheads, total-launchers])");
        fails(MINIMAL.replace("counting = new-start", "counting = salt-2"), "t.treaty line 5, field 'counting': "
                + "unknown counting rule set 'salt-2' (known: [start-1, sort, new-start])");
        fails(MINIMAL + "colour = red\n", "t.treaty line 9, field 'colour': unknown field in [limit warheads] (known: "
                + "[counts, description, ceiling, source] and ceiling[PARTY])");
        fails(MINIMAL.replace("parties = USA, Russia", "parties = USA, Mars"),
                "t.treaty line 2, field 'parties': unknown party 'Mars' (expected US, USA, RU, USSR, Russia, CN, China or PRC)");
        fails(MINIMAL.replace("entry_into_force = 2011-02-05", "entry_into_force = 5 Feb 2011"),
                "t.treaty line 3, field 'entry_into_force': expected a date YYYY-MM-DD, got '5 Feb 2011'");
        fails(MINIMAL + "option.x = 1\n", "t.treaty line 9, field 'option.x': unknown field in [limit warheads] "
                + "(known: [counts, description, ceiling, source] and ceiling[PARTY])");
        fails(MINIMAL.replace("counting = new-start", "counting = new-start\noption.bomber_warheads = all"),
                "t.treaty line 6, field 'option.bomber_warheads': option 'bomber_warheads' expects one of "
                        + "[one, assigned], got 'all'");
        fails(MINIMAL + "[limit warheads]\nceiling = 1\n", "t.treaty line 9, field 'limit': limit 'warheads' is defined twice");
        fails("id = x\n", "t.treaty, field 'parties': missing (e.g. 'parties = US, RU')");
    }
}
