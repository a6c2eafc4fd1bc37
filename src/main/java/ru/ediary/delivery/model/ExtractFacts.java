package ru.ediary.delivery.model;

import java.time.LocalDate;
import java.util.List;
import ru.ediary.diary.application.AbsenceLine;
import ru.ediary.diary.application.ControlWorkSchedule;
import ru.ediary.diary.application.DiaryWeek;
import ru.ediary.diary.application.FinalGrades;
import ru.ediary.diary.application.HolidayLine;
import ru.ediary.diary.application.HomeworkLine;
import ru.ediary.diary.application.RecommendationLine;
import ru.ediary.diary.application.StudentCard;
import ru.ediary.diary.application.SubjectForecast;
import ru.ediary.diary.application.TeacherLine;
import ru.ediary.diary.application.Timetable;

/**
 * Everything one extract shows, read from the same diary services as the cabinet's pages (so paper and screen never
 * disagree): the period's marks with forecasts, the year's final grades and exams, absences, the coming week,
 * control works, teachers, holidays, recommendations. {@code comingWeek} is the regular timetable of the coming
 * week, {@code comingDays} the same week's lessons as they will be held (with their changes).
 *
 * @param issuedOn       the date of issue (the school's today)
 * @param lastPaperIssue the date of the student's previous extract, null when none: final grades and exam results
 *                       published after it are «новое» (the 3-day rule's paper channel, DESIGN §5)
 */
public record ExtractFacts(StudentCard student, ExtractPeriod period, LocalDate issuedOn, LocalDate lastPaperIssue,
                           List<SubjectForecast> subjects, FinalGrades finalGrades, List<AbsenceLine> absences,
                           Timetable comingWeek, DiaryWeek comingDays, List<HomeworkLine> homework,
                           List<ControlWorkSchedule.Line> controlWorks,
                           List<TeacherLine> teachers, List<HolidayLine> holidays,
                           List<RecommendationLine> recommendations) {

    /** Published after the previous paper extract and by the day of issue: the guardian has not had it on paper. */
    public boolean isNewOnPaper(LocalDate resultDate) {
        return resultDate != null && !resultDate.isAfter(issuedOn)
                && (lastPaperIssue == null || resultDate.isAfter(lastPaperIssue));
    }
}
