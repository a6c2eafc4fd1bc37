package ru.ediary.reporting.application;

import java.util.List;
import ru.ediary.assessment.model.ResultDistribution;
import ru.ediary.reporting.model.Completeness;
import ru.ediary.reporting.model.ConsentCoverage;
import ru.ediary.reporting.model.DeliveryCounts;
import ru.ediary.reporting.model.LessonLine;
import ru.ediary.reporting.model.LessonTypeLine;
import ru.ediary.reporting.model.Published;
import ru.ediary.reporting.model.Timeliness;

/**
 * One school's figures for a period (or the region's, then {@code code} and {@code name} are the region's), with
 * every figure about people suppressed where it was computed over fewer than five of them. Lessons and messages are
 * not about people and are never suppressed.
 *
 * @param results the period's final grades (ResultDistribution: N, 5/4/3/2/н/а/осв, средний балл, успеваемость,
 *                качество знаний, СОУ)
 * @param grades  per grade level (1–11), when asked for
 * @param subjects per subject, when asked for
 */
public record SchoolReport(String code, String name, Published<ResultDistribution> results, List<GradeLine> grades,
                           List<SubjectLine> subjects, Published<Completeness> completeness, List<LessonLine> lessons,
                           LessonLine lessonTotal, List<LessonTypeLine> lessonTypes, Published<Timeliness> publication,
                           Published<ConsentCoverage> consent, DeliveryCounts delivery) {

    public record GradeLine(int grade, Published<ResultDistribution> results) {
        public int getGrade() { return grade; }
        public Published<ResultDistribution> getResults() { return results; }
    }

    public record SubjectLine(String subject, Published<ResultDistribution> results) {
        public String getSubject() { return subject; }
        public Published<ResultDistribution> getResults() { return results; }
    }

    /** The same figures without the lines per grade level and subject. */
    public SchoolReport withoutDetail() {
        return new SchoolReport(code, name, results, List.of(), List.of(), completeness, lessons, lessonTotal,
                lessonTypes, publication, consent, delivery);
    }

    /** This school's figures as the total of a report of this school alone. */
    public SchoolReport asTotal() {
        return new SchoolReport(null, name, results, grades, subjects, completeness, lessons, lessonTotal,
                lessonTypes, publication, consent, delivery);
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public Published<ResultDistribution> getResults() { return results; }
    public List<GradeLine> getGrades() { return grades; }
    public List<SubjectLine> getSubjects() { return subjects; }
    public Published<Completeness> getCompleteness() { return completeness; }
    public List<LessonLine> getLessons() { return lessons; }
    public LessonLine getLessonTotal() { return lessonTotal; }
    public List<LessonTypeLine> getLessonTypes() { return lessonTypes; }
    public Published<Timeliness> getPublication() { return publication; }
    public Published<ConsentCoverage> getConsent() { return consent; }
    public DeliveryCounts getDelivery() { return delivery; }
}
