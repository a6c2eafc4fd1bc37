package ru.ediary.delivery.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ediary.delivery.model.ExtractSheet.Line;
import ru.ediary.delivery.model.ExtractSheet.Section;
import ru.ediary.delivery.model.ExtractSheet.Table;
import ru.ediary.platform.Refusal;

/** What goes on an extract's pages, without a PDF library. */
class ExtractLayoutTest {

    private static ExtractSheet sheet(ExtractPeriod period, LocalDate lastPaperIssue) {
        return ExtractLayout.compose(ExtractFixture.facts(period, lastPaperIssue), new ExtractNumber(2026, 7),
                "ABCDEFGHIJKLMNOP", "https://school.test/ediary/verify/ABCDEFGHIJKLMNOP");
    }

    private static Section section(ExtractSheet sheet, String title) {
        return sheet.sections().stream().filter(s -> s.title().startsWith(title)).findFirst().orElseThrow();
    }

    @Test
    void theHeadingNamesSchoolStudentPeriodDateAndNumber() {
        ExtractSheet.Heading h = sheet(ExtractFixture.secondQuarter(), null).heading();
        assertEquals("МОУ «Средняя школа № 5»", h.schoolName());
        assertEquals("г. Тестов, ул. Школьная, 1", h.schoolAddress());
        assertEquals("Выписка из электронного дневника", h.title());
        assertEquals("Соколова Анна Игоревна", h.student());
        assertEquals("4Д", h.className());
        assertEquals("2 четверть (05.11.2026 – 28.12.2026)", h.period());
        assertEquals("18.11.2026", h.issuedOn());
        assertEquals("0007/2026", h.number());
    }

    @Test
    void sectionsComeInTheOrderOfAPaperDiary() {
        assertEquals(List.of("Оценки по предметам", "Итоговые оценки и экзамены", "Посещаемость за период",
                        "Расписание на неделю 23.11.2026 – 29.11.2026", "Домашние задания на неделю",
                        "График контрольных работ", "Учителя", "Каникулы и праздники", "Рекомендации учителей"),
                sheet(ExtractFixture.secondQuarter(), null).sections().stream().map(Section::title).toList());
    }

    @Test
    void aRunningPeriodShowsEveryMarkTheWeightedAverageAndTheForecast() {
        Table maths = section(sheet(ExtractFixture.secondQuarter(), null), "Оценки").tables().get(0);
        assertEquals("Математика", maths.caption());
        assertEquals(List.of("Дата", "Оценка", "Вид работы", "Вес"), maths.columns());
        assertEquals(List.of(Line.of("10.09.2026", "5", "Контрольная работа", "2"),
                Line.of("17.09.2026", "4", "Ответ на уроке", "1")), maths.lines());
        assertEquals(List.of("Средний взвешенный балл: 4,67", "Прогноз итоговой оценки: «5». Одна «2» даст «4»."),
                maths.notes());
        Table reading = section(sheet(ExtractFixture.secondQuarter(), null), "Оценки").tables().get(1);
        assertTrue(reading.lines().isEmpty());
        assertEquals("Оценок за период нет.", reading.empty());
        assertTrue(reading.notes().get(1).startsWith("Прогноз итоговой оценки: нет."));
    }

    @Test
    void aFinishedPeriodShowsTheFinalGradeOrTheDeferralWithItsDeadline() {
        List<Table> tables = section(sheet(ExtractFixture.firstQuarter(), null), "Оценки").tables();
        assertEquals("Итоговая оценка: 5 (новое)", tables.get(0).notes().get(1));
        assertEquals("Аттестация отложена до 30.11.2026.", tables.get(1).notes().get(1));
    }

    @Test
    void finalGradesAndExamsNotYetReceivedOnPaperAreMarkedNew() {
        Section finals = section(sheet(ExtractFixture.secondQuarter(), LocalDate.of(2026, 11, 1)), "Итоговые");
        Line maths = finals.tables().get(0).lines().get(0);
        assertEquals(List.of("Математика", "5", ""), maths.cells(), "published before the last extract: not new");
        assertFalse(maths.fresh());
        assertEquals(List.of("Чтение", "отсрочка до 30.11.2026", ""), finals.tables().get(0).lines().get(1).cells());
        assertEquals(List.of("Отсрочка: Чтение, 1 четверть — до 30.11.2026 (болезнь)"),
                finals.tables().get(0).notes());
        Line exam = finals.tables().get(1).lines().get(0);
        assertEquals(List.of("Пробный экзамен", "Математика", "10.11.2026", "оценка 4, 25 балл. (новое)"),
                exam.cells());
        assertTrue(exam.fresh());

        Line never = section(sheet(ExtractFixture.secondQuarter(), null), "Итоговые").tables().get(0).lines().get(0);
        assertEquals("5 (новое)", never.cells().get(1), "no extract before: everything published is new on paper");
    }

    @Test
    void absencesAreCountedPerSubjectAndCode() {
        Table absences = section(sheet(ExtractFixture.secondQuarter(), null), "Посещаемость").tables().get(0);
        assertEquals(List.of("Предмет", "Б", "Н", "Всего"), absences.columns());
        assertEquals(List.of(Line.of("Математика", "2", "1", "3")), absences.lines());
    }

    @Test
    void theComingWeekShowsItsLessonsAndChangesWithReasons() {
        Section week = section(sheet(ExtractFixture.secondQuarter(), null), "Расписание");
        assertEquals(List.of("понедельник, 23.11.2026", "1", "Математика", "Петрова О. С.", "12"),
                week.tables().get(0).lines().get(0).cells());
        Line change = week.tables().get(1).lines().get(0);
        assertEquals(List.of("23.11.2026", "1", "Математика", "Замена: ведёт Иванова Н. О. вместо Петрова О. С.",
                "болезнь учителя"), change.cells());
    }

    @Test
    void homeworkControlWorksTeachersHolidaysAheadAndRecommendationsOfThePeriod() {
        ExtractSheet sheet = sheet(ExtractFixture.secondQuarter(), null);
        assertEquals(List.of(Line.of("23.11.2026", "Математика", "№ 12, 14")),
                section(sheet, "Домашние").tables().get(0).lines());
        assertEquals(List.of(Line.of("10.12.2026", "Математика", "Дроби", "Контрольная работа")),
                section(sheet, "График").tables().get(0).lines());
        assertEquals(Line.of("Классный руководитель", "Петрова Ольга Сергеевна", "4Д"),
                section(sheet, "Учителя").tables().get(0).lines().get(0));
        assertEquals(List.of(Line.of("Зимние каникулы", "29.12.2026", "11.01.2027", "14")),
                section(sheet, "Каникулы").tables().get(0).lines(), "past holidays are left out");
        assertEquals(1, section(sheet, "Рекомендации").tables().get(0).lines().size());
        assertTrue(section(sheet(ExtractFixture.firstQuarter(), null), "Рекомендации").tables().get(0).lines()
                .isEmpty(), "a recommendation outside the period is not on it");
    }

    @Test
    void theSlipAndTheVerificationCarryTheNumberButNoMarks() {
        ExtractSheet sheet = sheet(ExtractFixture.secondQuarter(), null);
        assertEquals(new ExtractSheet.FeedbackSlip("Обратная связь", "Соколова Анна Игоревна", "4Д", "0007/2026",
                "Петрова Ольга Сергеевна", 3), sheet.slip());
        assertEquals("https://school.test/ediary/verify/ABCDEFGHIJKLMNOP", sheet.verification().url());
        assertTrue(sheet.verification().text().contains("ABCDEFGHIJKLMNOP"));
    }

    @Test
    void numbersArePrintedWithTheirYearAndFollowEachOther() {
        assertEquals("0001/2026", ExtractNumber.after(2026, 0).label());
        assertEquals("0018/2026", ExtractNumber.after(2026, 17).label());
        assertThrows(IllegalArgumentException.class, () -> new ExtractNumber(2026, 0));
    }

    @Test
    void aRangeMustLieWithinTheSchoolYearAndRunForwards() {
        LocalDate start = ExtractFixture.STUDENT.yearStartsOn();
        LocalDate end = ExtractFixture.STUDENT.yearEndsOn();
        assertEquals("01.10.2026 – 15.10.2026", ExtractPeriod.range(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 15), start, end).label());
        assertEquals("extract.range.reversed", assertThrows(Refusal.class, () -> ExtractPeriod.range(
                LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 1), start, end)).messageKey());
        assertEquals("extract.range.tooLong", assertThrows(Refusal.class, () -> ExtractPeriod.range(
                LocalDate.of(2026, 8, 1), LocalDate.of(2027, 8, 1), start, end)).messageKey());
        assertEquals("extract.range.outsideYear", assertThrows(Refusal.class, () -> ExtractPeriod.range(
                LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 10), start, end)).messageKey());
        assertEquals("extract.range.missing", assertThrows(Refusal.class, () -> ExtractPeriod.range(
                null, LocalDate.of(2026, 9, 10), start, end)).messageKey());
    }
}
