package ru.ediary.diary.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import ru.ediary.assessment.model.Deferral;
import ru.ediary.assessment.model.ExamResult;
import ru.ediary.assessment.model.FinalGrade;
import ru.ediary.diary.model.DiaryRecords;
import ru.ediary.journal.model.Attendance;
import ru.ediary.journal.model.ControlWork;
import ru.ediary.journal.model.Homework;
import ru.ediary.journal.model.Lesson;
import ru.ediary.journal.model.Mark;
import ru.ediary.journal.model.Recommendation;
import ru.ediary.journal.model.TimetableChange;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.Holiday;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.TeachingAssignment;
import ru.ediary.school.model.TimetableEntry;

/**
 * The diary records of a cohort of students (one child for a cabinet page, a whole class for its paper extracts),
 * read together: each kind of record over each range of days is one query for all of them, kept for the rest of the
 * transaction and handed to each student from memory. Reading a class child by child cost some fifty queries per
 * child, most of the time a class's extracts took.
 *
 * <p>"Taught to a student" is decided here once, for every kind of record: a row whose audience is the student's
 * class, a study group the student is a member of, or the student's own individual plan. The queries select the rows
 * taught to anyone of the cohort with the audience's three ids, and {@link #taughtTo} hands each row to the students
 * it reaches.
 *
 * <p>The queries do not flush the persistence context first (flush mode COMMIT): nothing that reads a diary writes
 * journal records, and with a class's year of marks loaded, the check for changes before each query was a tenth of
 * the time of a class's extracts.
 */
final class CohortRecords implements DiaryRecords {

    /** The audience of a row (alias r) with its three ids, selected after the row's own columns. */
    private static final String AUDIENCE = " LEFT JOIN r.audience.schoolClass ac LEFT JOIN r.audience.studyGroup ag"
            + " LEFT JOIN r.audience.individualPlan ap";
    private static final String AUDIENCE_IDS = ", ac.id, ag.id, ap.id";
    private static final String TAUGHT = " (ac.id IN :classes OR ag.id IN :groups OR ap.id IN :plans)";

    private final EntityManager em;
    private final JpaDiaryRecords single;
    private final Map<Long, Student> students = new LinkedHashMap<>();
    private final Map<String, Map<Long, List<?>>> read = new HashMap<>();
    private Map<Long, List<Long>> byClass;
    private Map<Long, List<Long>> byGroup;
    private Map<Long, List<Long>> byPlan;

    CohortRecords(EntityManager em, JpaDiaryRecords single, Collection<Student> cohort) {
        this.em = em;
        this.single = single;
        cohort.forEach(s -> students.put(s.getId(), s));
    }

    @Override
    public Optional<Student> student(long id) {
        Student student = students.get(id);
        return student != null ? Optional.of(student) : single.student(id);
    }

    @Override
    public List<Student> students(long schoolClassId) {
        return single.students(schoolClassId);
    }

    @Override
    public DiaryRecords together(List<Long> studentIds) {
        return single.together(studentIds);
    }

    // ------------------------------------------------------------------ taught to the student

    @Override
    public List<Lesson> lessons(Student student, LocalDate from, LocalDate to) {
        return taughtTo(student, "lessons " + from + " " + to, () -> em.createQuery(
                "SELECT r" + AUDIENCE_IDS + " FROM Lesson r JOIN FETCH r.subject LEFT JOIN FETCH r.teacher"
                        + " LEFT JOIN FETCH r.lessonType" + AUDIENCE + " WHERE r.deleted = FALSE"
                        + " AND r.date BETWEEN :from AND :to AND" + TAUGHT + " ORDER BY r.date, r.slot",
                Object[].class).setParameter("from", from).setParameter("to", to));
    }

    @Override
    public List<Homework> homeworkGiven(Student student, LocalDate from, LocalDate to) {
        return homework(student, "r.date BETWEEN :from AND :to", from, to);
    }

    @Override
    public List<Homework> homeworkDue(Student student, LocalDate from, LocalDate to) {
        return homework(student, "h.dueOn BETWEEN :from AND :to", from, to);
    }

    /** Homework with its lesson and the lesson's subject loaded in the same query. */
    private List<Homework> homework(Student student, String when, LocalDate from, LocalDate to) {
        return taughtTo(student, when + " " + from + " " + to, () -> em.createQuery(
                "SELECT h" + AUDIENCE_IDS + ", r, s FROM Homework h JOIN h.lesson r JOIN r.subject s" + AUDIENCE
                        + " WHERE h.deleted = FALSE AND r.deleted = FALSE AND " + when + " AND" + TAUGHT
                        + " ORDER BY h.dueOn, r.date, r.slot", Object[].class)
                .setParameter("from", from).setParameter("to", to));
    }

    @Override
    public List<TimetableChange> changes(Student student, LocalDate from, LocalDate to) {
        return taughtTo(student, "changes " + from + " " + to, () -> {
            // In two steps: the schools' changes of the dates first (a handful), then which of them the cohort is
            // taught. In one query the date OR and the audience ORs made Derby walk every lesson of the school for
            // each change.
            List<Long> ofTheDates = em.createQuery("SELECT c.id FROM TimetableChange c JOIN c.lesson r"
                            + " WHERE c.school.id IN :schools AND c.deleted = FALSE AND r.deleted = FALSE"
                            + " AND (r.date BETWEEN :from AND :to OR c.originalDate BETWEEN :from AND :to)", Long.class)
                    .setParameter("schools", students.values().stream().map(s -> s.getSchool().getId())
                            .distinct().toList())
                    .setParameter("from", from).setParameter("to", to).getResultList();
            return em.createQuery("SELECT c" + AUDIENCE_IDS + ", r, s FROM TimetableChange c JOIN c.lesson r"
                            + " JOIN r.subject s LEFT JOIN FETCH c.originalTeacher" + AUDIENCE
                            + " WHERE c.id IN :changes AND" + TAUGHT, Object[].class)
                    .setParameter("changes", orNone(ofTheDates));
        });
    }

    @Override
    public List<TimetableEntry> timetable(Student student, LocalDate date) {
        return taughtTo(student, "timetable " + date, () -> em.createQuery(
                "SELECT r" + AUDIENCE_IDS + " FROM TimetableEntry r JOIN FETCH r.subject LEFT JOIN FETCH r.teacher"
                        + AUDIENCE + " WHERE r.deleted = FALSE AND r.validFrom <= :date"
                        + " AND (r.validTo IS NULL OR r.validTo >= :date) AND" + TAUGHT
                        + " ORDER BY r.weekday, r.slot", Object[].class).setParameter("date", date));
    }

    @Override
    public List<ControlWork> controlWorks(Student student, LocalDate from, LocalDate to) {
        return taughtTo(student, "controlWorks " + from + " " + to, () -> em.createQuery(
                "SELECT r" + AUDIENCE_IDS + " FROM ControlWork r JOIN FETCH r.subject LEFT JOIN FETCH r.workType"
                        + AUDIENCE + " WHERE r.deleted = FALSE AND r.plannedOn BETWEEN :from AND :to AND" + TAUGHT
                        + " ORDER BY r.plannedOn", Object[].class)
                .setParameter("from", from).setParameter("to", to));
    }

    @Override
    public List<TeachingAssignment> assignments(Student student) {
        return taughtTo(student, "assignments", () -> em.createQuery(
                "SELECT r" + AUDIENCE_IDS + " FROM TeachingAssignment r JOIN FETCH r.subject JOIN FETCH r.teacher"
                        + AUDIENCE + " WHERE r.deleted = FALSE AND r.teacher.deleted = FALSE AND" + TAUGHT,
                Object[].class));
    }

    // ------------------------------------------------------------------ the student's own

    @Override
    public List<Mark> marks(Student student, LocalDate from, LocalDate to) {
        return own(student, "marks " + from + " " + to, () -> em.createQuery(
                // not the lessons: a year of marks would load a year of lessons for the few days a page shows,
                // whose lessons the page has read anyway
                "SELECT m, m.student.id FROM Mark m JOIN FETCH m.subject LEFT JOIN FETCH m.workType"
                        + " WHERE m.student.id IN :students AND m.deleted = FALSE"
                        + " AND m.lesson.deleted = FALSE AND m.date BETWEEN :from AND :to ORDER BY m.date, m.id",
                Object[].class).setParameter("from", from).setParameter("to", to));
    }

    @Override
    public List<Attendance> attendance(Student student, LocalDate from, LocalDate to) {
        return own(student, "attendance " + from + " " + to, () -> em.createQuery(
                "SELECT a, a.student.id FROM Attendance a JOIN FETCH a.code JOIN FETCH a.lesson"
                        + " WHERE a.student.id IN :students AND a.deleted = FALSE AND a.lesson.deleted = FALSE"
                        + " AND a.lesson.date BETWEEN :from AND :to", Object[].class)
                .setParameter("from", from).setParameter("to", to));
    }

    @Override
    public List<FinalGrade> finalGrades(Student student) {
        return own(student, "finalGrades", () -> em.createQuery(
                "SELECT f, f.student.id FROM FinalGrade f JOIN FETCH f.subject JOIN FETCH f.period"
                        + " WHERE f.student.id IN :students AND f.deleted = FALSE", Object[].class));
    }

    @Override
    public List<Deferral> deferrals(Student student) {
        return own(student, "deferrals", () -> em.createQuery(
                "SELECT d, d.student.id FROM Deferral d JOIN FETCH d.subject JOIN FETCH d.period"
                        + " WHERE d.student.id IN :students AND d.deleted = FALSE", Object[].class));
    }

    @Override
    public List<ExamResult> examResults(Student student) {
        return own(student, "examResults", () -> em.createQuery(
                "SELECT e, e.student.id FROM ExamResult e JOIN FETCH e.subject"
                        + " WHERE e.student.id IN :students AND e.deleted = FALSE ORDER BY e.examDate",
                Object[].class));
    }

    @Override
    public List<Recommendation> recommendations(Student student) {
        return own(student, "recommendations", () -> em.createQuery(
                "SELECT r, r.student.id FROM Recommendation r JOIN FETCH r.teacher LEFT JOIN FETCH r.subject"
                        + " WHERE r.student.id IN :students AND r.deleted = FALSE ORDER BY r.givenOn DESC, r.id DESC",
                Object[].class));
    }

    // ------------------------------------------------------------------ the school year's

    @Override
    public List<AcademicPeriod> periods(Student student) {
        return ofYear(student, "periods", () -> em.createQuery("SELECT p FROM AcademicPeriod p"
                        + " WHERE p.schoolYear = :year AND p.deleted = FALSE ORDER BY p.startsOn, p.endsOn DESC",
                AcademicPeriod.class).setParameter("year", student.getSchoolClass().getSchoolYear()).getResultList());
    }

    @Override
    public List<Holiday> holidays(Student student) {
        int grade = student.getSchoolClass().getGrade();
        return ofYear(student, "holidays " + grade, () -> em.createQuery("SELECT h FROM Holiday h"
                        + " WHERE h.schoolYear = :year AND h.deleted = FALSE"
                        + " AND (h.onlyGrade IS NULL OR h.onlyGrade = :grade) ORDER BY h.startsOn", Holiday.class)
                .setParameter("year", student.getSchoolClass().getSchoolYear()).setParameter("grade", grade)
                .getResultList());
    }

    // ------------------------------------------------------------------ reading once, handing out per student

    /**
     * The rows taught to {@code student}, read for the whole cohort on the first request of {@code key}. The query
     * selects the row first and the audience's class, group and plan ids right after it.
     */
    @SuppressWarnings("unchecked")
    private <T> List<T> taughtTo(Student student, String key, Supplier<TypedQuery<Object[]>> query) {
        Map<Long, List<?>> perStudent = read.get(key);
        if (perStudent == null) {
            audiences();
            perStudent = new HashMap<>();
            for (Object[] row : query.get().setFlushMode(FlushModeType.COMMIT)
                    .setParameter("classes", orNone(byClass.keySet()))
                    .setParameter("groups", orNone(byGroup.keySet())).setParameter("plans", orNone(byPlan.keySet()))
                    .getResultList()) {
                Set<Long> reached = new LinkedHashSet<>();
                reached.addAll(byClass.getOrDefault((Long) row[1], List.of()));
                reached.addAll(byGroup.getOrDefault((Long) row[2], List.of()));
                reached.addAll(byPlan.getOrDefault((Long) row[3], List.of()));
                for (Long id : reached) {
                    ((List<Object>) perStudent.computeIfAbsent(id, k -> new ArrayList<>())).add(row[0]);
                }
            }
            read.put(key, perStudent);
        }
        return Collections.unmodifiableList((List<T>) perStudent.getOrDefault(student.getId(), List.of()));
    }

    /** The rows of {@code student}, read for the whole cohort; the query selects the row and its student's id. */
    @SuppressWarnings("unchecked")
    private <T> List<T> own(Student student, String key, Supplier<TypedQuery<Object[]>> query) {
        Map<Long, List<?>> perStudent = read.get(key);
        if (perStudent == null) {
            perStudent = new HashMap<>();
            for (Object[] row : query.get().setFlushMode(FlushModeType.COMMIT)
                    .setParameter("students", List.copyOf(students.keySet()))
                    .getResultList()) {
                ((List<Object>) perStudent.computeIfAbsent((Long) row[1], k -> new ArrayList<>())).add(row[0]);
            }
            read.put(key, perStudent);
        }
        return Collections.unmodifiableList((List<T>) perStudent.getOrDefault(student.getId(), List.of()));
    }

    /** Rows shared by everyone of a school year, read once per year. */
    @SuppressWarnings("unchecked")
    private <T> List<T> ofYear(Student student, String key, Supplier<List<T>> query) {
        return (List<T>) read.computeIfAbsent(key, k -> new HashMap<>())
                .computeIfAbsent(student.getSchoolClass().getSchoolYear().getId(), k -> query.get());
    }

    /** Whom the cohort's audiences reach: classes, the groups its students are members of, their own plans. */
    private void audiences() {
        if (byClass != null) {
            return;
        }
        byClass = new HashMap<>();
        byGroup = new HashMap<>();
        byPlan = new HashMap<>();
        List<Long> ids = List.copyOf(students.keySet());
        students.values().forEach(s -> byClass.computeIfAbsent(s.getSchoolClass().getId(), k -> new ArrayList<>())
                .add(s.getId()));
        em.createQuery("SELECT gm.group.id, gm.student.id FROM StudyGroupMember gm WHERE gm.student.id IN :students"
                        + " AND gm.deleted = FALSE", Object[].class).setParameter("students", ids).getResultList()
                .forEach(row -> byGroup.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]));
        em.createQuery("SELECT p.id, p.student.id FROM IndividualPlan p WHERE p.student.id IN :students",
                        Object[].class).setParameter("students", ids).getResultList()
                .forEach(row -> byPlan.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]));
    }

    /** An empty IN list is not valid SQL; no record has id 0. */
    private static List<Long> orNone(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(0L) : List.copyOf(ids);
    }
}
