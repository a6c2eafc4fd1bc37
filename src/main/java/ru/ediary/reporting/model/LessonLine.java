package ru.ediary.reporting.model;

/** Lessons of one subject in the period: planned by the curriculum, held, and the deficit (planned − held, ≥ 0). */
public record LessonLine(String subject, long planned, long held, long deficit) {

    public LessonLine plus(LessonLine o) {
        return new LessonLine(subject, planned + o.planned, held + o.held, deficit + o.deficit);
    }

    public String getSubject() { return subject; }
    public long getPlanned() { return planned; }
    public long getHeld() { return held; }
    public long getDeficit() { return deficit; }
}
