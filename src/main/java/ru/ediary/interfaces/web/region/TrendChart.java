package ru.ediary.interfaces.web.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.ediary.reporting.application.IndicatorPoint;

/**
 * An indicator in per cent over periods as an inline SVG line chart: a y axis 0–100 % with grid lines, one labelled
 * point per period with its value (suppressed and empty periods get a label and no point), and the line through the
 * points. Plain SVG, drawn on the server: readable without scripts and on a phone; the page gives the same points as
 * a table for screen readers.
 */
public final class TrendChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 290;
    static final int LEFT = 52;
    static final int RIGHT = 24;
    static final int TOP = 24;
    static final int PLOT_HEIGHT = 200;

    /** A period on the x axis: where it is, its label in two lines, and its point and value if it has one. */
    public record Point(String x, String y, String period, String year, String value, boolean plotted) {
        public String getX() { return x; }
        public String getY() { return y; }
        public String getPeriod() { return period; }
        public String getYear() { return year; }
        public String getValue() { return value; }
        public boolean isPlotted() { return plotted; }
    }

    /** A horizontal grid line and its label. */
    public record Tick(String y, String label) {
        public String getY() { return y; }
        public String getLabel() { return label; }
    }

    private final List<Point> points;
    private final String line;

    TrendChart(List<IndicatorPoint> series, RegionTexts texts) {
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int n = series.size();
        double plotWidth = WIDTH - LEFT - RIGHT;
        for (int i = 0; i < n; i++) {
            IndicatorPoint p = series.get(i);
            double x = LEFT + (n == 1 ? plotWidth / 2 : 24 + i * (plotWidth - 48) / (n - 1));
            BigDecimal value = p.value();
            String valueText = p.suppressed() ? Cell.SUPPRESSED_TEXT
                    : value == null ? Cell.EMPTY_TEXT : value.toPlainString().replace('.', ',');
            double y = value == null ? TOP + PLOT_HEIGHT : y(value.doubleValue());
            points.add(new Point(number(x), number(y), texts.format("region.period.short." + p.period().kind().name(),
                    p.period().number()), p.schoolYear(), valueText, value != null));
            if (value != null) {
                line.append(number(x)).append(',').append(number(y)).append(' ');
            }
        }
        this.points = List.copyOf(points);
        this.line = line.toString().trim();
    }

    private static double y(double percent) {
        double v = Math.max(0, Math.min(100, percent));
        return TOP + (100 - v) * PLOT_HEIGHT / 100.0;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public List<Point> getPoints() {
        return points;
    }

    public String getLine() {
        return line;
    }

    public List<Tick> getTicks() {
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= 100; v += 25) {
            ticks.add(new Tick(number(y(v)), v + " %"));
        }
        return ticks;
    }

    public int getWidth() { return WIDTH; }
    public int getHeight() { return HEIGHT; }
    public int getLeft() { return LEFT; }
    public int getRight() { return WIDTH - RIGHT; }
    public int getTop() { return TOP; }
    public int getBottom() { return TOP + PLOT_HEIGHT; }
}
