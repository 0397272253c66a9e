package org.treatylab.cli.stability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart drawn as inline SVG, so an HTML report needs no files or scripts. Lines differ by dash pattern
 * and marker shape as well as colour, and each is labelled at its end, so the chart reads without colour.
 * The x axis is logarithmic and runs from the largest value on the left to the smallest on the right (deeper cuts to
 * the right).
 */
final class SvgChart {
    enum Marker { CIRCLE, SQUARE, TRIANGLE, DIAMOND }

    record Series(String label, List<double[]> points, String dash, Marker marker, String colour) {
    }

    private static final int W = 760;
    private static final int H = 360;
    private static final int LEFT = 70;
    private static final int RIGHT = 150;
    private static final int TOP = 20;
    private static final int BOTTOM = 50;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private double yMax;

    SvgChart(String title, String xLabel, String yLabel, double yMax) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.yMax = yMax;
    }

    SvgChart add(Series s) {
        series.add(s);
        for (double[] p : s.points()) {
            yMax = Math.max(yMax, p[1]);
        }
        return this;
    }

    String render() {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = 0;
        for (Series s : series) {
            for (double[] p : s.points()) {
                xMin = Math.min(xMin, p[0]);
                xMax = Math.max(xMax, p[0]);
            }
        }
        if (xMax <= xMin) {
            xMax = xMin * 2;
        }
        final double lo = Math.log(xMin);
        final double hi = Math.log(xMax);
        double top = niceCeiling(yMax);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "role=\"img\" aria-label=\"%s\" style=\"max-width:%dpx;width:100%%;font:12px sans-serif\">%n", W, H,
                Html.escape(title), W));
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#444\"/>%n", LEFT, TOP, plotW, plotH));
        for (int i = 0; i <= 5; i++) {
            double v = top * i / 5;
            double y = TOP + plotH - plotH * v / top;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, LEFT + plotW, y, y, LEFT - 6,
                    y + 4, tick(v)));
        }
        List<Double> xs = new ArrayList<>();
        series.forEach(s -> s.points().forEach(p -> {
            if (!xs.contains(p[0])) {
                xs.add(p[0]);
            }
        }));
        for (double x : xs) {
            double px = xPos(x, lo, hi, plotW);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#eee\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", px, px, TOP, TOP + plotH, px,
                    TOP + plotH + 16, tick(x)));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                LEFT + plotW / 2, H - 10, Html.escape(xLabel)));
        sb.append(String.format(Locale.ROOT, "<text transform=\"translate(16 %d) rotate(-90)\" text-anchor=\"middle\">"
                + "%s</text>%n", TOP + plotH / 2, Html.escape(yLabel)));
        List<Double> labelYs = new ArrayList<>();
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            double lastX = 0;
            double lastY = 0;
            for (double[] p : s.points()) {
                lastX = xPos(p[0], lo, hi, plotW);
                lastY = TOP + plotH - plotH * p[1] / top;
                path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", lastX,
                        lastY));
            }
            sb.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s>"
                    + "<title>%s</title></path>%n", path, s.colour(), s.dash().isEmpty() ? ""
                    : " stroke-dasharray=\"" + s.dash() + "\"", Html.escape(s.label())));
            for (double[] p : s.points()) {
                sb.append(marker(s, xPos(p[0], lo, hi, plotW), TOP + plotH - plotH * p[1] / top, p));
            }
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n", lastX + 10,
                    freeY(labelYs, lastY + 4), Html.escape(s.label())));
        }
        return sb.append("</svg>\n").toString();
    }

    private static double xPos(double x, double lo, double hi, int plotW) {
        return LEFT + plotW * (hi - Math.log(x)) / (hi - lo);
    }

    /** Moves an end label down until it no longer overlaps one already placed. */
    private static double freeY(List<Double> used, double y) {
        double v = y;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (double u : used) {
                if (Math.abs(u - v) < 13) {
                    v = u + 13;
                    moved = true;
                }
            }
        }
        used.add(v);
        return v;
    }

    private static String marker(Series s, double x, double y, double[] p) {
        String tip = "<title>" + Html.escape(s.label()) + ": " + tick(p[0]) + " -> " + tick(p[1]) + "</title>";
        String fill = "fill=\"" + s.colour() + "\"";
        return switch (s.marker()) {
            case CIRCLE -> String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" %s>%s</circle>%n", x,
                    y, fill, tip);
            case SQUARE -> String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" %s>%s"
                    + "</rect>%n", x - 4, y - 4, fill, tip);
            case TRIANGLE -> String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" %s>%s"
                    + "</polygon>%n", x, y - 5, x - 5, y + 4, x + 5, y + 4, fill, tip);
            case DIAMOND -> String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
                    + "%s>%s</polygon>%n", x, y - 5, x + 5, y, x, y + 5, x - 5, y, fill, tip);
        };
    }

    private static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * mag >= v) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    private static String tick(double v) {
        if (v == Math.rint(v) && (Math.abs(v) >= 1 || v == 0)) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
