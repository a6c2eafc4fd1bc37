package ru.ediary.school.model;

/** Отчётный период: четверть, триместр, полугодие, год. */
public enum PeriodKind {
    QUARTER, TRIMESTER, HALF_YEAR, YEAR
}
