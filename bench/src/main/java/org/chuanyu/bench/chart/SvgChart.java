package org.chuanyu.bench.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Latency against offered load as a hand-written SVG: p99 solid with points, p50 dashed, one colour
 * per scenario, logarithmic latency axis, dotted target lines. The output depends only on the input
 * (fixed number formatting, no timestamps, no hash ordering), so regenerating a committed chart from
 * the same results leaves git with nothing to show.
 */
final class SvgChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 500;
    private static final int PLOT_LEFT = 75;
    private static final int PLOT_RIGHT = 690;
    private static final int PLOT_TOP = 55;
    private static final int PLOT_BOTTOM = 435;
    private static final int LEGEND_LEFT = 710;
    private static final int LEGEND_TOP = 70;
    private static final int LEGEND_ROW = 22;
    private static final int LEGEND_SWATCH = 28;
    /** Legend names are cut to fit the space right of the plot; the full name is in a tooltip. */
    private static final int LEGEND_MAX_CHARS = 22;
    private static final int TICK_LENGTH = 5;
    private static final int TITLE_FONT = 18;
    private static final int FONT = 13;
    private static final int SMALL_FONT = 12;
    private static final int POINT_RADIUS = 3;
    private static final double LINE_WIDTH = 2;
    /** Zero or sub-0.1 ms latencies cannot sit on a log axis; they are drawn at this floor. */
    static final double MIN_MS = 0.1;
    private static final double X_HEADROOM = 1.05;
    private static final String P50_DASH = "7 5";
    private static final String TARGET_DASH = "2 4";
    private static final String FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    private static final String TEXT_COLOUR = "#222";
    private static final String AXIS_COLOUR = "#444";
    private static final String GRID_COLOUR = "#dddddd";
    private static final String MINOR_GRID_COLOUR = "#f2f2f2";
    private static final String TARGET_COLOUR = "#b00020";
    /** Okabe–Ito: distinguishable with the common colour-vision deficiencies (yellow left out: too pale on white). */
    private static final MathContext LABEL_PRECISION = new MathContext(6);
    private static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"};

    private final String title;
    private final List<Series> series;
    private final List<Double> targets;
    private final double xMax;
    private final double xStep;
    private final int lowDecade;
    private final int highDecade;

    SvgChart(String title, List<Series> series, List<Double> targets) {
        this.title = title;
        this.series = series;
        this.targets = targets;
        double maxRate = series.stream().flatMap(s -> s.points().stream())
                .mapToDouble(Series.Point::offeredRate).max().orElse(1);
        this.xStep = Axis.linearStep(maxRate * X_HEADROOM);
        this.xMax = Math.ceil(maxRate * X_HEADROOM / xStep) * xStep;
        List<Double> values = new ArrayList<>(targets);
        for (Series s : series) {
            for (Series.Point p : s.points()) {
                if (p.p50() != null) {
                    values.add(p.p50());
                }
                if (p.p99() != null) {
                    values.add(p.p99());
                }
            }
        }
        double min = values.stream().mapToDouble(v -> Math.max(v, MIN_MS)).min().orElse(1);
        double max = values.stream().mapToDouble(v -> Math.max(v, MIN_MS)).max().orElse(1);
        this.lowDecade = (int) Math.floor(Math.log10(min));
        this.highDecade = Math.max(lowDecade + 1, (int) Math.ceil(Math.log10(max)));
    }

    String render() {
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"chart-title chart-desc\""
                        + " font-family=\"%s\" font-size=\"%d\" fill=\"%s\">\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT, escape(FONT_FAMILY), FONT, TEXT_COLOUR));
        svg.append("<title id=\"chart-title\">").append(escape(title)).append("</title>\n");
        svg.append("<desc id=\"chart-desc\">").append(escape(description())).append("</desc>\n");
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", WIDTH, HEIGHT));
        svg.append(text(WIDTH / 2.0, PLOT_TOP / 2.0 + TITLE_FONT / 3.0, "middle",
                " font-size=\"" + TITLE_FONT + "\" font-weight=\"600\"", title));
        grid(svg);
        axes(svg);
        targetLines(svg);
        for (int i = 0; i < series.size(); i++) {
            plot(svg, series.get(i), colour(i));
        }
        legend(svg);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private String description() {
        StringJoiner names = new StringJoiner(", ");
        series.forEach(s -> names.add(s.scenario()));
        String text = "Latency in milliseconds (logarithmic scale) against offered load in requests per second;"
                + " p99 as solid lines with points, p50 dashed. Scenarios: " + names + ".";
        if (!targets.isEmpty()) {
            StringJoiner t = new StringJoiner(", ");
            targets.forEach(v -> t.add(number(v) + " ms"));
            text += " Targets (dotted): " + t + ".";
        }
        return text;
    }

    private void grid(StringBuilder svg) {
        svg.append("<g class=\"minor-grid\" stroke=\"").append(MINOR_GRID_COLOUR).append("\" stroke-width=\"1\">\n");
        for (double tick : Axis.minorDecadeTicks(lowDecade, highDecade)) {
            svg.append(line(PLOT_LEFT, y(tick), PLOT_RIGHT, y(tick), ""));
        }
        svg.append("</g>\n");
        svg.append("<g class=\"grid\" stroke=\"").append(GRID_COLOUR).append("\" stroke-width=\"1\">\n");
        for (double tick : Axis.linearTicks(xMax, xStep)) {
            svg.append(line(x(tick), PLOT_TOP, x(tick), PLOT_BOTTOM, ""));
        }
        for (double tick : Axis.decadeTicks(lowDecade, highDecade)) {
            svg.append(line(PLOT_LEFT, y(tick), PLOT_RIGHT, y(tick), ""));
        }
        svg.append("</g>\n");
    }

    private void axes(StringBuilder svg) {
        svg.append("<g class=\"axes\" stroke=\"").append(AXIS_COLOUR).append("\" stroke-width=\"1\">\n");
        svg.append(line(PLOT_LEFT, PLOT_BOTTOM, PLOT_RIGHT, PLOT_BOTTOM, ""));
        svg.append(line(PLOT_LEFT, PLOT_TOP, PLOT_LEFT, PLOT_BOTTOM, ""));
        for (double tick : Axis.linearTicks(xMax, xStep)) {
            svg.append(line(x(tick), PLOT_BOTTOM, x(tick), PLOT_BOTTOM + TICK_LENGTH, ""));
        }
        for (double tick : Axis.decadeTicks(lowDecade, highDecade)) {
            svg.append(line(PLOT_LEFT - TICK_LENGTH, y(tick), PLOT_LEFT, y(tick), ""));
        }
        svg.append("</g>\n<g class=\"tick-labels\" font-size=\"").append(SMALL_FONT).append("\">\n");
        for (double tick : Axis.linearTicks(xMax, xStep)) {
            svg.append(text(x(tick), PLOT_BOTTOM + TICK_LENGTH + SMALL_FONT + 2, "middle", "", number(tick)));
        }
        for (double tick : Axis.decadeTicks(lowDecade, highDecade)) {
            svg.append(text(PLOT_LEFT - TICK_LENGTH - 4, y(tick) + SMALL_FONT / 3.0, "end", "", number(tick)));
        }
        svg.append("</g>\n");
        svg.append(text((PLOT_LEFT + PLOT_RIGHT) / 2.0, HEIGHT - 18, "middle", "", "offered load (requests/s)"));
        double midY = (PLOT_TOP + PLOT_BOTTOM) / 2.0;
        svg.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\" transform=\"rotate(-90 %s %s)\">%s</text>\n",
                coord(22), coord(midY), coord(22), coord(midY), "latency (ms, log scale)"));
    }

    private void targetLines(StringBuilder svg) {
        for (double target : targets) {
            double y = y(Math.max(target, MIN_MS));
            svg.append("<g class=\"target\" data-target-ms=\"").append(number(target)).append("\">\n");
            svg.append(line(PLOT_LEFT, y, PLOT_RIGHT, y, String.format(Locale.ROOT,
                    " stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"%s\"", TARGET_COLOUR, TARGET_DASH)));
            svg.append(text(PLOT_RIGHT - 4, y - 5, "end", " fill=\"" + TARGET_COLOUR + "\" font-size=\"" + SMALL_FONT + "\"",
                    "target " + number(target) + " ms"));
            svg.append("</g>\n");
        }
    }

    private void plot(StringBuilder svg, Series s, String colour) {
        svg.append("<g class=\"series\" data-scenario=\"").append(escape(s.scenario())).append("\">\n");
        svg.append(polyline(s, Series.Point::p99, "p99", colour, ""));
        svg.append(polyline(s, Series.Point::p50, "p50", colour, " stroke-dasharray=\"" + P50_DASH + "\""));
        for (Series.Point p : s.points()) {
            if (p.p99() != null) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"%d\" fill=\"%s\"><title>%s</title></circle>\n",
                        coord(x(p.offeredRate())), coord(y(p.p99())), POINT_RADIUS, colour,
                        escape(s.scenario() + ": " + number(p.offeredRate()) + " req/s, p99 " + number(p.p99()) + " ms")));
            }
        }
        svg.append("</g>\n");
    }

    private String polyline(Series s, Function<Series.Point, Double> value, String percentile, String colour, String extra) {
        StringJoiner points = new StringJoiner(" ");
        for (Series.Point p : s.points()) {
            Double v = value.apply(p);
            if (v != null) {
                points.add(coord(x(p.offeredRate())) + "," + coord(y(v)));
            }
        }
        return String.format(Locale.ROOT, "<polyline class=\"%s\" points=\"%s\" fill=\"none\" stroke=\"%s\""
                        + " stroke-width=\"%s\" stroke-linejoin=\"round\"%s/>\n",
                percentile, points, colour, number(LINE_WIDTH), extra);
    }

    private void legend(StringBuilder svg) {
        svg.append("<g class=\"legend\">\n");
        double y = LEGEND_TOP;
        for (int i = 0; i < series.size(); i++) {
            String name = series.get(i).scenario();
            String shown = name.length() > LEGEND_MAX_CHARS ? name.substring(0, LEGEND_MAX_CHARS - 1) + "\u2026" : name;
            svg.append(line(LEGEND_LEFT, y, LEGEND_LEFT + LEGEND_SWATCH, y, String.format(Locale.ROOT,
                    " stroke=\"%s\" stroke-width=\"%s\"", colour(i), number(LINE_WIDTH * 2))));
            svg.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\"><title>%s</title>%s</text>\n",
                    coord(LEGEND_LEFT + LEGEND_SWATCH + 8), coord(y + FONT / 3.0), escape(name), escape(shown)));
            y += LEGEND_ROW;
        }
        y += LEGEND_ROW / 2.0;
        svg.append(line(LEGEND_LEFT, y, LEGEND_LEFT + LEGEND_SWATCH, y,
                " stroke=\"" + AXIS_COLOUR + "\" stroke-width=\"" + number(LINE_WIDTH) + "\""));
        svg.append(text(LEGEND_LEFT + LEGEND_SWATCH + 8, y + FONT / 3.0, "start", "", "p99"));
        y += LEGEND_ROW;
        svg.append(line(LEGEND_LEFT, y, LEGEND_LEFT + LEGEND_SWATCH, y, " stroke=\"" + AXIS_COLOUR + "\" stroke-width=\""
                + number(LINE_WIDTH) + "\" stroke-dasharray=\"" + P50_DASH + "\""));
        svg.append(text(LEGEND_LEFT + LEGEND_SWATCH + 8, y + FONT / 3.0, "start", "", "p50"));
        if (!targets.isEmpty()) {
            y += LEGEND_ROW;
            svg.append(line(LEGEND_LEFT, y, LEGEND_LEFT + LEGEND_SWATCH, y, String.format(Locale.ROOT,
                    " stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"%s\"", TARGET_COLOUR, TARGET_DASH)));
            svg.append(text(LEGEND_LEFT + LEGEND_SWATCH + 8, y + FONT / 3.0, "start", "", "target"));
        }
        svg.append("</g>\n");
    }

    private double x(double rate) {
        return PLOT_LEFT + rate / xMax * (PLOT_RIGHT - PLOT_LEFT);
    }

    private double y(double ms) {
        double fraction = (Math.log10(Math.max(ms, MIN_MS)) - lowDecade) / (highDecade - lowDecade);
        return PLOT_BOTTOM - fraction * (PLOT_BOTTOM - PLOT_TOP);
    }

    private static String colour(int index) {
        return PALETTE[index % PALETTE.length];
    }

    private static String line(double x1, double y1, double x2, double y2, String extra) {
        return "<line x1=\"" + coord(x1) + "\" y1=\"" + coord(y1) + "\" x2=\"" + coord(x2) + "\" y2=\"" + coord(y2)
                + "\"" + extra + "/>\n";
    }

    private static String text(double x, double y, String anchor, String extra, String content) {
        return "<text x=\"" + coord(x) + "\" y=\"" + coord(y) + "\" text-anchor=\"" + anchor + "\"" + extra + ">"
                + escape(content) + "</text>\n";
    }

    /** One decimal: a tenth of a pixel is below what any screen shows. */
    private static String coord(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * A plain number without a needless ".0", exponent or binary noise (0.6000000000000001 from
     * 3 x 0.2): 0.1, 1, 250, 1000.
     */
    static String number(double value) {
        return new BigDecimal(value).round(LABEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
