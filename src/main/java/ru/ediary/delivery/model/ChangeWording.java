package ru.ediary.delivery.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import ru.ediary.assessment.model.Deferral;
import ru.ediary.assessment.model.ExamResult;
import ru.ediary.assessment.model.FinalGrade;
import ru.ediary.journal.model.ControlWork;
import ru.ediary.journal.model.Lesson;
import ru.ediary.journal.model.Mark;
import ru.ediary.journal.model.Recommendation;
import ru.ediary.journal.model.TimetableChange;
import ru.ediary.school.model.Teacher;

/** One Russian line per change, as guardians read it in an e-mail list or an SMS. */
public final class ChangeWording {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ChangeWording() {
    }

    /** «Математика, 05.10.2026 — оценка 5 (контрольная работа)»; a corrected one: «оценка исправлена на 4». */
    public static String mark(Mark mark, boolean corrected) {
        StringBuilder line = new StringBuilder(mark.getSubject().getName()).append(", ")
                .append(DATE.format(mark.getDate())).append(" — ")
                .append(corrected ? "оценка исправлена на " : "оценка ").append(mark.getValue().label());
        if (mark.getWorkType() != null) {
            line.append(" (").append(mark.getWorkType().getName().toLowerCase()).append(')');
        }
        if (mark.getComment() != null && !mark.getComment().isBlank()) {
            line.append(", комментарий учителя: «").append(mark.getComment().strip()).append('»');
        }
        return line.toString();
    }

    /** «Математика — итоговая оценка за 1 четверть: 5». */
    public static String finalGrade(FinalGrade grade) {
        return grade.getSubject().getName() + " — итоговая оценка за " + grade.getPeriod().getName().toLowerCase()
                + ": " + grade.getValue().label();
    }

    /** «ОГЭ (Математика), 20.05.2026 — оценка 4, 25 баллов». */
    public static String exam(ExamResult exam) {
        StringBuilder line = new StringBuilder(exam.getExamName()).append(" (").append(exam.getSubject().getName())
                .append("), ").append(DATE.format(exam.getExamDate())).append(" — результат");
        if (exam.getMark() != null) {
            line.append(": оценка ").append(exam.getMark());
        }
        if (exam.getScore() != null) {
            line.append(exam.getMark() != null ? ", " : ": ").append(exam.getScore()).append(" балл.");
        }
        return line.toString();
    }

    /** «Математика — аттестация за 1 четверть отложена до 15.11.2026 (болезнь)». */
    public static String deferral(Deferral deferral) {
        return deferral.getSubject().getName() + " — аттестация за " + deferral.getPeriod().getName().toLowerCase()
                + " отложена до " + DATE.format(deferral.getDeadline()) + " (" + deferral.getReason() + ")";
    }

    /** «Рекомендация учителя Иванова И. И. (Математика): …». */
    public static String recommendation(Recommendation recommendation) {
        return "рекомендация учителя " + teacher(recommendation.getTeacher())
                + (recommendation.getSubject() == null ? "" : " (" + recommendation.getSubject().getName() + ")")
                + ": " + recommendation.getText().strip();
    }

    /**
     * A substitution, move or cancellation, if it touches today or tomorrow (before or after the change);
     * changes further ahead reach guardians in the weekly summary.
     */
    public static Optional<String> timetable(TimetableChange change, LocalDate today) {
        Lesson lesson = change.getLesson();
        LocalDate tomorrow = today.plusDays(1);
        boolean near = !lesson.getDate().isBefore(today) && !lesson.getDate().isAfter(tomorrow)
                || change.getOriginalDate() != null && !change.getOriginalDate().isBefore(today)
                && !change.getOriginalDate().isAfter(tomorrow);
        if (!near) {
            return Optional.empty();
        }
        String subject = lesson.getSubject().getName();
        String reason = change.getReason() == null || change.getReason().isBlank() ? ""
                : " Причина: " + change.getReason().strip() + ".";
        String text = switch (change.getKind()) {
            case SUBSTITUTION -> day(lesson.getDate(), today) + ", " + lesson.getSlot() + "-й урок, " + subject
                    + ": замена учителя, урок ведёт " + teacher(lesson.getTeacher()) + ".";
            case MOVE -> subject + ": урок перенесён"
                    + (change.getOriginalDate() == null ? "" : " с " + day(change.getOriginalDate(), today)
                    + (change.getOriginalSlot() == null ? "" : ", " + change.getOriginalSlot() + "-й урок"))
                    + " на " + day(lesson.getDate(), today) + ", " + lesson.getSlot() + "-й урок.";
            case CANCELLATION -> day(lesson.getDate(), today) + ", " + lesson.getSlot() + "-й урок, " + subject
                    + ": урок отменён.";
        };
        return Optional.of(text + reason);
    }

    /** «Контрольная работа по предмету Математика: 12.10.2026, «Дроби»»; moved: «перенесена на …». */
    public static String controlWork(ControlWork work, boolean moved) {
        return "контрольная работа, " + work.getSubject().getName() + ": " + (moved ? "перенесена на " : "назначена на ")
                + DATE.format(work.getPlannedOn()) + ", тема «" + work.getTopic().strip() + "»";
    }

    /** «сегодня, 05.10.2026», «завтра, 06.10.2026», or the date. */
    static String day(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return "сегодня, " + DATE.format(date);
        }
        if (date.equals(today.plusDays(1))) {
            return "завтра, " + DATE.format(date);
        }
        return DATE.format(date);
    }

    static String teacher(Teacher teacher) {
        return teacher == null || teacher.getName() == null ? "другой учитель" : teacher.getName().withInitials();
    }
}
