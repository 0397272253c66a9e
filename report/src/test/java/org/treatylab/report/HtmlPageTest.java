package org.treatylab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlPageTest {
    @Test
    void render_withAChart_inlinesEchartsAndTheChartDefinitionsAndTheData() {
        String page = HtmlPage.titled("A <report>").chart("talksStability", Map.of("parties", List.of("US")), "a",
                "label \"quoted\"").render();
        assertThat(page).startsWith("<!doctype html>").contains("<title>A &lt;report&gt;</title>")
                .contains("const TreatyCharts").contains("echarts").contains("TreatyCharts.drawAll();")
                .contains("data-chart=\"talksStability\"").contains("data-view=\"a\"")
                .contains("aria-label=\"label &quot;quoted&quot;\"")
                .contains("<script type=\"application/json\" id=\"data-1\">{\"parties\":[\"US\"]}</script>")
                .doesNotContain("<script src");
        // ECharts is a megabyte; the page carries it once whatever the number of charts.
        assertThat(page.length()).isBetween(1_000_000, 1_200_000);
    }

    @Test
    void render_withoutCharts_carriesNoScript() {
        String page = HtmlPage.titled("t").text("p", "a & b").table(List.of("x", "n"), List.of(List.of("a", "1,550")))
                .render();
        assertThat(page).doesNotContain("<script").contains("<p>a &amp; b</p>").contains("<td class=\"n\">1,550</td>")
                .contains("<td>a</td>");
    }

    @Test
    void chart_dataThatClosesAScript_cannotEndTheDataBlock() {
        String page = HtmlPage.titled("t").chart("talksSweep", Map.of("vary", "</script><b>"), null, "x").render();
        assertThat(page).contains("{\"vary\":\"<\\/script><b>\"}").doesNotContain("\"</script><b>");
    }

    @Test
    void resource_missing_namesThePath() {
        assertThatThrownBy(() -> HtmlPage.resource("no/such.js")).hasMessageContaining("no/such.js");
    }
}
