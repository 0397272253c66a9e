package org.treatylab.domain.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Category;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;

class PostureReaderTest {
    private static List<Posture> read(String text) {
        return PostureReader.parse("p.csv", text, null);
    }

    private static void fails(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(InputException.class).hasMessage(message);
    }

    @Test
    void columnsInAnyOrder_commentsAndAliases_groupByPartyAndDate() {
        List<Posture> ps = PostureReader.parse("p.csv", """
                # comment
                deployed,category,system,party,as_of
                10,ICBM,A,USSR,2001-01-01

                20,SLBM,B,usa,
                5,ICBM,C,Russia,2001-01-01
                """, LocalDate.parse("2000-06-01"));
        assertThat(ps).hasSize(2);
        assertThat(ps.get(0).party()).isEqualTo(Party.US);
        assertThat(ps.get(0).asOf()).isEqualTo(LocalDate.parse("2000-06-01"));
        assertThat(ps.get(1).party()).isEqualTo(Party.RU);
        assertThat(ps.get(1).rows()).extracting(PostureRow::system).containsExactly("A", "C");
        assertThat(ps.get(1).rows().get(0).category()).isEqualTo(Category.ICBM);
    }

    @Test
    void badInput_namesFileLineAndColumn() {
        fails("party,system,category\nUS,A,ICBM\n", "p.csv line 1: missing required column 'deployed' in header");
        fails("party,system,category,deployed\nUS,A,ICBM,-3\n",
                "p.csv line 2, column 'deployed': must not be negative, got -3");
        fails("party,system,category,deployed\nUS,A,ICBM,ten\n",
                "p.csv line 2, column 'deployed': expected a whole number, got 'ten'");
        fails("party,system,category,deployed\nUS,A,CRUISE,1\n", "p.csv line 2, column 'category': unknown category"
                + " 'CRUISE' (expected ICBM, MOBILE_ICBM, HEAVY_ICBM, SLBM, HEAVY_BOMBER or MEDIUM_BOMBER)");
        fails("party,system,category,deployed\nUK,A,ICBM,1\n",
                "p.csv line 2, column 'party': unknown party 'UK' (expected US, USA, RU, USSR, Russia, CN, China or PRC)");
        fails("party,system,category,deployed\nUS,A,ICBM,\n", "p.csv line 2, column 'deployed': is empty (a value is required)");
        fails("party,system,category,deployed,deploid\nUS,A,ICBM,1,2\n", "p.csv line 1, column 'deploid': unknown column"
                + " (known: alcm_equipped, as_of, attribution, category, converted, deployed, non_deployed, note, party,"
                + " source, status, system, test, warheads, warheads_total, weapons_per_bomber)");
        fails("party,system,category,deployed,as_of\nUS,A,ICBM,1,2001-13-01\n",
                "p.csv line 2, column 'as_of': expected a date YYYY-MM-DD, got '2001-13-01'");
        fails("party,system,category,deployed,alcm_equipped\nUS,A,ICBM,1,4\n",
                "p.csv line 2, column 'alcm_equipped': applies to HEAVY_BOMBER and MEDIUM_BOMBER rows, not to ICBM");
        fails("party,system,category,deployed\nUS,A,ICBM,1\nUS,a,SLBM,2\n", "p.csv line 3: system 'a' listed twice for US");
        fails("party,system,category,deployed,reliability\nUS,A,ICBM,1,1.5\n",
                "p.csv line 2, column 'reliability': reliability must be >= 0 and <= 1, got 1.5");
        fails("# only a comment\n", "p.csv: no header line (the file is empty or only comments)");
        fails("party,system,category,deployed\n", "p.csv: no posture rows");
        fails("party,system,category,deployed\nUS,A,ICBM,1,2\n", "p.csv line 2: has 5 cells, the header has 4");
    }

    @Test
    void parameterColumns_areKeptAsOverrides() {
        Posture p = read("party,system,category,deployed,yield_kt,cep_m\nUS,A,ICBM,1,300,120\n").get(0);
        assertThat(p.rows().get(0).overrides()).containsEntry(SystemParameter.YIELD_KT, 300.0)
                .containsEntry(SystemParameter.CEP_M, 120.0);
    }

    @Test
    void shippedPostures_allRead() {
        for (String name : Postures.SHIPPED) {
            assertThat(Postures.resolve(name, null)).as(name).isNotEmpty();
        }
        assertThatThrownBy(() -> Postures.resolve("/no/such.csv", null))
                .hasMessageStartingWith("/no/such.csv: no such file");
    }
}
