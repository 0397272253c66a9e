package org.treatylab.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A self-contained HTML report: text, tables and charts drawn by ECharts with the web page's own chart definitions
 * ({@code charts.js}, the builders the page calls), both inlined so that the report is one file that opens offline.
 * A chart is named by its builder and given the records it draws, written with the JSON contract's mapping: the
 * report's chart and the page's chart are the same definition drawn from the same JSON.
 */
public final class HtmlPage {
    /** ECharts inside its webjar (the version the page serves). */
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** The chart definitions, also served to the web page as {@code /charts.js}. */
    static final String CHARTS = "org/treatylab/report/web/charts.js";
    private static final String STYLE = "body{font:14px/1.45 system-ui,sans-serif;max-width:1100px;margin:1rem auto;"
            + "padding:0 1rem;color:#1b1f24}table{border-collapse:collapse;margin:.6rem 0}td,th{border:1px solid #ccc;"
            + "padding:2px 6px;font-size:13px}th{background:#f3f4f6}td.n{text-align:right}.chart{width:100%;height:420px;"
            + "border:1px solid #d0d7de;border-radius:4px;margin-top:1rem}.chart-tools{margin:.2rem 0 1rem}"
            + ".chart-tools button{font:inherit;font-size:12px;margin-right:.4rem}.note{color:#555}"
            + ".scroll{overflow-x:auto;max-width:100%}"
            + "@media (max-width:700px){body{padding:0 .5rem}td,th{font-size:12px}}";

    private final String title;
    private final StringBuilder body = new StringBuilder();
    private int charts;

    private HtmlPage(String title) {
        this.title = title;
    }

    /** A new page with this title (also its first heading). */
    public static HtmlPage titled(String title) {
        HtmlPage p = new HtmlPage(title);
        p.body.append("<h1>").append(escape(title)).append("</h1>\n");
        return p;
    }

    /** Appends markup written by the caller (its text already escaped). */
    public HtmlPage html(String markup) {
        body.append(markup).append('\n');
        return this;
    }

    /** Appends an element holding escaped text, e.g. {@code text("h2", "Result")}. */
    public HtmlPage text(String tag, String text) {
        body.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /**
     * Appends a chart drawn by the builder {@code kind} of charts.js from {@code data} (records or maps of
     * records, written as the API writes them); {@code view} selects a variant of the builder, or null.
     */
    public HtmlPage chart(String kind, Object data, String view, String label) {
        int n = ++charts;
        String json = Json.compact(data).replace("</", "<\\/");
        body.append("<script type=\"application/json\" id=\"data-").append(n).append("\">").append(json)
                .append("</script>\n<div class=\"chart\" id=\"chart-").append(n).append("\" data-chart=\"")
                .append(escape(kind)).append("\" data-source=\"data-").append(n).append('"')
                .append(view == null ? "" : " data-view=\"" + escape(view) + "\"").append(" role=\"img\" aria-label=\"")
                .append(escape(label)).append("\"></div>\n");
        return this;
    }

    /** Appends a table (escaped cells; cells that read as numbers are right-aligned), scrolling sideways on a phone. */
    public HtmlPage table(List<String> header, List<List<String>> rows) {
        body.append("<div class=\"scroll\"><table><tr>");
        header.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr>\n");
        for (List<String> r : rows) {
            body.append("<tr>");
            r.forEach(c -> body.append(c.matches("[-+]?[0-9][0-9,.]*%?") ? "<td class=\"n\">" : "<td>")
                    .append(escape(c)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</table></div>\n");
        return this;
    }

    /** The whole page; ECharts and the chart definitions inlined only when the page has a chart. */
    public String render() {
        StringBuilder sb = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n");
        if (charts > 0) {
            sb.append("<script>").append(resource(ECHARTS)).append("</script>\n<script>")
                    .append(resource(CHARTS)).append("</script>\n");
        }
        sb.append("</head><body>\n").append(body);
        if (charts > 0) {
            sb.append("<script>TreatyCharts.drawAll();</script>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    /** Escapes text for HTML content and attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String resource(String path) {
        try (InputStream in = HtmlPage.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}
