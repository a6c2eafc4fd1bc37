package ru.ediary.delivery.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestWordingTest {

    private final DigestWording.Week week = new DigestWording.Week(LocalDate.of(2026, 11, 23), "2 четверть",
            List.of(new DigestWording.SubjectWeek("Математика", List.of("5", "4", "3"),
                    Optional.of(new BigDecimal("4.38")))),
            List.of("24.11.2026, Математика: по болезни"),
            List.of("к 01.12.2026, Математика: № 123"),
            List.of("03.12.2026, Математика: «Дроби»"),
            List.of());

    @Test
    void theWeeklySummaryListsMarksWithThePeriodAverageAbsencesAndTheNextWeek() {
        String text = DigestWording.weeklyEmail("Соколова Мария Павловна", "Соколова Анна", "3Б", week);
        assertTrue(text.startsWith("Здравствуйте, Соколова Мария Павловна!\n\n"
                + "Итоги недели 23.11.2026–29.11.2026: Соколова Анна, 3Б класс.\n\n"
                + "Оценки за неделю (в скобках — средний балл за 2 четверть):\n"
                + "— Математика: 5, 4, 3 (4,38)\n\n"
                + "Пропуски и опоздания за неделю: 1\n— 24.11.2026, Математика: по болезни\n\n"
                + "Домашние задания на следующую неделю:\n— к 01.12.2026, Математика: № 123\n\n"
                + "Контрольные работы на следующей неделе:\n— 03.12.2026, Математика: «Дроби»\n"), text);
        assertTrue(!text.contains("Изменения в расписании"), "an empty section is left out");
        assertEquals("Анна, итоги недели: Математика 5,4,3; пропусков 1; контрольных на след. неделе 1",
                DigestWording.weeklySms("Анна", week));
    }

    @Test
    void theForecastGivesGradeAverageAndWhatWouldChangeIt() {
        List<DigestWording.SubjectForecast> subjects = List.of(
                new DigestWording.SubjectForecast("Математика", Optional.of(4), Optional.of(new BigDecimal("4.38")),
                        "Ещё одна «5» даст «5»."),
                new DigestWording.SubjectForecast("Чтение", Optional.empty(), Optional.of(new BigDecimal("5.00")),
                        "Недостаточно оценок для прогноза: есть 1, нужно не меньше 3."));
        String text = DigestWording.forecastEmail("Соколова Мария Павловна", "Соколова Анна", "3Б", "2 четверть",
                LocalDate.of(2026, 12, 27), subjects);
        assertTrue(text.contains("Прогноз итоговых оценок за 2 четверть (период заканчивается 27.12.2026): "
                + "Соколова Анна, 3Б класс.\n\n"
                + "— Математика: прогноз «4», средний балл 4,38. Ещё одна «5» даст «5».\n"
                + "— Чтение: Недостаточно оценок для прогноза: есть 1, нужно не меньше 3.\n"), text);
        assertEquals("Анна, прогноз за 2 четверть: Математика 4; Чтение —",
                DigestWording.forecastSms("Анна", "2 четверть", subjects));
    }
}
