package ru.ediary.delivery.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Russian text of the weekly summary and of the forecast of one child, from plain values (so it is tested
 * without a database): sections of «— » lines, which the e-mail's HTML part turns into lists.
 */
public final class DigestWording {

    private DigestWording() {
    }

    /** Marks of one subject in the week, with the weighted average of the running period so far. */
    public record SubjectWeek(String subject, List<String> marks, Optional<BigDecimal> periodAverage) {
    }

    /** The forecast of one subject: the grade (empty without enough marks), the average and what would change it. */
    public record SubjectForecast(String subject, Optional<Integer> grade, Optional<BigDecimal> average,
                                  String explanation) {
    }

    /** What one child's week held and what the next one brings. */
    public record Week(LocalDate monday, String periodName, List<SubjectWeek> marks, List<String> absences,
                      List<String> homework, List<String> controlWorks, List<String> changes) {
    }

    public static String weeklyEmail(String guardianName, String childName, String className, Week week) {
        StringBuilder text = greeting(guardianName)
                .append("Итоги недели ").append(range(week.monday())).append(": ").append(child(childName, className))
                .append(".\n\n");
        if (week.marks().isEmpty()) {
            text.append("Оценок за неделю нет.\n");
        } else {
            text.append("Оценки за неделю").append(week.periodName() == null ? "" : " (в скобках — средний балл за "
                    + week.periodName().toLowerCase() + ")").append(":\n");
            week.marks().forEach(s -> text.append("— ").append(subjectWeek(s)).append('\n'));
        }
        text.append('\n').append(week.absences().isEmpty() ? "Пропусков и опозданий за неделю нет.\n"
                : "Пропуски и опоздания за неделю: " + week.absences().size() + "\n");
        week.absences().forEach(a -> text.append("— ").append(a).append('\n'));
        section(text, "Домашние задания на следующую неделю", week.homework());
        section(text, "Контрольные работы на следующей неделе", week.controlWorks());
        section(text, "Изменения в расписании на следующей неделе", week.changes());
        return text.append('\n').append(NoticeText.SIGNATURE).append('\n').toString();
    }

    public static String weeklySms(String childFirstName, Week week) {
        List<String> parts = new ArrayList<>();
        week.marks().forEach(s -> parts.add(s.subject() + " " + String.join(",", s.marks())));
        parts.add(week.absences().isEmpty() ? "пропусков нет" : "пропусков " + week.absences().size());
        if (!week.controlWorks().isEmpty()) {
            parts.add("контрольных на след. неделе " + week.controlWorks().size());
        }
        return childFirstName + ", итоги недели: " + String.join("; ", parts);
    }

    public static String forecastEmail(String guardianName, String childName, String className, String periodName,
                                       LocalDate periodEnd, List<SubjectForecast> subjects) {
        StringBuilder text = greeting(guardianName).append("Прогноз итоговых оценок за ")
                .append(periodName.toLowerCase()).append(" (период заканчивается ")
                .append(ChangeWording.DATE.format(periodEnd)).append("): ").append(child(childName, className))
                .append(".\n\n");
        if (subjects.isEmpty()) {
            text.append("Оценок за период пока нет.\n");
        }
        subjects.forEach(s -> text.append("— ").append(subjectForecast(s)).append('\n'));
        return text.append("\nПрогноз — это средний балл, округлённый по правилам школы; итоговую оценку выставляет "
                + "учитель.\n\n").append(NoticeText.SIGNATURE).append('\n').toString();
    }

    public static String forecastSms(String childFirstName, String periodName, List<SubjectForecast> subjects) {
        return childFirstName + ", прогноз за " + periodName.toLowerCase() + ": " + String.join("; ", subjects.stream()
                .map(s -> s.subject() + " " + s.grade().map(String::valueOf).orElse("—")).toList());
    }

    /** «Математика: 5, 4, 3 (4,38)». */
    static String subjectWeek(SubjectWeek week) {
        return week.subject() + ": " + String.join(", ", week.marks())
                + week.periodAverage().map(a -> " (" + decimal(a) + ")").orElse("");
    }

    /** «Математика: прогноз «4», средний балл 4,38. Ещё одна «5» даст «5».» */
    static String subjectForecast(SubjectForecast forecast) {
        return forecast.subject() + ": " + forecast.grade().map(g -> "прогноз «" + g + "», средний балл "
                + decimal(forecast.average().orElseThrow()) + ". ").orElse("") + forecast.explanation();
    }

    /** Russian decimal comma: 4,38. */
    public static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    static String range(LocalDate monday) {
        return ChangeWording.DATE.format(monday) + "–" + ChangeWording.DATE.format(monday.plusDays(6));
    }

    private static StringBuilder greeting(String guardianName) {
        return new StringBuilder("Здравствуйте, ").append(guardianName).append("!\n\n");
    }

    private static String child(String childName, String className) {
        return childName + (className == null || className.isBlank() ? "" : ", " + className + " класс");
    }

    private static void section(StringBuilder text, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            text.append('\n').append(title).append(":\n");
            lines.forEach(line -> text.append("— ").append(line).append('\n'));
        }
    }
}
