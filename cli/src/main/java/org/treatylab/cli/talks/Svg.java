package org.treatylab.cli.talks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small inline-SVG charts with linear axes for the self-contained HTML report: series are told apart by marker
 * shape and dash as well as colour, and labelled in a legend, so they read without colour.
 */
final class Svg {
    enum Marker { CIRCLE, SQUARE, TRIANGLE, DIAMOND, STAR, NONE }

    /** A series of (x, y) points; {@code line} joins them. */
    record Series(String label, List<double[]> points, boolean line, String dash, Marker marker, String colour) {
    }

    private static final int W = 760;
    private static final int H = 380;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 80;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<String> xTickLabels;

    /** @param xTickLabels labels for integer x positions 0..n-1 (e.g. dates), or null for numeric ticks */
    Svg(String title, String xLabel, String yLabel, List<String> xTickLabels) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.xTickLabels = xTickLabels;
    }

    Svg add(Series s) {
        series.add(s);
        return this;
    }

    String render() {
        double[] x = range(0);
        double[] y = range(1);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' "
                + "role='img' aria-label='%s' style='max-width:100%%;height:auto'>", W, H + 20 * series.size(),
                esc(title)));
        sb.append("<rect width='100%' height='100%' fill='white'/>");
        sb.append(String.format(Locale.ROOT, "<text x='%d' y='18' font-size='14' font-weight='bold'>%s</text>", LEFT,
                esc(title)));
        int pw = W - LEFT - RIGHT;
        int ph = H - TOP - BOTTOM;
        sb.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%d' height='%d' fill='none' stroke='#888'/>",
                LEFT, TOP, pw, ph));
        for (int i = 0; i <= 5; i++) {
            double v = y[0] + (y[1] - y[0]) * i / 5;
            double py = TOP + ph - ph * i / 5.0;
            sb.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#eee'/>"
                    + "<text x='%d' y='%.1f' font-size='11' text-anchor='end'>%s</text>", LEFT, LEFT + pw, py, py,
                    LEFT - 5, py + 4, tick(v)));
        }
        if (xTickLabels != null) {
            int step = Math.max(1, xTickLabels.size() / 8);
            for (int i = 0; i < xTickLabels.size(); i += step) {
                double px = LEFT + pw * (i - x[0]) / (x[1] - x[0]);
                sb.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' font-size='10' text-anchor='end' "
                        + "transform='rotate(-35 %.1f %d)'>%s</text>", px, TOP + ph + 14, px, TOP + ph + 14,
                        esc(xTickLabels.get(i))));
            }
        } else {
            for (int i = 0; i <= 5; i++) {
                double v = x[0] + (x[1] - x[0]) * i / 5;
                double px = LEFT + pw * i / 5.0;
                sb.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' font-size='11' text-anchor='middle'>%s"
                        + "</text>", px, TOP + ph + 16, tick(v)));
            }
        }
        sb.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='12' text-anchor='middle'>%s</text>",
                LEFT + pw / 2, TOP + ph + 62, esc(xLabel)));
        sb.append(String.format(Locale.ROOT, "<text x='14' y='%d' font-size='12' text-anchor='middle' "
                + "transform='rotate(-90 14 %d)'>%s</text>", TOP + ph / 2, TOP + ph / 2, esc(yLabel)));
        for (Series s : series) {
            List<String> pts = new ArrayList<>();
            for (double[] p : s.points()) {
                pts.add(String.format(Locale.ROOT, "%.1f,%.1f", LEFT + pw * (p[0] - x[0]) / (x[1] - x[0]),
                        TOP + ph - ph * (p[1] - y[0]) / (y[1] - y[0])));
            }
            if (s.line() && pts.size() > 1) {
                sb.append("<polyline fill='none' stroke='").append(s.colour()).append("' stroke-width='2'")
                        .append(s.dash() == null ? "" : " stroke-dasharray='" + s.dash() + "'")
                        .append(" points='").append(String.join(" ", pts)).append("'/>");
            }
            for (String p : pts) {
                String[] xy = p.split(",");
                sb.append(marker(s.marker(), Double.parseDouble(xy[0]), Double.parseDouble(xy[1]), s.colour()));
            }
        }
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            int ly = H + 20 * i + 4;
            if (s.line()) {
                sb.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%d' y2='%d' stroke='%s' stroke-width='2'"
                        + "%s/>", LEFT, LEFT + 30, ly, ly, s.colour(),
                        s.dash() == null ? "" : " stroke-dasharray='" + s.dash() + "'"));
            }
            sb.append(marker(s.marker(), LEFT + 15, ly, s.colour()));
            sb.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='12'>%s</text>", LEFT + 40, ly + 4,
                    esc(s.label())));
        }
        return sb.append("</svg>").toString();
    }

    private double[] range(int axis) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double[] p : s.points()) {
                lo = Math.min(lo, p[axis]);
                hi = Math.max(hi, p[axis]);
            }
        }
        if (!(hi > lo)) {
            lo = lo - 1;
            hi = hi + 1;
        }
        double pad = (hi - lo) * 0.05;
        return new double[] {axis == 1 && lo >= 0 && lo - pad < 0 ? 0 : lo - pad, hi + pad};
    }

    private static String marker(Marker m, double x, double y, String colour) {
        return switch (m) {
            case CIRCLE -> String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='4' fill='%s'/>", x, y, colour);
            case SQUARE -> String.format(Locale.ROOT, "<rect x='%.1f' y='%.1f' width='8' height='8' fill='%s'/>",
                    x - 4, y - 4, colour);
            case TRIANGLE -> String.format(Locale.ROOT, "<polygon points='%.1f,%.1f %.1f,%.1f %.1f,%.1f' fill='%s'/>",
                    x, y - 5, x - 5, y + 4, x + 5, y + 4, colour);
            case DIAMOND -> String.format(Locale.ROOT, "<polygon points='%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f' "
                    + "fill='%s' stroke='black'/>", x, y - 7, x + 7, y, x, y + 7, x - 7, y, colour);
            case STAR -> String.format(Locale.ROOT, "<text x='%.1f' y='%.1f' font-size='20' text-anchor='middle' "
                    + "fill='%s'>&#9733;</text>", x, y + 7, colour);
            case NONE -> "";
        };
    }

    private static String tick(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
