package ru.ediary.delivery.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import ru.ediary.diary.application.AbsenceLine;
import ru.ediary.diary.application.ControlWorkSchedule;
import ru.ediary.diary.application.DiaryWeek;
import ru.ediary.diary.application.FinalGrades;
import ru.ediary.diary.application.HolidayLine;
import ru.ediary.diary.application.HomeworkLine;
import ru.ediary.diary.application.MarkLine;
import ru.ediary.diary.application.PeriodChoice;
import ru.ediary.diary.application.RecommendationLine;
import ru.ediary.diary.application.StudentCard;
import ru.ediary.diary.application.SubjectForecast;
import ru.ediary.diary.application.TeacherLine;
import ru.ediary.diary.application.Timetable;

/** One child's diary as the read services give it, for the layout and printer tests (no database). */
public final class ExtractFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    public static final StudentCard STUDENT = new StudentCard(7, "Соколова Анна Игоревна", 3, "4Д", 1,
            "МОУ «Средняя школа № 5»", "г. Тестов, ул. Школьная, 1", LocalDate.of(2026, 9, 1),
            LocalDate.of(2027, 5, 31), "Петрова Ольга Сергеевна");

    private ExtractFixture() {
    }

    public static ExtractFacts facts(ExtractPeriod period, LocalDate lastPaperIssue) {
        List<SubjectForecast> subjects = List.of(
                new SubjectForecast("Математика", List.of(
                        new MarkLine(1, LocalDate.of(2026, 9, 10), "Математика", "5", 5, "Контрольная работа",
                                new BigDecimal("2"), null),
                        new MarkLine(2, LocalDate.of(2026, 9, 17), "Математика", "4", 4, "Ответ на уроке",
                                new BigDecimal("1"), null)),
                        new BigDecimal("4.67"), 5, true, "Одна «2» даст «4».", List.of()),
                new SubjectForecast("Чтение", List.of(), null, null, false,
                        "Оценок пока нет: прогноз появится, когда их будет не меньше 3.", List.of()));
        PeriodChoice q1 = new PeriodChoice(11, "1 четверть", "QUARTER", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 25), true);
        PeriodChoice q2 = new PeriodChoice(12, "2 четверть", "QUARTER", LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 12, 28), false);
        FinalGrades grades = new FinalGrades(List.of(q1, q2), List.of(
                new FinalGrades.Row("Математика", List.of(
                        new FinalGrades.Cell("5", false, false, null, LocalDate.of(2026, 10, 26),
                                Instant.parse("2026-10-26T12:00:00Z")),
                        new FinalGrades.Cell(null, false, false, null, null, null))),
                new FinalGrades.Row("Чтение", List.of(
                        new FinalGrades.Cell(null, false, true, LocalDate.of(2026, 11, 30), null, null),
                        new FinalGrades.Cell(null, false, false, null, null, null)))),
                List.of(new FinalGrades.DeferralLine("Чтение", "1 четверть", "болезнь", LocalDate.of(2026, 11, 30),
                        true)),
                List.of(new FinalGrades.ExamLine("Математика", "Пробный экзамен", LocalDate.of(2026, 11, 10), 25, 4,
                        LocalDate.of(2026, 11, 12), Instant.parse("2026-11-12T12:00:00Z"))));
        Timetable week = new Timetable(MONDAY, List.of(new Timetable.Day(MONDAY, List.of(
                new Timetable.Slot(1, LocalTime.of(8, 30), LocalTime.of(9, 15), "Математика", "Петрова О. С.",
                        "12")))), List.of());
        DiaryWeek days = new DiaryWeek(MONDAY, List.of(new DiaryWeek.Day(MONDAY, null, List.of(
                new DiaryWeek.Entry(5, 1, null, null, "Математика", "Иванова Н. О.", "12", null, null, false, false,
                        new DiaryWeek.Change("SUBSTITUTION", "болезнь учителя", "Петрова О. С.", null, null, null,
                                null), List.of(), null, List.of())))));
        return new ExtractFacts(STUDENT, period, TODAY, lastPaperIssue, subjects, grades,
                List.of(new AbsenceLine("Математика", Map.of("Б", 2, "Н", 1), 3)), week, days,
                List.of(new HomeworkLine("Математика", "№ 12, 14", TODAY, MONDAY)),
                List.of(new ControlWorkSchedule.Line(LocalDate.of(2026, 12, 10), "Математика", "Дроби",
                        "Контрольная работа", false)),
                List.of(new TeacherLine("CLASS_TEACHER", null, "Петрова Ольга Сергеевна", "учитель", "4Д"),
                        new TeacherLine("SUBJECT", "Математика", "Петрова Ольга Сергеевна", "учитель", "4Д")),
                List.of(new HolidayLine("Осенние каникулы", LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 3), 9,
                                false, true),
                        new HolidayLine("Зимние каникулы", LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 11), 14,
                                false, false)),
                List.of(new RecommendationLine(LocalDate.of(2026, 11, 16), "Петрова Ольга Сергеевна", "Математика",
                        "Повторить таблицу умножения")));
    }

    public static ExtractPeriod secondQuarter() {
        return ExtractPeriod.period(12, "2 четверть", LocalDate.of(2026, 11, 5), LocalDate.of(2026, 12, 28), false);
    }

    public static ExtractPeriod firstQuarter() {
        return ExtractPeriod.period(11, "1 четверть", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 25), true);
    }
}
