package ru.ediary.interfaces.web.parent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import ru.ediary.diary.application.ChildDiary;
import ru.ediary.diary.application.ControlWorkSchedule;
import ru.ediary.diary.application.DiaryWeek;
import ru.ediary.diary.application.FinalGrades;
import ru.ediary.diary.application.HolidayLine;
import ru.ediary.diary.application.MarksBySubject;
import ru.ediary.diary.application.Overview;
import ru.ediary.diary.application.RecommendationLine;
import ru.ediary.diary.application.TeacherLine;
import ru.ediary.diary.application.Timetable;

/**
 * What each cabinet page shows of the admitted child ({@link CabinetChild}), read once per request when the page
 * first asks. Parameters: {@code date} (week, timetable), {@code period} (marks, control works).
 */
@Named("diary")
@RequestScoped
public class DiaryPages {

    @Inject
    CabinetChild cabinet;

    @Inject
    ChildDiary diary;

    private Overview overview;
    private DiaryWeek week;
    private MarksBySubject marks;
    private FinalGrades finalGrades;
    private Timetable timetable;
    private ControlWorkSchedule controlWorks;
    private List<TeacherLine> teachers;
    private List<HolidayLine> holidays;
    private List<RecommendationLine> recommendations;

    public Overview getOverview() {
        if (overview == null) {
            overview = diary.overview(cabinet.studentId(), cabinet.getToday());
        }
        return overview;
    }

    public DiaryWeek getWeek() {
        if (week == null) {
            week = diary.week(cabinet.studentId(), requestedDate());
        }
        return week;
    }

    public MarksBySubject getMarks() {
        if (marks == null) {
            marks = diary.marksBySubject(cabinet.studentId(), cabinet.longParameter("period"), cabinet.getToday());
        }
        return marks;
    }

    public FinalGrades getFinalGrades() {
        if (finalGrades == null) {
            finalGrades = diary.finalGrades(cabinet.studentId(), cabinet.getToday());
        }
        return finalGrades;
    }

    public Timetable getTimetable() {
        if (timetable == null) {
            timetable = diary.timetable(cabinet.studentId(), requestedDate());
        }
        return timetable;
    }

    public ControlWorkSchedule getControlWorks() {
        if (controlWorks == null) {
            controlWorks = diary.controlWorks(cabinet.studentId(), cabinet.longParameter("period"),
                    cabinet.getToday());
        }
        return controlWorks;
    }

    public List<TeacherLine> getTeachers() {
        if (teachers == null) {
            teachers = diary.teachers(cabinet.studentId());
        }
        return teachers;
    }

    public List<HolidayLine> getHolidays() {
        if (holidays == null) {
            holidays = diary.holidays(cabinet.studentId(), cabinet.getToday());
        }
        return holidays;
    }

    public List<RecommendationLine> getRecommendations() {
        if (recommendations == null) {
            recommendations = diary.recommendations(cabinet.studentId());
        }
        return recommendations;
    }

    /** The asked date; without one, today — and on a Sunday the week about to begin, which is what one prepares. */
    private LocalDate requestedDate() {
        LocalDate asked = cabinet.dateParameter("date");
        if (asked != null) {
            return asked;
        }
        LocalDate today = cabinet.getToday();
        return today.getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? today.plusDays(1) : today;
    }
}
