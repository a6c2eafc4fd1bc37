package ru.ediary.diary.application;

import java.util.Map;

/** A subject's absences in a stretch of days: how many of each attendance code («Н», «Б», «УП», «ОП»). */
public record AbsenceLine(String subject, Map<String, Integer> byCode, int total) {
}
