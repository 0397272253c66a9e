package org.treatylab.domain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;

class CsvTableTest {
    @Test
    void quotedCells_holdCommasDoubledQuotesAndLineBreaks_crlfAndBomToo() {
        CsvTable t = CsvTable.parse("t.csv", "\uFEFF# a comment\r\nname, note\r\n"
                + "a, \"one, two\"\r\n"
                + "b,\"say \"\"hi\"\"\r\nthen go\"\r\n"
                + "\r\n"
                + "  # indented comment\r\n"
                + "c,plain\r\n");
        assertThat(t.columnNames()).containsExactly("name", "note");
        assertThat(t.rows()).extracting(r -> r.text("note")).containsExactly("one, two", "say \"hi\"\r\nthen go",
                "plain");
        assertThat(t.rows()).extracting(CsvTable.Row::line).containsExactly(3, 4, 8);
    }

    @Test
    void anUnterminatedQuote_namesTheLineItStartsOn() {
        assertThatThrownBy(() -> CsvTable.parse("t.csv", "name,note\na,b\n\nc,\"never closed\nd,e\n"))
                .isInstanceOf(InputException.class).hasMessage("t.csv line 4: unterminated quoted cell");
    }

    @Test
    void aRowWithMoreCellsThanTheHeader_isRefusedWithItsLine() {
        assertThatThrownBy(() -> CsvTable.parse("t.csv", "a,b\n1,\"2\n3\",4\n"))
                .isInstanceOf(InputException.class).hasMessage("t.csv line 2: has 3 cells, the header has 2");
    }

    @Test
    void onlyComments_isNoHeader() {
        assertThatThrownBy(() -> CsvTable.parse("t.csv", "# x\n\n")).isInstanceOf(InputException.class)
                .hasMessage("t.csv: no header line (the file is empty or only comments)");
    }
}
