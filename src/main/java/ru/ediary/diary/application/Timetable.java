package ru.ediary.diary.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Расписание: the regular week, and this week's changes beside it. */
public record Timetable(LocalDate monday, List<Day> days, List<DiaryWeek.Entry> changes) {

    public LocalDate getMonday() {
        return monday;
    }

    public List<Day> getDays() {
        return days;
    }

    public List<DiaryWeek.Entry> getChanges() {
        return changes;
    }


    public LocalDate getPrevious() {
        return monday.minusWeeks(1);
    }

    public LocalDate getNext() {
        return monday.plusWeeks(1);
    }

    public record Day(LocalDate date, List<Slot> slots) {

        public LocalDate getDate() {
            return date;
        }

        public List<Slot> getSlots() {
            return slots;
        }
    }

    public record Slot(int slot, LocalTime startsAt, LocalTime endsAt, String subject, String teacher, String room) {

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
    }
}
