package ru.ediary.diary.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A week of the diary, Monday to Saturday: each day's lessons with everything the paper diary holds. */
public record DiaryWeek(LocalDate monday, List<Day> days) {

    public LocalDate getMonday() {
        return monday;
    }

    public List<Day> getDays() {
        return days;
    }


    public LocalDate getPrevious() {
        return monday.minusWeeks(1);
    }

    public LocalDate getNext() {
        return monday.plusWeeks(1);
    }

    public LocalDate getSaturday() {
        return monday.plusDays(5);
    }

    /** One day; {@code holiday} names the holidays that cover it (no lessons then). */
    public record Day(LocalDate date, String holiday, List<Entry> entries) {

        public LocalDate getDate() {
            return date;
        }

        public String getHoliday() {
            return holiday;
        }

        public List<Entry> getEntries() {
            return entries;
        }


        public boolean isHoliday() {
            return holiday != null;
        }
    }

    /**
     * A lesson of the day. {@code movedAway} marks the place a moved lesson left (shown struck through, with where it
     * went); {@code change} is the substitution, move or cancellation with its reason.
     */
    public record Entry(long lessonId, int slot, LocalTime startsAt, LocalTime endsAt, String subject, String teacher,
                        String room, String topic, String lessonType, boolean cancelled, boolean movedAway,
                        Change change, List<MarkLine> marks, AttendanceLine attendance, List<HomeworkLine> homework) {

        public long getLessonId() {
            return lessonId;
        }

        public int getSlot() {
            return slot;
        }

        public LocalTime getStartsAt() {
            return startsAt;
        }

        public LocalTime getEndsAt() {
            return endsAt;
        }

        public String getSubject() {
            return subject;
        }

        public String getTeacher() {
            return teacher;
        }

        public String getRoom() {
            return room;
        }

        public String getTopic() {
            return topic;
        }

        public String getLessonType() {
            return lessonType;
        }

        public boolean isCancelled() {
            return cancelled;
        }

        public boolean isMovedAway() {
            return movedAway;
        }

        public Change getChange() {
            return change;
        }

        public List<MarkLine> getMarks() {
            return marks;
        }

        public AttendanceLine getAttendance() {
            return attendance;
        }

        public List<HomeworkLine> getHomework() {
            return homework;
        }
    }

    /**
     * A change of a lesson: {@code kind} SUBSTITUTION, MOVE or CANCELLATION; what it replaced (the original teacher,
     * or the original date and slot); and, for the place a lesson moved away from, where it went.
     */
    public record Change(String kind, String reason, String originalTeacher, LocalDate originalDate,
                         Integer originalSlot, LocalDate newDate, Integer newSlot) {

        public String getKind() {
            return kind;
        }

        public String getReason() {
            return reason;
        }

        public String getOriginalTeacher() {
            return originalTeacher;
        }

        public LocalDate getOriginalDate() {
            return originalDate;
        }

        public Integer getOriginalSlot() {
            return originalSlot;
        }

        public LocalDate getNewDate() {
            return newDate;
        }

        public Integer getNewSlot() {
            return newSlot;
        }
    }

    /** An attendance mark: «Н», «Б», «УП», «ОП» with its name. */
    public record AttendanceLine(String code, String name, boolean excused) {

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public boolean isExcused() {
            return excused;
        }
    }
}
