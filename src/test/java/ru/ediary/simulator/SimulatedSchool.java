package ru.ediary.simulator;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import ru.ediary.interfaces.exchange.contract.AcademicPeriodRecord;
import ru.ediary.interfaces.exchange.contract.AttendanceCodeRecord;
import ru.ediary.interfaces.exchange.contract.AttendanceRecord;
import ru.ediary.interfaces.exchange.contract.FinalGradeRecord;
import ru.ediary.interfaces.exchange.contract.GuardianLinkRecord;
import ru.ediary.interfaces.exchange.contract.GuardianRecord;
import ru.ediary.interfaces.exchange.contract.HolidayRecord;
import ru.ediary.interfaces.exchange.contract.HomeworkRecord;
import ru.ediary.interfaces.exchange.contract.JournalRecord;
import ru.ediary.interfaces.exchange.contract.LessonRecord;
import ru.ediary.interfaces.exchange.contract.LessonStatus;
import ru.ediary.interfaces.exchange.contract.LessonTypeRecord;
import ru.ediary.interfaces.exchange.contract.MarkRecord;
import ru.ediary.interfaces.exchange.contract.PeriodKind;
import ru.ediary.interfaces.exchange.contract.RecordKindLabel;
import ru.ediary.interfaces.exchange.contract.Relation;
import ru.ediary.interfaces.exchange.contract.SchoolClassRecord;
import ru.ediary.interfaces.exchange.contract.SchoolYearRecord;
import ru.ediary.interfaces.exchange.contract.StudentRecord;
import ru.ediary.interfaces.exchange.contract.SubjectRecord;
import ru.ediary.interfaces.exchange.contract.TeacherRecord;
import ru.ediary.interfaces.exchange.contract.TeachingAssignmentRecord;
import ru.ediary.interfaces.exchange.contract.TimetableEntryRecord;
import ru.ediary.interfaces.exchange.contract.WorkTypeRecord;

/**
 * A school as the simulated journal keeps it, generated from a seed: its school year with quarters and holidays,
 * staff, subjects, classes, students and their guardians, timetable, and the journal itself (held lessons with
 * topics, marks, attendance, homework, final grades of finished quarters) from 1 September up to the last day.
 *
 * <p>Every record's sourcedId and content depend only on the seed, the school's size and the record's own place
 * (a lesson on the class, the date and the slot), never on how far the journal runs: a journal run to a later day
 * sends the same records for the days before, so a rerun is a replay. Each class's day draws from its own random
 * stream for the same reason. Every record has version 1, except the few marks a teacher corrected (version 2).
 */
final class SimulatedSchool {

    /** What to generate: the sourcedId prefix, the seed, the size and the last day of the journal. */
    record Spec(String prefix, long seed, int students, int classes, int subjects, LocalDate until,
                boolean fullYear) {
    }

    private static final long STAFF = 1;
    private static final long STUDENT = 2;
    private static final long GUARDIAN = 3;
    private static final long CLASS_DAY = 4;
    private static final int PERIOD_YEAR = 0;

    private final Spec spec;
    private final String idBase;
    private final LocalDate yearStart;
    private final LocalDate yearEnd;
    private final LocalDate lastDay;
    private final DatatypeFactory xml;
    private final Map<LocalDate, XMLGregorianCalendar> xmlDates = new HashMap<>();
    private final XMLGregorianCalendar[][] xmlBells;
    private final EnumMap<RecordKindLabel, List<JournalRecord>> records = new EnumMap<>(RecordKindLabel.class);

    private final List<Term> periods = new ArrayList<>();
    private final List<Break> breaks = new ArrayList<>();
    private final List<Course> courses = new ArrayList<>();
    private final List<Form> forms = new ArrayList<>();
    private final List<Staff> staff = new ArrayList<>();
    private final List<Pupil> pupils = new ArrayList<>();
    /** Per (student, subject, quarter): the sum of value × weight and the sum of weights of the marks. */
    private final Map<Long, double[]> markSums = new HashMap<>();

    SimulatedSchool(Spec spec) {
        this.spec = spec;
        this.idBase = spec.prefix() + "-" + spec.seed();
        LocalDate until = spec.until();
        int startYear = until.getMonthValue() >= 9 ? until.getYear() : until.getYear() - 1;
        this.yearStart = LocalDate.of(startYear, 9, 1);
        this.yearEnd = LocalDate.of(startYear + 1, 5, 31);
        this.lastDay = spec.fullYear() || until.isAfter(yearEnd) ? yearEnd : until;
        try {
            this.xml = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
        xmlBells = new XMLGregorianCalendar[Catalogue.BELLS.length + 1][];
        for (int slot = 1; slot <= Catalogue.BELLS.length; slot++) {
            xmlBells[slot] = new XMLGregorianCalendar[] {time(Catalogue.BELLS[slot - 1][0]),
                time(Catalogue.BELLS[slot - 1][1])};
        }
        generate();
    }

    LocalDate yearStart() {
        return yearStart;
    }

    LocalDate yearEnd() {
        return yearEnd;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    int classCount() {
        return forms.size();
    }

    int teacherCount() {
        return staff.size();
    }

    int studentCount() {
        return pupils.size();
    }

    int subjectCount() {
        return courses.size();
    }

    /** The records by kind, kinds in the contract's dependency order. */
    Map<RecordKindLabel, List<JournalRecord>> records() {
        return Collections.unmodifiableMap(records);
    }

    // ------------------------------------------------------------------------------------------------------------

    private void generate() {
        calendar();
        subjects();
        classes();
        timetables();
        teachers();
        students();
        emitStructure();
        journal();
        finalGrades();
    }

    private void calendar() {
        int y = yearStart.getYear();
        periods.add(new Term(sid("ap", "y"), PeriodKind.YEAR, 1, "Учебный год " + y + "/" + (y + 1), yearStart,
                yearEnd));
        periods.add(new Term(sid("ap", "q1"), PeriodKind.QUARTER, 1, "1 четверть", yearStart,
                LocalDate.of(y, 10, 24)));
        periods.add(new Term(sid("ap", "q2"), PeriodKind.QUARTER, 2, "2 четверть", LocalDate.of(y, 11, 5),
                LocalDate.of(y, 12, 28)));
        periods.add(new Term(sid("ap", "q3"), PeriodKind.QUARTER, 3, "3 четверть", LocalDate.of(y + 1, 1, 12),
                LocalDate.of(y + 1, 3, 21)));
        periods.add(new Term(sid("ap", "q4"), PeriodKind.QUARTER, 4, "4 четверть", LocalDate.of(y + 1, 4, 1),
                yearEnd));
        breaks.add(new Break(sid("hol", "autumn"), "Осенние каникулы", LocalDate.of(y, 10, 25),
                LocalDate.of(y, 11, 4), null));
        breaks.add(new Break(sid("hol", "winter"), "Зимние каникулы", LocalDate.of(y, 12, 29),
                LocalDate.of(y + 1, 1, 11), null));
        breaks.add(new Break(sid("hol", "first-grade"), "Дополнительные каникулы для первоклассников",
                LocalDate.of(y + 1, 2, 16), LocalDate.of(y + 1, 2, 22), 1));
        breaks.add(new Break(sid("hol", "spring"), "Весенние каникулы", LocalDate.of(y + 1, 3, 22),
                LocalDate.of(y + 1, 3, 31), null));
        breaks.add(new Break(sid("hol", "feb23"), "День защитника Отечества", LocalDate.of(y + 1, 2, 23),
                LocalDate.of(y + 1, 2, 23), null));
        breaks.add(new Break(sid("hol", "mar8"), "Международный женский день", LocalDate.of(y + 1, 3, 8),
                LocalDate.of(y + 1, 3, 8), null));
        breaks.add(new Break(sid("hol", "may1"), "Праздник Весны и Труда", LocalDate.of(y + 1, 5, 1),
                LocalDate.of(y + 1, 5, 1), null));
        breaks.add(new Break(sid("hol", "may9"), "День Победы", LocalDate.of(y + 1, 5, 9),
                LocalDate.of(y + 1, 5, 9), null));
    }

    private void subjects() {
        for (int i = 0; i < spec.subjects(); i++) {
            courses.add(new Course(i, sid("sub", pad(i + 1, 2)), Catalogue.subject(i)));
        }
    }

    /** Classes spread over grades 1–11 (lower grades first take the extra classes), students spread evenly. */
    private void classes() {
        int count = spec.classes();
        int[] perGrade = new int[12];
        if (count >= 11) {
            for (int grade = 1; grade <= 11; grade++) {
                perGrade[grade] = count / 11 + (grade - 1 < count % 11 ? 1 : 0);
            }
        } else {
            for (int i = 0; i < count; i++) {
                perGrade[1 + i * 11 / count]++;
            }
        }
        for (int grade = 1; grade <= 11; grade++) {
            for (int k = 0; k < perGrade[grade]; k++) {
                int letters = Catalogue.CLASS_LETTERS.length();
                String name = grade + String.valueOf(Catalogue.CLASS_LETTERS.charAt(k % letters))
                        + (k >= letters ? String.valueOf(k / letters + 1) : "");
                Form form = new Form(forms.size(), sid("cls", pad(forms.size() + 1, 2)), grade, name);
                forms.add(form);
            }
        }
        int pupil = 0;
        for (Form form : forms) {
            int size = spec.students() / count + (form.index < spec.students() % count ? 1 : 0);
            for (int i = 0; i < size; i++) {
                Pupil p = new Pupil(pupil, sid("st", pad(pupil + 1, 5)), form);
                form.pupils.add(p);
                pupils.add(p);
                pupil++;
            }
        }
    }

    /** Weekly hours by the subjects' shares; the week's lessons laid out so that a subject spreads over days. */
    private void timetables() {
        for (Form form : forms) {
            int perDay = Catalogue.lessonsPerDay(form.grade);
            int week = 5 * perDay;
            List<Course> taught = new ArrayList<>();
            for (Course course : courses) {
                if (course.def.taughtIn(form.grade) && taught.size() < week) {
                    taught.add(course);
                }
            }
            if (taught.isEmpty()) {
                taught.add(courses.get(0));
            }
            int extra = week - taught.size();
            int shares = taught.stream().mapToInt(c -> c.def.share()).sum();
            int[] hours = new int[taught.size()];
            double[] fraction = new double[taught.size()];
            int given = 0;
            for (int i = 0; i < taught.size(); i++) {
                double exact = (double) taught.get(i).def.share() * extra / shares;
                hours[i] = 1 + (int) Math.floor(exact);
                fraction[i] = exact - Math.floor(exact);
                given += hours[i];
            }
            while (given < week) {
                int best = 0;
                for (int i = 1; i < taught.size(); i++) {
                    if (fraction[i] > fraction[best]) {
                        best = i;
                    }
                }
                hours[best]++;
                fraction[best] = -1;
                given++;
            }
            List<Course> occurrences = new ArrayList<>();
            for (int round = 0; occurrences.size() < week; round++) {
                for (int i = 0; i < taught.size(); i++) {
                    if (hours[i] > round) {
                        occurrences.add(taught.get(i));
                    }
                }
            }
            form.grid = new Course[6][perDay + 1];
            for (int i = 0; i < week; i++) {
                int day = (i + form.index) % 5 + 1;
                int slot = i / 5 + 1;
                Course course = occurrences.get(i);
                form.grid[day][slot] = course;
                form.hours.merge(course, 1, Integer::sum);
                form.weekdays.computeIfAbsent(course, c -> new boolean[8])[day] = true;
            }
        }
    }

    /**
     * A primary class has its own teacher for all but the specialist subjects; other lessons go to subject
     * teachers, each taking classes up to a full load of 24 lessons a week.
     */
    private void teachers() {
        for (Form form : forms) {
            if (form.grade <= 4) {
                Staff teacher = hire("учитель начальных классов");
                form.classTeacher = teacher;
                form.hours.forEach((course, hours) -> {
                    if (!course.def.specialist()) {
                        form.teachers.put(course, teacher);
                        teacher.load += hours;
                    }
                });
            }
        }
        Map<Course, List<Staff>> bySubject = new HashMap<>();
        for (Form form : forms) {
            for (Map.Entry<Course, Integer> taught : form.hours.entrySet()) {
                Course course = taught.getKey();
                if (form.teachers.containsKey(course)) {
                    continue;
                }
                List<Staff> pool = bySubject.computeIfAbsent(course, c -> new ArrayList<>());
                Staff teacher = pool.stream().filter(t -> t.load + taught.getValue() <= 24).findFirst()
                        .orElseGet(() -> {
                            Staff hired = hire(course.def.teacherPosition());
                            pool.add(hired);
                            return hired;
                        });
                teacher.load += taught.getValue();
                form.teachers.put(course, teacher);
            }
            if (form.classTeacher == null) {
                Course most = form.hours.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                form.classTeacher = form.teachers.get(most);
            }
        }
    }

    private Staff hire(String position) {
        Staff teacher = new Staff(staff.size(), sid("t", pad(staff.size() + 1, 3)), position);
        SplittableRandom r = rng(STAFF, teacher.index);
        boolean female = r.nextDouble() < 0.8;
        String surname = pick(r, Catalogue.SURNAMES);
        Catalogue.MaleName father = pick(r, Catalogue.MALE_NAMES);
        teacher.lastName = female ? Catalogue.feminine(surname) : surname;
        teacher.firstName = female ? pick(r, Catalogue.FEMALE_NAMES) : pick(r, Catalogue.MALE_NAMES).name();
        teacher.middleName = female ? father.daughterOf() : father.sonOf();
        staff.add(teacher);
        return teacher;
    }

    private void students() {
        for (Pupil pupil : pupils) {
            SplittableRandom r = rng(STUDENT, pupil.index);
            pupil.female = r.nextBoolean();
            pupil.surname = pick(r, Catalogue.SURNAMES);
            pupil.father = pick(r, Catalogue.MALE_NAMES);
            pupil.firstName = pupil.female ? pick(r, Catalogue.FEMALE_NAMES) : pick(r, Catalogue.MALE_NAMES).name();
            pupil.birthDate = LocalDate.of(yearStart.getYear() - 6 - pupil.form.grade, 9, 1).plusDays(r.nextInt(365));
            pupil.ability = r.nextDouble();
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    private void emitStructure() {
        SchoolYearRecord year = record(new SchoolYearRecord(), sid("sy", String.valueOf(yearStart.getYear())));
        year.setName(yearStart.getYear() + "/" + (yearStart.getYear() + 1));
        year.setStartsOn(date(yearStart));
        year.setEndsOn(date(yearEnd));
        add(RecordKindLabel.SCHOOL_YEAR, year);

        for (Term term : periods) {
            AcademicPeriodRecord period = record(new AcademicPeriodRecord(), term.id);
            period.setSchoolYear(year.getSourcedId());
            if (term.kind != PeriodKind.YEAR) {
                period.setParent(periods.get(PERIOD_YEAR).id);
            }
            period.setKind(term.kind);
            period.setOrdinal(term.ordinal);
            period.setName(term.name);
            period.setStartsOn(date(term.start));
            period.setEndsOn(date(term.end));
            add(RecordKindLabel.ACADEMIC_PERIOD, period);
        }
        for (Break pause : breaks) {
            HolidayRecord holiday = record(new HolidayRecord(), pause.id);
            holiday.setSchoolYear(year.getSourcedId());
            holiday.setName(pause.name);
            holiday.setStartsOn(date(pause.start));
            holiday.setEndsOn(date(pause.end));
            holiday.setOnlyGrade(pause.onlyGrade);
            add(RecordKindLabel.HOLIDAY, holiday);
        }
        for (Staff teacher : staff) {
            TeacherRecord record = record(new TeacherRecord(), teacher.id);
            record.setLastName(teacher.lastName);
            record.setFirstName(teacher.firstName);
            record.setMiddleName(teacher.middleName);
            record.setPosition(teacher.position);
            add(RecordKindLabel.TEACHER, record);
        }
        for (Course course : courses) {
            SubjectRecord record = record(new SubjectRecord(), course.id);
            record.setName(course.def.name());
            record.setShortName(course.def.shortName());
            add(RecordKindLabel.SUBJECT, record);
        }
        for (Form form : forms) {
            SchoolClassRecord record = record(new SchoolClassRecord(), form.id);
            record.setSchoolYear(year.getSourcedId());
            record.setName(form.name);
            record.setGrade(form.grade);
            record.setPeriodKind(PeriodKind.QUARTER);
            record.setClassTeacher(form.classTeacher.id);
            add(RecordKindLabel.SCHOOL_CLASS, record);
        }
        for (Pupil pupil : pupils) {
            StudentRecord record = record(new StudentRecord(), pupil.id);
            record.setLastName(pupil.female ? Catalogue.feminine(pupil.surname) : pupil.surname);
            record.setFirstName(pupil.firstName);
            record.setMiddleName(pupil.female ? pupil.father.daughterOf() : pupil.father.sonOf());
            record.setBirthDate(date(pupil.birthDate));
            record.setClazz(pupil.form.id);
            add(RecordKindLabel.STUDENT, record);
            guardian(pupil);
        }
        for (int i = 0; i < Catalogue.LESSON_TYPES.size(); i++) {
            LessonTypeRecord record = record(new LessonTypeRecord(), lessonType(i));
            record.setName(Catalogue.LESSON_TYPES.get(i));
            if (i == Catalogue.LESSON_TYPE_TEST) {
                record.setControlWork(true);
            }
            add(RecordKindLabel.LESSON_TYPE, record);
        }
        for (int i = 0; i < Catalogue.WORK_TYPES.size(); i++) {
            WorkTypeRecord record = record(new WorkTypeRecord(), workType(i));
            record.setName(Catalogue.WORK_TYPES.get(i).name());
            record.setWeight(new BigDecimal(Catalogue.WORK_TYPES.get(i).weight()));
            add(RecordKindLabel.WORK_TYPE, record);
        }
        for (int i = 0; i < Catalogue.ATTENDANCE_CODES.size(); i++) {
            Catalogue.AttendanceCodeDef def = Catalogue.ATTENDANCE_CODES.get(i);
            AttendanceCodeRecord record = record(new AttendanceCodeRecord(), attendanceCode(i));
            record.setCode(def.code());
            record.setName(def.name());
            record.setExcused(def.excused());
            record.setPresent(def.present());
            add(RecordKindLabel.ATTENDANCE_CODE, record);
        }
        for (Form form : forms) {
            for (Course course : form.hours.keySet()) {
                TeachingAssignmentRecord record = record(new TeachingAssignmentRecord(),
                        sid("ta", pad(form.index + 1, 2), pad(course.index + 1, 2)));
                record.setTeacher(form.teachers.get(course).id);
                record.setSubject(course.id);
                record.setClazz(form.id);
                add(RecordKindLabel.TEACHING_ASSIGNMENT, record);
            }
            for (int day = 1; day <= 5; day++) {
                for (int slot = 1; slot < form.grid[day].length; slot++) {
                    Course course = form.grid[day][slot];
                    TimetableEntryRecord record = record(new TimetableEntryRecord(),
                            sid("tt", pad(form.index + 1, 2), day + "" + slot));
                    record.setClazz(form.id);
                    record.setSubject(course.id);
                    record.setTeacher(form.teachers.get(course).id);
                    record.setWeekday(day);
                    record.setSlot(slot);
                    record.setStartsAt(xmlBells[slot][0]);
                    record.setEndsAt(xmlBells[slot][1]);
                    record.setRoom(room(form, course));
                    record.setValidFrom(date(yearStart));
                    add(RecordKindLabel.TIMETABLE_ENTRY, record);
                }
            }
        }
    }

    private void guardian(Pupil pupil) {
        SplittableRandom r = rng(GUARDIAN, pupil.index);
        double roll = r.nextDouble();
        Relation relation = roll < 0.6 ? Relation.MOTHER : roll < 0.95 ? Relation.FATHER
                : pupil.form.grade <= 7 ? Relation.GUARDIAN : Relation.TRUSTEE;
        GuardianRecord guardian = record(new GuardianRecord(), sid("g", pad(pupil.index + 1, 5)));
        Catalogue.MaleName ownFather = pick(r, Catalogue.MALE_NAMES);
        if (relation == Relation.FATHER) {
            guardian.setLastName(pupil.surname);
            guardian.setFirstName(pupil.father.name());
            guardian.setMiddleName(ownFather.sonOf());
        } else {
            guardian.setLastName(Catalogue.feminine(pupil.surname));
            guardian.setFirstName(pick(r, Catalogue.FEMALE_NAMES));
            guardian.setMiddleName(ownFather.daughterOf());
        }
        add(RecordKindLabel.GUARDIAN, guardian);
        GuardianLinkRecord link = record(new GuardianLinkRecord(), sid("gl", pad(pupil.index + 1, 5)));
        link.setGuardian(guardian.getSourcedId());
        link.setStudent(pupil.id);
        link.setRelation(relation);
        link.setBasisDocument(relation == Relation.MOTHER || relation == Relation.FATHER ? "Свидетельство о рождении"
                : "Постановление об установлении опеки");
        add(RecordKindLabel.GUARDIAN_LINK, link);
    }

    // ------------------------------------------------------------------------------------------------------------

    /** The journal day by day: lessons held up to the last day, with their marks, attendance and homework. */
    private void journal() {
        for (Form form : forms) {
            int[] lessonNumber = new int[courses.size()];
            int perDay = form.grid[1].length - 1;
            for (LocalDate day = yearStart; !day.isAfter(lastDay); day = day.plusDays(1)) {
                if (!schoolDay(day, form.grade)) {
                    continue;
                }
                SplittableRandom r = rng(CLASS_DAY, form.index, day.toEpochDay());
                int quarter = quarterOf(day);
                int[] absentAllDay = new int[form.pupils.size()];
                for (int p = 0; p < absentAllDay.length; p++) {
                    double roll = r.nextDouble();
                    absentAllDay[p] = roll >= 0.03 ? -1
                            : roll < 0.015 ? Catalogue.ILL : roll < 0.0225 ? Catalogue.ABSENT : Catalogue.EXCUSED;
                }
                for (int slot = 1; slot <= perDay; slot++) {
                    Course course = form.grid[day.getDayOfWeek().getValue()][slot];
                    int number = ++lessonNumber[course.index];
                    lesson(form, course, day, slot, number, quarter, absentAllDay, r);
                }
            }
        }
    }

    private void lesson(Form form, Course course, LocalDate day, int slot, int number, int quarter,
                        int[] absentAllDay, SplittableRandom r) {
        boolean test = form.grade >= 2 && course.def.core() && number % 10 == 0;
        String key = pad(form.index + 1, 2) + "-" + day.toString().replace("-", "") + "-" + slot;
        LessonRecord lesson = record(new LessonRecord(), sid("l", key));
        lesson.setClazz(form.id);
        lesson.setSubject(course.id);
        lesson.setTeacher(form.teachers.get(course).id);
        lesson.setDate(date(day));
        lesson.setSlot(slot);
        lesson.setStartsAt(xmlBells[slot][0]);
        lesson.setEndsAt(xmlBells[slot][1]);
        lesson.setRoom(room(form, course));
        int unit = (number - 1) / 6 + 1;
        int type;
        if (test) {
            type = Catalogue.LESSON_TYPE_TEST;
            lesson.setTopic("Контрольная работа № " + number / 10 + " по теме раздела " + unit);
        } else {
            int phrase = r.nextInt(Catalogue.TOPIC_PHRASES.size());
            type = number % 6 == 1 ? 0 : number % 6 == 0 ? 5 : phrase % 3 == 0 ? 4 : phrase % 2 == 0 ? 2 : 1;
            lesson.setTopic("Раздел " + unit + ", урок " + ((number - 1) % 6 + 1) + ". "
                    + Catalogue.TOPIC_PHRASES.get(phrase));
        }
        lesson.setLessonType(lessonType(type));
        lesson.setStatus(LessonStatus.HELD);
        add(RecordKindLabel.LESSON, lesson);

        List<Pupil> present = new ArrayList<>(form.pupils.size());
        for (int p = 0; p < form.pupils.size(); p++) {
            Pupil pupil = form.pupils.get(p);
            int code = absentAllDay[p];
            if (code < 0 && r.nextDouble() < 0.01) {
                code = Catalogue.LATE;
            }
            if (code >= 0) {
                AttendanceRecord attendance = record(new AttendanceRecord(), sid("a", key, pad(pupil.index + 1, 5)));
                attendance.setStudent(pupil.id);
                attendance.setLesson(lesson.getSourcedId());
                attendance.setCode(attendanceCode(code));
                add(RecordKindLabel.ATTENDANCE, attendance);
            }
            if (code < 0 || Catalogue.ATTENDANCE_CODES.get(code).present()) {
                present.add(pupil);
            }
        }

        if (form.grade >= 2) {
            if (test) {
                int work = course.index == 0 ? Catalogue.WORK_DICTATION : Catalogue.WORK_TEST;
                for (Pupil pupil : present) {
                    mark(lesson, key, day, pupil, course, quarter, work, r);
                }
            } else {
                int count = Math.min(present.size(), 2 + r.nextInt(4));
                for (int i = 0; i < count; i++) {
                    int j = i + r.nextInt(present.size() - i);
                    Collections.swap(present, i, j);
                    double roll = r.nextDouble();
                    int work = roll < 0.6 ? Catalogue.WORK_ORAL : roll < 0.8 ? Catalogue.WORK_INDEPENDENT
                            : roll < 0.95 ? Catalogue.WORK_HOMEWORK : Catalogue.WORK_QUIZ;
                    mark(lesson, key, day, present.get(i), course, quarter, work, r);
                }
            }
            if (r.nextDouble() < 0.7) {
                HomeworkRecord homework = record(new HomeworkRecord(), sid("h", key));
                homework.setLesson(lesson.getSourcedId());
                homework.setDueOn(date(nextLesson(form, course, day)));
                int exercise = 10 + number * 3 + r.nextInt(3);
                homework.setText("§ " + ((number + 1) / 2) + ", вопросы 1–" + (3 + r.nextInt(4)) + "; упр. " + exercise
                        + "–" + (exercise + 2));
                add(RecordKindLabel.HOMEWORK, homework);
            }
        }
    }

    private void mark(LessonRecord lesson, String key, LocalDate day, Pupil pupil, Course course, int quarter,
                      int work, SplittableRandom r) {
        double a = pupil.ability;
        double roll = r.nextDouble();
        int value = roll < 0.2 + 0.35 * a ? 5 : roll < 0.6 + 0.35 * a ? 4 : roll < 0.9 + 0.1 * a ? 3 : 2;
        MarkRecord mark = new MarkRecord();
        mark.setSourcedId(sid("m", key, pad(pupil.index + 1, 5)));
        mark.setVersion(r.nextDouble() < 0.02 ? 2L : 1L);
        mark.setStudent(pupil.id);
        mark.setLesson(lesson.getSourcedId());
        mark.setValue(String.valueOf(value));
        mark.setDate(date(day));
        mark.setWorkType(workType(work));
        if (value == 2 && r.nextBoolean()) {
            mark.setComment(pick(r, Catalogue.MARK_COMMENTS));
        }
        add(RecordKindLabel.MARK, mark);
        double weight = Double.parseDouble(Catalogue.WORK_TYPES.get(work).weight());
        double[] sums = markSums.computeIfAbsent(sumKey(pupil, course, quarter), k -> new double[2]);
        sums[0] += value * weight;
        sums[1] += weight;
    }

    /** Final grades of the quarters that ended by the last day, and the year's when the year is over. */
    private void finalGrades() {
        for (int quarter = 1; quarter <= 4; quarter++) {
            Term term = periods.get(quarter);
            if (term.end.isAfter(lastDay)) {
                continue;
            }
            for (Form form : forms) {
                if (form.grade < 2) {
                    continue;
                }
                for (Pupil pupil : form.pupils) {
                    for (Course course : form.hours.keySet()) {
                        double[] sums = markSums.get(sumKey(pupil, course, quarter));
                        finalGrade(term, pupil, course, sums == null ? 0 : round(sums[0] / sums[1]));
                    }
                }
            }
        }
        Term year = periods.get(PERIOD_YEAR);
        if (!lastDay.isBefore(year.end)) {
            for (Form form : forms) {
                if (form.grade < 2) {
                    continue;
                }
                for (Pupil pupil : form.pupils) {
                    for (Course course : form.hours.keySet()) {
                        double total = 0;
                        int graded = 0;
                        for (int quarter = 1; quarter <= 4; quarter++) {
                            double[] sums = markSums.get(sumKey(pupil, course, quarter));
                            if (sums != null) {
                                total += round(sums[0] / sums[1]);
                                graded++;
                            }
                        }
                        finalGrade(year, pupil, course, graded == 0 ? 0 : round(total / graded));
                    }
                }
            }
        }
    }

    private void finalGrade(Term term, Pupil pupil, Course course, int value) {
        String period = term.kind == PeriodKind.YEAR ? "y" : "q" + term.ordinal;
        FinalGradeRecord grade = record(new FinalGradeRecord(),
                sid("fg", period, pad(pupil.index + 1, 5), pad(course.index + 1, 2)));
        grade.setStudent(pupil.id);
        grade.setSubject(course.id);
        grade.setPeriod(term.id);
        grade.setValue(value == 0 ? "н/а" : String.valueOf(value));
        grade.setResultDate(date(term.end));
        add(RecordKindLabel.FINAL_GRADE, grade);
    }

    private static int round(double average) {
        return average >= 4.5 ? 5 : average >= 3.5 ? 4 : average >= 2.5 ? 3 : 2;
    }

    private static long sumKey(Pupil pupil, Course course, int quarter) {
        return ((long) pupil.index * 4096 + course.index) * 8 + quarter;
    }

    // ------------------------------------------------------------------------------------------------------------

    private boolean schoolDay(LocalDate day, int grade) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || day.isBefore(yearStart) || day.isAfter(yearEnd)) {
            return false;
        }
        for (Break pause : breaks) {
            if ((pause.onlyGrade == null || pause.onlyGrade == grade) && !day.isBefore(pause.start)
                    && !day.isAfter(pause.end)) {
                return false;
            }
        }
        return true;
    }

    /** The quarter (1–4) a school day falls in. */
    private int quarterOf(LocalDate day) {
        for (int quarter = 1; quarter <= 4; quarter++) {
            Term term = periods.get(quarter);
            if (!day.isBefore(term.start) && !day.isAfter(term.end)) {
                return quarter;
            }
        }
        throw new IllegalStateException(day + " is a school day in no quarter");
    }

    /** The next day the class has this subject, for a homework's due date; a week later when none is near. */
    private LocalDate nextLesson(Form form, Course course, LocalDate day) {
        boolean[] weekdays = form.weekdays.get(course);
        for (LocalDate next = day.plusDays(1); !next.isAfter(day.plusDays(21)); next = next.plusDays(1)) {
            if (schoolDay(next, form.grade) && weekdays[next.getDayOfWeek().getValue()]) {
                return next;
            }
        }
        return day.plusDays(7);
    }

    private static String room(Form form, Course course) {
        if (course.def.name().startsWith("Физическая")) {
            return "Спортзал";
        }
        if (form.grade <= 4 && !course.def.specialist()) {
            return "Каб. " + (101 + form.index);
        }
        return "Каб. " + (201 + course.index);
    }

    private String lessonType(int index) {
        return sid("lt", String.valueOf(index + 1));
    }

    private String workType(int index) {
        return sid("wt", String.valueOf(index + 1));
    }

    private String attendanceCode(int index) {
        return sid("ac", String.valueOf(index + 1));
    }

    private String sid(String kind, String... parts) {
        StringBuilder id = new StringBuilder(idBase).append('-').append(kind);
        for (String part : parts) {
            id.append('-').append(part);
        }
        return id.toString();
    }

    private static String pad(int number, int width) {
        String digits = String.valueOf(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static <T extends JournalRecord> T record(T record, String sourcedId) {
        record.setSourcedId(sourcedId);
        record.setVersion(1L);
        return record;
    }

    private void add(RecordKindLabel kind, JournalRecord record) {
        records.computeIfAbsent(kind, k -> new ArrayList<>()).add(record);
    }

    private XMLGregorianCalendar date(LocalDate day) {
        return xmlDates.computeIfAbsent(day, d -> xml.newXMLGregorianCalendarDate(d.getYear(), d.getMonthValue(),
                d.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED));
    }

    private XMLGregorianCalendar time(String hhmm) {
        return xml.newXMLGregorianCalendarTime(Integer.parseInt(hhmm.substring(0, 2)),
                Integer.parseInt(hhmm.substring(3, 5)), 0, DatatypeConstants.FIELD_UNDEFINED);
    }

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** A random stream of its own for one thing (a student, a class's day), so that it never depends on others. */
    private SplittableRandom rng(long domain, long... keys) {
        long h = mix(spec.seed() * 0x9E3779B97F4A7C15L + domain);
        for (long key : keys) {
            h = mix(h ^ (key + 0x632BE59BD9B4E019L));
        }
        return new SplittableRandom(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ------------------------------------------------------------------------------------------------------------

    private record Term(String id, PeriodKind kind, int ordinal, String name, LocalDate start, LocalDate end) {
    }

    private record Break(String id, String name, LocalDate start, LocalDate end, Integer onlyGrade) {
    }

    private record Course(int index, String id, Catalogue.SubjectDef def) {
    }

    private static final class Staff {
        final int index;
        final String id;
        final String position;
        String lastName;
        String firstName;
        String middleName;
        int load;

        Staff(int index, String id, String position) {
            this.index = index;
            this.id = id;
            this.position = position;
        }
    }

    private static final class Form {
        final int index;
        final String id;
        final int grade;
        final String name;
        final List<Pupil> pupils = new ArrayList<>();
        /** Weekly lessons per subject, subjects in catalogue order. */
        final Map<Course, Integer> hours = new LinkedHashMap<>();
        final Map<Course, boolean[]> weekdays = new HashMap<>();
        final Map<Course, Staff> teachers = new HashMap<>();
        /** [weekday 1–5][slot 1–n]. */
        Course[][] grid;
        Staff classTeacher;

        Form(int index, String id, int grade, String name) {
            this.index = index;
            this.id = id;
            this.grade = grade;
            this.name = name;
        }
    }

    private static final class Pupil {
        final int index;
        final String id;
        final Form form;
        boolean female;
        String surname;
        String firstName;
        Catalogue.MaleName father;
        LocalDate birthDate;
        double ability;

        Pupil(int index, String id, Form form) {
            this.index = index;
            this.id = id;
            this.form = form;
        }
    }
}
