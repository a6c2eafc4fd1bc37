package ru.ediary.diary.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ru.ediary.assessment.model.Deferral;
import ru.ediary.assessment.model.ExamResult;
import ru.ediary.assessment.model.FinalGrade;
import ru.ediary.assessment.model.ForecastRules;
import ru.ediary.assessment.model.GradeForecast;
import ru.ediary.assessment.model.MarkAverage;
import ru.ediary.assessment.model.WeightedMark;
import ru.ediary.diary.model.DiaryRecords;
import ru.ediary.journal.model.Attendance;
import ru.ediary.journal.model.ChangeKind;
import ru.ediary.journal.model.ControlWork;
import ru.ediary.journal.model.Homework;
import ru.ediary.journal.model.Lesson;
import ru.ediary.journal.model.LessonStatus;
import ru.ediary.journal.model.Mark;
import ru.ediary.journal.model.TimetableChange;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.Audience;
import ru.ediary.school.model.Holiday;
import ru.ediary.school.model.PeriodKind;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.Subject;
import ru.ediary.school.model.Teacher;
import ru.ediary.school.model.TeachingAssignment;
import ru.ediary.school.model.TimetableEntry;

/**
 * The electronic diary of one student, read for the cabinet. Callers have already asked
 * {@code CabinetAccess.requireChild} whether the signed-in account may see this student: this service only reads.
 * Each page is one transaction of a fixed number of queries ({@link DiaryRecords}).
 */
@ApplicationScoped
@Transactional
public class ChildDiary {

    /** How far back the overview looks for fresh marks and freshly published final grades. */
    static final int RECENT_DAYS = 7;

    @Inject
    DiaryRecords records;

    public ChildDiary() {
    }

    private ChildDiary(DiaryRecords records) {
        this.records = records;
    }

    /**
     * The same diary over these students' records read together (DiaryRecords#together): for a class's paper
     * extracts, in the caller's transaction. Students outside the list are read one by one as usual.
     */
    public ChildDiary together(List<Long> studentIds) {
        return new ChildDiary(records.together(studentIds));
    }

    // ------------------------------------------------------------------ pages

    /** The week (Monday–Saturday) containing {@code anyDay}. */
    public DiaryWeek week(long studentId, LocalDate anyDay) {
        Student student = student(studentId);
        LocalDate monday = mondayOf(anyDay);
        // read Monday–Sunday like the timetable's changes, so that a class read together (paper extracts) reads the
        // coming week once for both; Sunday is not shown
        List<DiaryWeek.Day> days = List.copyOf(days(student, monday, monday.plusDays(6)).subList(0, 6));
        if (days.get(5).entries().isEmpty() && !days.get(5).isHoliday()) {
            days = List.copyOf(days.subList(0, 5)); // Saturday only where the school teaches on Saturdays
        }
        return new DiaryWeek(monday, days);
    }

    public Overview overview(long studentId, LocalDate today) {
        Student student = student(studentId);
        List<DiaryWeek.Day> ahead = days(student, today, today.plusDays(7));
        DiaryWeek.Day todays = ahead.get(0);
        // "Tomorrow" is the next day with lessons: on a Friday evening that is Monday.
        DiaryWeek.Day next = ahead.stream().skip(1).filter(d -> !d.entries().isEmpty()).findFirst()
                .orElse(ahead.get(1));

        List<MarkLine> recent = new ArrayList<>(records.marks(student, today.minusDays(RECENT_DAYS - 1), today)
                .stream().map(ChildDiary::markLine).toList());
        recent.sort(Comparator.comparing(MarkLine::date).reversed());

        List<HomeworkLine> homework = records.homeworkDue(student, next.date(), next.date()).stream()
                .map(ChildDiary::homeworkLine).toList();

        List<Overview.Alert> alerts = new ArrayList<>();
        for (DiaryWeek.Day day : List.of(todays, next)) {
            for (DiaryWeek.Entry e : day.entries()) {
                if (e.change() != null && !e.movedAway()) {
                    alerts.add(new Overview.Alert(e.change().kind(), day.date(), e.subject(), e.change().reason()));
                }
            }
        }
        LocalDate monday = mondayOf(today);
        for (ControlWork work : records.controlWorks(student, today, monday.plusDays(6))) {
            alerts.add(new Overview.Alert("CONTROL_WORK", work.getPlannedOn(), work.getSubject().getName(),
                    work.getTopic()));
        }
        Map<AcademicPeriod, LocalDate> published = new LinkedHashMap<>();
        for (FinalGrade grade : records.finalGrades(student)) {
            if (!grade.getResultDate().isAfter(today) && grade.getResultDate().isAfter(today.minusDays(RECENT_DAYS))) {
                published.merge(grade.getPeriod(), grade.getResultDate(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        published.forEach((period, date) -> alerts.add(new Overview.Alert("FINAL_GRADE", date, null,
                period.getName())));
        for (Deferral deferral : records.deferrals(student)) {
            if (deferral.isActiveOn(today)) {
                alerts.add(new Overview.Alert("DEFERRAL", deferral.getDeadline(), deferral.getSubject().getName(),
                        deferral.getPeriod().getName() + ": " + deferral.getReason()));
            }
        }

        List<AcademicPeriod> periods = records.periods(student);
        AcademicPeriod term = currentTerm(student, periods, today);
        List<SubjectForecast> forecasts = term == null ? List.of()
                : forecasts(student, term.getStartsOn(), term.getEndsOn());
        return new Overview(todays, next, recent, homework, alerts, forecasts,
                term == null ? null : choice(term, today));
    }

    /** Marks by subject in the period {@code periodId}, or in the running term when it is null or not the child's. */
    public MarksBySubject marksBySubject(long studentId, Long periodId, LocalDate today) {
        Student student = student(studentId);
        List<AcademicPeriod> periods = choosable(student, records.periods(student));
        AcademicPeriod chosen = chosen(student, periods, periodId, today);
        List<PeriodChoice> choices = periods.stream().map(p -> choice(p, today)).toList();
        ForecastRules rules = ForecastRules.of(student.getSchool());
        return new MarksBySubject(choices, chosen == null ? null : choice(chosen, today),
                chosen == null ? List.of() : forecasts(student, chosen.getStartsOn(), chosen.getEndsOn()),
                rules.grade5From(), rules.grade4From(),
                rules.grade3From(), rules.minMarks());
    }

    public FinalGrades finalGrades(long studentId, LocalDate today) {
        Student student = student(studentId);
        List<AcademicPeriod> columns = choosable(student, records.periods(student));
        List<FinalGrade> grades = records.finalGrades(student);
        List<Deferral> deferrals = records.deferrals(student);

        Map<String, Map<Long, FinalGrade>> bySubject = new TreeMap<>();
        Map<String, Map<Long, Deferral>> deferredBySubject = new HashMap<>();
        for (TeachingAssignment a : records.assignments(student)) {
            bySubject.computeIfAbsent(a.getSubject().getName(), k -> new HashMap<>());
        }
        for (FinalGrade g : grades) {
            bySubject.computeIfAbsent(g.getSubject().getName(), k -> new HashMap<>()).put(g.getPeriod().getId(), g);
        }
        for (Deferral d : deferrals) {
            bySubject.computeIfAbsent(d.getSubject().getName(), k -> new HashMap<>());
            deferredBySubject.computeIfAbsent(d.getSubject().getName(), k -> new HashMap<>())
                    .put(d.getPeriod().getId(), d);
        }
        List<FinalGrades.Row> rows = new ArrayList<>();
        bySubject.forEach((subject, byPeriod) -> {
            List<FinalGrades.Cell> cells = new ArrayList<>();
            for (AcademicPeriod p : columns) {
                FinalGrade g = byPeriod.get(p.getId());
                Deferral d = deferredBySubject.getOrDefault(subject, Map.of()).get(p.getId());
                if (g != null) {
                    cells.add(new FinalGrades.Cell(g.getValue().label(), !g.getValue().isNumeric(), false, null,
                            g.getResultDate(), g.getVisibleAt()));
                } else if (d != null) {
                    cells.add(new FinalGrades.Cell(null, false, true, d.getDeadline(), null, null));
                } else {
                    cells.add(new FinalGrades.Cell(null, false, false, null, null, null));
                }
            }
            rows.add(new FinalGrades.Row(subject, cells));
        });
        List<FinalGrades.DeferralLine> deferralLines = deferrals.stream()
                .sorted(Comparator.comparing(Deferral::getDeadline))
                .map(d -> new FinalGrades.DeferralLine(d.getSubject().getName(), d.getPeriod().getName(),
                        d.getReason(), d.getDeadline(), d.isActiveOn(today))).toList();
        List<FinalGrades.ExamLine> exams = records.examResults(student).stream()
                .map(e -> new FinalGrades.ExamLine(e.getSubject().getName(), e.getExamName(), e.getExamDate(),
                        e.getScore(), e.getMark(), e.getResultDate(), e.getVisibleAt())).toList();
        return new FinalGrades(columns.stream().map(p -> choice(p, today)).toList(), rows, deferralLines, exams);
    }

    /** The regular timetable valid in the week of {@code anyDay}, and that week's changes. */
    public Timetable timetable(long studentId, LocalDate anyDay) {
        Student student = student(studentId);
        LocalDate monday = mondayOf(anyDay);
        Map<DayOfWeek, List<Timetable.Slot>> byDay = new TreeMap<>();
        for (TimetableEntry e : records.timetable(student, monday)) {
            byDay.computeIfAbsent(e.getWeekday(), k -> new ArrayList<>()).add(new Timetable.Slot(e.getSlot(),
                    e.getStartsAt(), e.getEndsAt(), e.getSubject().getName(), initials(e.getTeacher()), e.getRoom()));
        }
        int lastDay = byDay.containsKey(DayOfWeek.SATURDAY) ? 6 : 5;
        List<Timetable.Day> days = new ArrayList<>();
        for (int i = 0; i < lastDay; i++) {
            days.add(new Timetable.Day(monday.plusDays(i), byDay.getOrDefault(DayOfWeek.of(i + 1), List.of())));
        }
        List<DiaryWeek.Entry> changes = days(student, monday, monday.plusDays(6)).stream()
                .flatMap(d -> d.entries().stream()).filter(e -> e.change() != null && !e.movedAway()).toList();
        return new Timetable(monday, days, changes);
    }

    public ControlWorkSchedule controlWorks(long studentId, Long periodId, LocalDate today) {
        Student student = student(studentId);
        List<AcademicPeriod> periods = choosable(student, records.periods(student));
        AcademicPeriod chosen = chosen(student, periods, periodId, today);
        List<PeriodChoice> choices = periods.stream().map(p -> choice(p, today)).toList();
        if (chosen == null) {
            return new ControlWorkSchedule(choices, null, List.of());
        }
        List<ControlWorkSchedule.Line> works = records.controlWorks(student, chosen.getStartsOn(), chosen.getEndsOn())
                .stream().map(w -> controlWork(w, today)).toList();
        return new ControlWorkSchedule(choices, choice(chosen, today), works);
    }

    /** The class teacher first, then who teaches which subject to the class, the child's groups and plan. */
    public List<TeacherLine> teachers(long studentId) {
        Student student = student(studentId);
        List<TeacherLine> lines = new ArrayList<>();
        Teacher classTeacher = student.getSchoolClass().getClassTeacher();
        if (classTeacher != null && !classTeacher.isDeleted()) {
            lines.add(new TeacherLine("CLASS_TEACHER", null, classTeacher.getName().full(),
                    classTeacher.getPosition(), student.getSchoolClass().getName()));
        }
        records.assignments(student).stream()
                .sorted(Comparator.comparing((TeachingAssignment a) -> a.getSubject().getName())
                        .thenComparing(a -> a.getTeacher().getName().full()))
                .forEach(a -> lines.add(new TeacherLine("SUBJECT", a.getSubject().getName(),
                        a.getTeacher().getName().full(), a.getTeacher().getPosition(), audience(a.getAudience()))));
        return lines;
    }

    public List<HolidayLine> holidays(long studentId, LocalDate today) {
        Student student = student(studentId);
        return records.holidays(student).stream().map(h -> new HolidayLine(h.getName(), h.getStartsOn(),
                h.getEndsOn(), ChronoUnit.DAYS.between(h.getStartsOn(), h.getEndsOn()) + 1,
                !today.isBefore(h.getStartsOn()) && !today.isAfter(h.getEndsOn()), h.getEndsOn().isBefore(today)))
                .toList();
    }

    public List<RecommendationLine> recommendations(long studentId) {
        Student student = student(studentId);
        return records.recommendations(student).stream().map(r -> new RecommendationLine(r.getGivenOn(),
                r.getTeacher().getName().full(), r.getSubject() == null ? null : r.getSubject().getName(),
                r.getText())).toList();
    }

    // ------------------------------------------------------------------ the same diary on paper (delivery's extracts)

    /** The student as an extract heads it; {@link NoSuchElementException} for an unknown or deleted student. */
    public StudentCard card(long studentId) {
        return card(student(studentId));
    }

    /** The students of a class, by name. */
    public List<StudentCard> classmates(long schoolClassId) {
        return records.students(schoolClassId).stream().map(ChildDiary::card).toList();
    }

    /** The terms and the year the student's class is assessed by, as the marks page offers them. */
    public List<PeriodChoice> periods(long studentId, LocalDate today) {
        Student student = student(studentId);
        return choosable(student, records.periods(student)).stream().map(p -> choice(p, today)).toList();
    }

    /** Every subject's marks dated {@code from}–{@code to} with average and forecast, as on the marks page. */
    public List<SubjectForecast> subjects(long studentId, LocalDate from, LocalDate to) {
        return forecasts(student(studentId), from, to);
    }

    /** Absences dated {@code from}–{@code to} per subject and code («Н», «Б», «УП» …), by subject. */
    public List<AbsenceLine> absences(long studentId, LocalDate from, LocalDate to) {
        Map<String, Map<String, Integer>> bySubject = new TreeMap<>();
        for (Attendance a : records.attendance(student(studentId), from, to)) {
            bySubject.computeIfAbsent(a.getLesson().getSubject().getName(), k -> new TreeMap<>())
                    .merge(a.getCode().getCode(), 1, Integer::sum);
        }
        List<AbsenceLine> lines = new ArrayList<>();
        bySubject.forEach((subject, codes) -> lines.add(new AbsenceLine(subject, Map.copyOf(codes),
                codes.values().stream().mapToInt(Integer::intValue).sum())));
        return lines;
    }

    /** Control works planned {@code from}–{@code to}, as the schedule page lists them. */
    public List<ControlWorkSchedule.Line> controlWorks(long studentId, LocalDate from, LocalDate to,
                                                       LocalDate today) {
        return records.controlWorks(student(studentId), from, to).stream().map(w -> controlWork(w, today)).toList();
    }

    /** Homework due {@code from}–{@code to}, by due date. */
    public List<HomeworkLine> homeworkDue(long studentId, LocalDate from, LocalDate to) {
        return records.homeworkDue(student(studentId), from, to).stream().map(ChildDiary::homeworkLine)
                .sorted(Comparator.comparing(HomeworkLine::dueOn).thenComparing(HomeworkLine::subject)).toList();
    }

    private static StudentCard card(Student s) {
        Teacher classTeacher = s.getSchoolClass().getClassTeacher();
        return new StudentCard(s.getId(), s.getName().full(), s.getSchoolClass().getId(),
                s.getSchoolClass().getName(), s.getSchool().getId(), s.getSchool().getName(),
                s.getSchool().getAddress(), s.getSchoolClass().getSchoolYear().getStartsOn(),
                s.getSchoolClass().getSchoolYear().getEndsOn(),
                classTeacher == null || classTeacher.isDeleted() ? null : classTeacher.getName().full());
    }

    // ------------------------------------------------------------------ the diary's days

    /** The days {@code from}–{@code to}, each with its lessons (and the places moved lessons left), in order. */
    private List<DiaryWeek.Day> days(Student student, LocalDate from, LocalDate to) {
        List<Lesson> lessons = records.lessons(student, from, to);
        Map<Long, List<MarkLine>> marks = records.marks(student, from, to).stream()
                .collect(Collectors.groupingBy(m -> m.getLesson().getId(), LinkedHashMap::new,
                        Collectors.mapping(ChildDiary::markLine, Collectors.toList())));
        Map<Long, Attendance> attendance = new HashMap<>();
        records.attendance(student, from, to).forEach(a -> attendance.put(a.getLesson().getId(), a));
        Map<Long, List<HomeworkLine>> homework = records.homeworkGiven(student, from, to).stream()
                .collect(Collectors.groupingBy(h -> h.getLesson().getId(), Collectors.mapping(
                        ChildDiary::homeworkLine, Collectors.toList())));
        Map<Long, TimetableChange> changes = new HashMap<>();
        List<TimetableChange> movedAway = new ArrayList<>();
        for (TimetableChange c : records.changes(student, from, to)) {
            changes.put(c.getLesson().getId(), c);
            if (c.getKind() == ChangeKind.MOVE && c.getOriginalDate() != null
                    && !c.getOriginalDate().isBefore(from) && !c.getOriginalDate().isAfter(to)
                    && !c.getOriginalDate().equals(c.getLesson().getDate())) {
                movedAway.add(c);
            }
        }
        List<Holiday> holidays = records.holidays(student);
        int grade = student.getSchoolClass().getGrade();

        Map<LocalDate, List<DiaryWeek.Entry>> byDate = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDate.put(d, new ArrayList<>());
        }
        for (Lesson l : lessons) {
            TimetableChange c = changes.get(l.getId());
            byDate.get(l.getDate()).add(new DiaryWeek.Entry(l.getId(), l.getSlot(), l.getStartsAt(), l.getEndsAt(),
                    l.getSubject().getName(), initials(l.getTeacher()), l.getRoom(), l.getTopic(),
                    l.getLessonType() == null ? null : l.getLessonType().getName(),
                    l.getStatus() == LessonStatus.CANCELLED, false, c == null ? null : change(c, false),
                    marks.getOrDefault(l.getId(), List.of()), attendance(attendance.get(l.getId())),
                    homework.getOrDefault(l.getId(), List.of())));
        }
        for (TimetableChange c : movedAway) {
            Lesson l = c.getLesson();
            byDate.get(c.getOriginalDate()).add(new DiaryWeek.Entry(l.getId(),
                    c.getOriginalSlot() == null ? l.getSlot() : c.getOriginalSlot(), null, null,
                    l.getSubject().getName(), initials(l.getTeacher()), l.getRoom(), null, null, false, true,
                    change(c, true), List.of(), null, List.of()));
        }
        List<DiaryWeek.Day> days = new ArrayList<>();
        byDate.forEach((date, entries) -> {
            entries.sort(Comparator.comparingInt(DiaryWeek.Entry::slot).thenComparing(DiaryWeek.Entry::movedAway));
            String holiday = holidays.stream().filter(h -> h.covers(date, grade)).map(Holiday::getName)
                    .collect(Collectors.collectingAndThen(Collectors.joining("; "), s -> s.isEmpty() ? null : s));
            days.add(new DiaryWeek.Day(date, holiday, List.copyOf(entries)));
        });
        return days;
    }

    private static DiaryWeek.Change change(TimetableChange c, boolean leftBehind) {
        Lesson l = c.getLesson();
        return new DiaryWeek.Change(c.getKind().name(), c.getReason(),
                c.getOriginalTeacher() == null ? null : c.getOriginalTeacher().getName().withInitials(),
                c.getOriginalDate(), c.getOriginalSlot(), leftBehind || c.getKind() == ChangeKind.MOVE ? l.getDate()
                : null, leftBehind || c.getKind() == ChangeKind.MOVE ? l.getSlot() : null);
    }

    private static DiaryWeek.AttendanceLine attendance(Attendance a) {
        return a == null ? null : new DiaryWeek.AttendanceLine(a.getCode().getCode(), a.getCode().getName(),
                a.getCode().isExcused());
    }

    static MarkLine markLine(Mark m) {
        return new MarkLine(m.getId(), m.getDate(), m.getSubject().getName(), m.getValue().label(),
                m.getValue().getNumeric(), m.getWorkType() == null ? null : m.getWorkType().getName(), m.getWeight(),
                m.getComment());
    }

    private static ControlWorkSchedule.Line controlWork(ControlWork w, LocalDate today) {
        return new ControlWorkSchedule.Line(w.getPlannedOn(), w.getSubject().getName(), w.getTopic(),
                w.getWorkType() == null ? null : w.getWorkType().getName(), w.getPlannedOn().isBefore(today));
    }

    private static HomeworkLine homeworkLine(Homework h) {
        return new HomeworkLine(h.getLesson().getSubject().getName(), h.getText(), h.getGivenOn(), h.getDueOn());
    }

    // ------------------------------------------------------------------ marks and forecasts

    /** Every subject taught to the student (and any other with marks in the period), with its forecast. */
    private List<SubjectForecast> forecasts(Student student, LocalDate from, LocalDate to) {
        ForecastRules rules = ForecastRules.of(student.getSchool());
        Map<Subject, List<Mark>> bySubject = new TreeMap<>(Comparator.comparing(Subject::getName)
                .thenComparing(Subject::getId));
        for (TeachingAssignment a : records.assignments(student)) {
            bySubject.computeIfAbsent(a.getSubject(), k -> new ArrayList<>());
        }
        for (Mark m : records.marks(student, from, to)) {
            bySubject.computeIfAbsent(m.getSubject(), k -> new ArrayList<>()).add(m);
        }
        List<SubjectForecast> result = new ArrayList<>();
        bySubject.forEach((subject, marks) -> {
            List<WeightedMark> weighted = marks.stream().map(m -> WeightedMark.of(m.getValue(), m.getWeight()))
                    .toList();
            GradeForecast f = GradeForecast.of(weighted, rules);
            result.add(new SubjectForecast(subject.getName(),
                    marks.stream().map(ChildDiary::markLine).toList(), f.average().orElse(null),
                    f.grade().orElse(null), f.sufficient(), f.explanation(), MarkAverage.running(weighted)));
        });
        return result;
    }

    // ------------------------------------------------------------------ periods

    /** The terms the student's class is assessed by (quarters or half-years), then the year. */
    private static List<AcademicPeriod> choosable(Student student, List<AcademicPeriod> periods) {
        PeriodKind kind = student.getSchoolClass().getPeriodKind();
        List<AcademicPeriod> terms = new ArrayList<>(periods.stream().filter(p -> p.getKind() == kind).toList());
        periods.stream().filter(p -> p.getKind() == PeriodKind.YEAR).forEach(terms::add);
        return terms;
    }

    private static AcademicPeriod chosen(Student student, List<AcademicPeriod> choosable, Long periodId,
                                         LocalDate today) {
        Optional<AcademicPeriod> asked = choosable.stream().filter(p -> Objects.equals(p.getId(), periodId))
                .findFirst();
        return asked.orElseGet(() -> currentTerm(student, choosable, today));
    }

    /** The term running on {@code today}; in the holidays the one just finished; before the year, the first. */
    private static AcademicPeriod currentTerm(Student student, List<AcademicPeriod> periods, LocalDate today) {
        List<AcademicPeriod> terms = periods.stream()
                .filter(p -> p.getKind() == student.getSchoolClass().getPeriodKind())
                .sorted(Comparator.comparing(AcademicPeriod::getStartsOn)).toList();
        if (terms.isEmpty()) {
            return periods.stream().filter(p -> p.getKind() == PeriodKind.YEAR).findFirst().orElse(null);
        }
        AcademicPeriod current = terms.get(0);
        for (AcademicPeriod p : terms) {
            if (!p.getStartsOn().isAfter(today)) {
                current = p;
            }
        }
        return current;
    }

    private static PeriodChoice choice(AcademicPeriod p, LocalDate today) {
        return new PeriodChoice(p.getId(), p.getName(), p.getKind().name(), p.getStartsOn(), p.getEndsOn(),
                p.isFinishedOn(today));
    }

    // ------------------------------------------------------------------ helpers

    private Student student(long id) {
        return records.student(id).orElseThrow(() -> new NoSuchElementException("no student " + id));
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static String initials(Teacher teacher) {
        return teacher == null ? null : teacher.getName().withInitials();
    }

    private static String audience(Audience audience) {
        if (audience.getSchoolClass() != null) {
            return audience.getSchoolClass().getName();
        }
        if (audience.getStudyGroup() != null) {
            return audience.getStudyGroup().getName();
        }
        return audience.getIndividualPlan().getName();
    }
}
