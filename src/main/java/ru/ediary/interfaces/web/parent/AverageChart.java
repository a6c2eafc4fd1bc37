package ru.ediary.interfaces.web.parent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The small chart of the running average on «Оценки по предметам»: an inline SVG polyline on the scale 1–5, with a
 * text alternative for screen readers. Plain SVG keeps it readable without scripts and on a phone.
 */
@Named("averageChart")
@ApplicationScoped
public class AverageChart {

    static final int WIDTH = 240;
    static final int HEIGHT = 60;

    /** The polyline's points: x spread over the width, y from 1 (bottom) to 5 (top). */
    public String points(List<BigDecimal> running) {
        if (running == null || running.isEmpty()) {
            return "";
        }
        StringBuilder points = new StringBuilder();
        int n = running.size();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? WIDTH / 2.0 : i * (double) WIDTH / (n - 1);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(running.get(i))));
        }
        return points.toString().trim();
    }

    /** The y of a threshold line (e.g. 4.5), for the guide lines of the grades. */
    public String y(double value) {
        return String.format(Locale.ROOT, "%.1f", y(BigDecimal.valueOf(value)));
    }

    private static double y(BigDecimal value) {
        double v = Math.max(1, Math.min(5, value.doubleValue()));
        return HEIGHT - (v - 1) / 4 * HEIGHT;
    }

    /** «Средний балл менялся от 4,00 до 4,67; сейчас 4,38.» */
    public String description(List<BigDecimal> running) {
        if (running == null || running.isEmpty()) {
            return "Оценок пока нет.";
        }
        BigDecimal min = running.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = running.stream().max(BigDecimal::compareTo).orElseThrow();
        return "Средний балл по мере выставления оценок: от " + text(min) + " до " + text(max) + ", сейчас "
                + text(running.get(running.size() - 1)) + ".";
    }

    private static String text(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }
}
