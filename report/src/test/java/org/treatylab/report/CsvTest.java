package org.treatylab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void rows_nullsBlank_commasQuotesAndLineBreaksQuoted() {
        String text = new Csv("a", "b", "c").row(1, null, "x,y").row("say \"hi\"", "two\nlines", 2.5).text();
        assertThat(text).isEqualTo("a,b,c\n1,,\"x,y\"\n\"say \"\"hi\"\"\",\"two\nlines\",2.5\n");
    }

    @Test
    void row_wrongWidth_isRefused() {
        assertThatThrownBy(() -> new Csv("a", "b").row(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row has 1 cells, header has 2");
    }
}
