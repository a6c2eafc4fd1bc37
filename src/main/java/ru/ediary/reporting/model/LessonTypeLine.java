package ru.ediary.reporting.model;

/** Lessons held in the period of one lesson type («урок», «контрольная работа», …). */
public record LessonTypeLine(String type, long held) {

    public String getType() { return type; }
    public long getHeld() { return held; }
}
