package ru.ediary.demo.application;

import static ru.ediary.importing.model.RecordKind.ACADEMIC_PERIOD;
import static ru.ediary.importing.model.RecordKind.ATTENDANCE;
import static ru.ediary.importing.model.RecordKind.ATTENDANCE_CODE;
import static ru.ediary.importing.model.RecordKind.CONTROL_WORK;
import static ru.ediary.importing.model.RecordKind.CURRICULUM_PLAN;
import static ru.ediary.importing.model.RecordKind.DEFERRAL;
import static ru.ediary.importing.model.RecordKind.EXAM_RESULT;
import static ru.ediary.importing.model.RecordKind.FINAL_GRADE;
import static ru.ediary.importing.model.RecordKind.GUARDIAN;
import static ru.ediary.importing.model.RecordKind.GUARDIAN_LINK;
import static ru.ediary.importing.model.RecordKind.HOLIDAY;
import static ru.ediary.importing.model.RecordKind.HOMEWORK;
import static ru.ediary.importing.model.RecordKind.INDIVIDUAL_PLAN;
import static ru.ediary.importing.model.RecordKind.LESSON;
import static ru.ediary.importing.model.RecordKind.LESSON_TYPE;
import static ru.ediary.importing.model.RecordKind.MARK;
import static ru.ediary.importing.model.RecordKind.RECOMMENDATION;
import static ru.ediary.importing.model.RecordKind.SCHOOL_CLASS;
import static ru.ediary.importing.model.RecordKind.SCHOOL_YEAR;
import static ru.ediary.importing.model.RecordKind.STUDENT;
import static ru.ediary.importing.model.RecordKind.STUDY_GROUP;
import static ru.ediary.importing.model.RecordKind.STUDY_GROUP_MEMBER;
import static ru.ediary.importing.model.RecordKind.SUBJECT;
import static ru.ediary.importing.model.RecordKind.TEACHER;
import static ru.ediary.importing.model.RecordKind.TEACHING_ASSIGNMENT;
import static ru.ediary.importing.model.RecordKind.TIMETABLE_CHANGE;
import static ru.ediary.importing.model.RecordKind.TIMETABLE_ENTRY;
import static ru.ediary.importing.model.RecordKind.WORK_TYPE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import ru.ediary.demo.application.DemoCalendar.Period;
import ru.ediary.demo.application.DemoNames.Surname;
import ru.ediary.family.model.Relation;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.journal.model.ChangeKind;
import ru.ediary.journal.model.LessonStatus;
import ru.ediary.school.model.EducationLevel;
import ru.ediary.school.model.PeriodKind;
import ru.ediary.school.model.PersonName;

/** One generation of one school's journal: all the state of {@link DemoJournalGenerator#generate}. */
final class DemoSchoolRun {

    /** Lesson bells: slot → start, end. */
    private static final LocalTime[][] BELLS = {
            null,
            {LocalTime.of(8, 30), LocalTime.of(9, 15)},
            {LocalTime.of(9, 25), LocalTime.of(10, 10)},
            {LocalTime.of(10, 30), LocalTime.of(11, 15)},
            {LocalTime.of(11, 35), LocalTime.of(12, 20)},
            {LocalTime.of(12, 30), LocalTime.of(13, 15)},
            {LocalTime.of(13, 25), LocalTime.of(14, 10)},
            {LocalTime.of(14, 20), LocalTime.of(15, 5)},
            {LocalTime.of(15, 15), LocalTime.of(16, 0)}};

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Weeks before the diary week always recorded in full detail. */
    private static final int RECENT_WEEKS = 5;
    /**
     * The records a school may have: {@code BASE_BUDGET + STUDENT_BUDGET × students} (12,200 for the Рабитицкая
     * school, 46,000 for the Волосовская; about 58,000 for the region). Late in the year, when the full journal
     * would be larger, marks, absences and homework of the weeks before the recent ones are thinned evenly to fit;
     * the demo family's own are always kept.
     */
    static final int BASE_BUDGET = 7_000;
    static final int STUDENT_BUDGET = 130;

    // ------------------------------------------------------------------ internal model

    static final class Cls {
        int grade;
        String key;
        String id;
        String name;
        PeriodKind kind;
        Tch classTeacher;
        int size;
        int index;
        final List<Stu> students = new ArrayList<>();
        final List<Unit> units = new ArrayList<>();
        /** weekday (1–5) → slot → the unit placed there. */
        final Map<Integer, Map<Integer, Unit>> week = new HashMap<>();
        Aud aud;
        boolean demo;
    }

    static final class Stu {
        String id;
        String num;
        Cls cls;
        PersonName name;
        boolean male;
        LocalDate birth;
        double ability;
        boolean demoFamily;
        boolean peExempt;
        String certificate;
        final Map<String, Double> offsets = new HashMap<>();
    }

    static final class Tch {
        String id;
        String role;
        PersonName name;
        String position;
        String room;
        boolean male;
    }

    static final class Aud {
        final String field;
        final String id;
        final String key;
        final Cls cls;
        final List<Stu> students;

        Aud(String field, String id, String key, Cls cls, List<Stu> students) {
            this.field = field;
            this.id = id;
            this.key = key;
            this.cls = cls;
            this.students = students;
        }
    }

    static final class Course {
        final Aud aud;
        final String subject;
        final int hours;
        final Tch teacher;
        final List<int[]> slots = new ArrayList<>();
        int taught;

        Course(Aud aud, String subject, int hours, Tch teacher) {
            this.aud = aud;
            this.subject = subject;
            this.hours = hours;
            this.teacher = teacher;
        }

        boolean meetsOn(int weekday) {
            return slots.stream().anyMatch(s -> s[0] == weekday);
        }
    }

    /** What occupies one timetable cell of a class: one course, or the English subgroups side by side. */
    static final class Unit {
        final Cls cls;
        final String subject;
        final int hours;
        final List<Course> courses = new ArrayList<>();

        Unit(Cls cls, String subject, int hours) {
            this.cls = cls;
            this.subject = subject;
            this.hours = hours;
        }
    }

    static final class Lsn {
        String id;
        Course course;
        Tch teacher;
        LocalDate date;
        int slot;
        String topic;
        String type;
        LessonStatus status;
        boolean control;
        boolean changed;
    }

    record Absence(String code, Set<Integer> slots) {
        boolean covers(int slot) {
            return slots == null || slots.contains(slot);
        }
    }

    record GuardianSpec(String id, PersonName name, Relation relation, boolean male, List<Stu> children,
                        String basis, boolean demo) {
    }

    // ------------------------------------------------------------------ state

    private final DemoSchoolPlan plan;
    private final boolean whole;
    private final LocalDate today;
    private final DemoCalendar cal;
    private final boolean demoFamily;
    private final LocalDate diaryMonday;
    private final LocalDate lastDay;
    private final LocalDate detailFrom;

    private final Map<RecordKind, List<SourcedRecord>> out = new EnumMap<>(RecordKind.class);
    private final List<DemoGuardian> guardians = new ArrayList<>();
    private final List<Cls> classes = new ArrayList<>();
    private final Map<String, Tch> teachers = new LinkedHashMap<>();
    private final List<Course> courses = new ArrayList<>();
    private final Map<String, Map<LocalDate, Absence>> absences = new HashMap<>();
    private final Map<String, String> controlTopics = new HashMap<>();
    private final Map<String, double[]> averages = new HashMap<>();
    private final Map<String, Integer> termGrades = new HashMap<>();
    private final List<Lsn> lessons = new ArrayList<>();
    private Stu iupStudent;
    private Aud iupAud;

    DemoSchoolRun(DemoSchoolPlan plan, LocalDate today) {
        this(plan, today, false);
    }

    /** With {@code whole}, no record budget: every mark, absence and homework (benchmarks of a full year). */
    DemoSchoolRun(DemoSchoolPlan plan, LocalDate today, boolean whole) {
        this.whole = whole;
        this.plan = plan;
        this.today = today;
        this.cal = DemoCalendar.containing(today);
        this.demoFamily = plan.code().equals(DemoSchoolPlan.RABITICY.code());
        this.diaryMonday = cal.diaryWeek(today).orElse(null);
        LocalDate end = diaryMonday == null ? cal.studiesEnd() : diaryMonday.plusDays(5);
        this.lastDay = end.isAfter(cal.studiesEnd()) ? cal.studiesEnd() : end;
        LocalDate anchor = diaryMonday == null ? lastDay : diaryMonday;
        this.detailFrom = anchor.minusWeeks(RECENT_WEEKS);
    }

    DemoSchoolJournal run() {
        catalogs();
        classes();
        teachers();
        families();
        groupsAndPlans();
        coursesAndAssignments();
        timetable();
        curriculumPlan();
        controlWorks();
        absences();
        lessons();
        changes();
        recommendations();
        journal();
        finalGrades();
        examResults();
        List<SourcedRecord> records = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            records.addAll(out.getOrDefault(kind, List.of()));
        }
        return new DemoSchoolJournal(records, guardians, lateExam, atRiskExam);
    }

    // ------------------------------------------------------------------ helpers

    private Random rnd(String key) {
        long h = plan.seed() * 0x9E3779B97F4A7C15L + key.hashCode() * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return new Random(h);
    }

    private void emit(RecordKind kind, String sourcedId, Object... fields) {
        add(record(kind, sourcedId, fields));
    }

    private void add(SourcedRecord record) {
        out.computeIfAbsent(record.kind(), k -> new ArrayList<>()).add(record);
    }

    private static SourcedRecord record(RecordKind kind, String sourcedId, Object... fields) {
        SourcedRecord.Builder builder = SourcedRecord.of(kind, sourcedId, DemoJournalGenerator.VERSION);
        for (int i = 0; i < fields.length; i += 2) {
            builder.with((String) fields[i], fields[i + 1]);
        }
        return builder.build();
    }

    /** A uniform number in [0, 1) fixed by the plan's seed and {@code key}. */
    private double unit(String key) {
        long h = plan.seed() * 0xD6E8FEB86659FD93L + key.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= h >>> 32;
        h *= 0xD6E8FEB86659FD93L;
        h ^= h >>> 32;
        h *= 0xD6E8FEB86659FD93L;
        h ^= h >>> 32;
        return (h >>> 11) * 0x1.0p-53;
    }

    private static String subjectId(String key) {
        return "sb-" + key;
    }

    private static String shortPeriod(Period period) {
        return period.sourcedId().substring(2);
    }

    private Period termOf(Cls cls, LocalDate date) {
        return cal.termOn(cls.kind, date).orElse(null);
    }

    private List<Period> termsOf(Cls cls) {
        return cal.terms(cls.kind);
    }

    private static <T> void shuffle(List<T> list, Random r) {
        Collections.shuffle(list, r);
    }

    // ------------------------------------------------------------------ catalogs

    private void catalogs() {
        emit(SCHOOL_YEAR, cal.sourcedId(), "name", cal.name(), "startsOn", cal.startsOn(), "endsOn", cal.endsOn());
        boolean halfYears = plan.topGrade() >= 10;
        for (Period p : cal.periods()) {
            if (p.kind() == PeriodKind.HALF_YEAR && !halfYears) {
                continue;
            }
            emit(ACADEMIC_PERIOD, p.sourcedId(), "schoolYear", cal.sourcedId(),
                    "parent", p.kind() == PeriodKind.YEAR ? null : DemoCalendar.YEAR, "kind", p.kind(),
                    "ordinal", p.ordinal(), "name", p.name(), "startsOn", p.startsOn(), "endsOn", p.endsOn());
        }
        for (DemoCalendar.Break b : cal.breaks()) {
            emit(HOLIDAY, b.sourcedId(), "schoolYear", cal.sourcedId(), "name", b.name(), "startsOn", b.startsOn(),
                    "endsOn", b.endsOn(), "onlyGrade", b.onlyGrade());
        }
        lessonType("lt-new", "Изучение нового материала", false);
        lessonType("lt-fix", "Закрепление изученного", false);
        lessonType("lt-comb", "Комбинированный урок", false);
        lessonType("lt-prac", "Практическая работа", false);
        lessonType("lt-lab", "Лабораторная работа", false);
        lessonType("lt-rev", "Повторение и обобщение", false);
        lessonType("lt-test", "Проверочная работа", false);
        lessonType("lt-cw", "Контрольная работа", true);
        workType("wt-oral", "Ответ на уроке", "1");
        workType("wt-self", "Самостоятельная работа", "1.5");
        workType("wt-home", "Домашняя работа", "1");
        workType("wt-dict", "Диктант", "2");
        workType("wt-test", "Проверочная работа", "2");
        workType("wt-cw", "Контрольная работа", "3");
        workType("wt-proj", "Проект", "2");
        workType("wt-lab", "Лабораторная работа", "1.5");
        workType("wt-prac", "Практическая работа", "1.5");
        workType("wt-recit", "Чтение наизусть", "1");
        workType("wt-norm", "Сдача нормативов", "1");
        emit(ATTENDANCE_CODE, "ac-n", "code", "Н", "name", "Отсутствие без уважительной причины",
                "excused", false, "present", false);
        emit(ATTENDANCE_CODE, "ac-b", "code", "Б", "name", "Отсутствие по болезни", "excused", true,
                "present", false);
        emit(ATTENDANCE_CODE, "ac-up", "code", "УП", "name", "Отсутствие по уважительной причине",
                "excused", true, "present", false);
        emit(ATTENDANCE_CODE, "ac-op", "code", "ОП", "name", "Опоздание", "excused", false, "present", true);
    }

    private void lessonType(String id, String name, boolean control) {
        emit(LESSON_TYPE, id, "name", name, "controlWork", control);
    }

    private void workType(String id, String name, String weight) {
        emit(WORK_TYPE, id, "name", name, "weight", weight);
    }

    // ------------------------------------------------------------------ classes

    private void classes() {
        int top = plan.topGrade();
        double[] weight = new double[top + 1];
        double sum = 0;
        for (int g = 1; g <= top; g++) {
            weight[g] = g >= 10 ? 0.75 : 1.0;
            sum += weight[g];
        }
        Random r = rnd("classes");
        int[] size = new int[top + 1];
        int assigned = 0;
        for (int g = 1; g <= top; g++) {
            size[g] = Math.max(3, (int) Math.round(plan.students() * weight[g] / sum) + r.nextInt(5) - 2);
            assigned += size[g];
        }
        for (int g = 1; assigned != plan.students(); g = g % top + 1) {
            int step = assigned < plan.students() ? 1 : -1;
            if (size[g] + step >= 3) {
                size[g] += step;
                assigned += step;
            }
        }
        boolean lettered = plan.topLevel() != EducationLevel.PRIMARY;
        for (int g = 1; g <= top; g++) {
            Cls c = new Cls();
            c.grade = g;
            c.key = String.valueOf(g);
            c.id = "c-" + g;
            c.name = lettered ? g + "А" : String.valueOf(g);
            c.kind = g >= 10 ? PeriodKind.HALF_YEAR : PeriodKind.QUARTER;
            c.size = size[g];
            c.index = g - 1;
            c.aud = new Aud("class", c.id, c.key, c, c.students);
            classes.add(c);
        }
    }

    private Cls cls(int grade) {
        return classes.stream().filter(c -> c.grade == grade).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ teachers

    private void teachers() {
        Random r = rnd("teachers");
        Set<String> surnames = new HashSet<>();
        if (plan.topLevel() == EducationLevel.PRIMARY) {
            teacher(r, surnames, "dir", "директор", false, null);
            for (Cls c : classes) {
                teacher(r, surnames, "ct" + c.grade, "учитель начальных классов", false, "каб. " + c.grade);
            }
            teacher(r, surnames, "eng", "учитель английского языка", false, "каб. 5");
            teacher(r, surnames, "mus", "учитель музыки", false, "актовый зал");
            teacher(r, surnames, "pe", "учитель физической культуры", true, "спортзал");
        } else {
            for (Cls c : classes) {
                if (c.grade <= 4) {
                    teacher(r, surnames, "ct" + c.grade, "учитель начальных классов", false, "каб. 1" + c.grade);
                }
            }
            teacher(r, surnames, "rus1", "учитель русского языка и литературы", false, "каб. 21");
            teacher(r, surnames, "rus2", "учитель русского языка и литературы", false, "каб. 22");
            teacher(r, surnames, "mat1", "учитель математики", false, "каб. 23");
            teacher(r, surnames, "mat2", "заместитель директора по УВР, учитель математики", false, "каб. 24");
            teacher(r, surnames, "eng1", "учитель английского языка", false, "каб. 31");
            teacher(r, surnames, "eng2", "учитель английского языка", false, "каб. 32");
            teacher(r, surnames, "eng3", "учитель английского и немецкого языков", false, "каб. 33");
            teacher(r, surnames, "hist", "учитель истории и обществознания", true, "каб. 25");
            teacher(r, surnames, "geo", "учитель географии", false, "каб. 26");
            teacher(r, surnames, "biochem", "учитель биологии и химии", false, "каб. 34");
            teacher(r, surnames, "phys", "учитель физики и информатики", true, "каб. 35");
            teacher(r, surnames, "mus", "учитель музыки", false, "каб. 15");
            teacher(r, surnames, "arttech", "учитель изобразительного искусства и труда (технологии)", false,
                    "мастерская");
            teacher(r, surnames, "pe1", "учитель физической культуры", false, "спортзал");
            teacher(r, surnames, "pe2", "учитель физической культуры", true, "спортзал");
            teacher(r, surnames, "obzr", "преподаватель-организатор ОБЗР", true, "каб. 36");
        }
        for (Cls c : classes) {
            c.classTeacher = role(c.grade <= 4 ? "ct" + c.grade : switch (c.grade) {
                case 5 -> "rus1";
                case 6 -> "rus2";
                case 7 -> "mat1";
                case 8 -> "biochem";
                case 9 -> "hist";
                case 10 -> "phys";
                default -> "eng1";
            });
        }
    }

    private void teacher(Random r, Set<String> surnames, String role, String position, boolean male, String room) {
        Surname surname;
        do {
            surname = DemoNames.randomSurname(r);
        } while (!surnames.add(surname.male()));
        Tch t = new Tch();
        t.id = String.format("t-%02d", teachers.size() + 1);
        t.role = role;
        t.male = male;
        t.name = new PersonName(surname.of(male), DemoNames.pick(male ? DemoNames.MEN : DemoNames.WOMEN, r),
                DemoNames.parentPatronymic(male, r));
        t.position = position;
        t.room = room;
        teachers.put(role, t);
        emit(TEACHER, t.id, "lastName", t.name.getLastName(), "firstName", t.name.getFirstName(),
                "middleName", t.name.getMiddleName(), "position", position);
    }

    private Tch role(String role) {
        Tch t = teachers.get(role);
        if (t == null) {
            throw new IllegalStateException("no teacher " + role + " in " + plan.code());
        }
        return t;
    }

    /** Who teaches a subject to a grade (for English from grade 5: the first subgroup). */
    private Tch teacherFor(int grade, String subject, int group) {
        boolean primarySchool = plan.topLevel() == EducationLevel.PRIMARY;
        if (grade <= 4) {
            return switch (subject) {
                case "eng" -> role(primarySchool ? "eng" : "eng2");
                case "mus" -> role("mus");
                case "pe" -> role(primarySchool ? "pe" : "pe1");
                case "orkse" -> role(primarySchool ? "dir" : "hist");
                default -> role("ct" + grade);
            };
        }
        boolean odd = grade % 2 == 1;
        return switch (subject) {
            case "rus", "lit" -> role(odd ? "rus1" : "rus2");
            case "mat", "alg", "geom", "vis" -> role(odd ? "mat1" : "mat2");
            case "eng" -> role(group == 1 ? "eng1" : grade <= 8 ? "eng2" : "eng3");
            case "deu" -> role("eng3");
            case "hist", "soc", "odnknr" -> role("hist");
            case "geo" -> role("geo");
            case "bio", "chem" -> role("biochem");
            case "phys", "inf", "proj" -> role("phys");
            case "mus" -> role("mus");
            case "art", "tech" -> role("arttech");
            case "pe" -> role(grade <= 6 ? "pe1" : "pe2");
            case "obzr" -> role("obzr");
            default -> throw new IllegalStateException("no teacher for " + subject);
        };
    }

    // ------------------------------------------------------------------ students and families

    /** A birth date that puts the child in {@code grade} this school year (6.5–7.5 years old in grade 1). */
    private LocalDate birthDate(int grade, Random r) {
        LocalDate latest = cal.startsOn().minusYears(6).minusMonths(6).minusYears(grade - 1);
        return latest.minusDays(r.nextInt(365));
    }

    private String certificate(Random r) {
        String[] roman = {"I", "II", "III", "IV"};
        String[] letters = {"ВО", "АК", "ЛГ", "АГ", "ЕР", "ВЛ"};
        return roman[r.nextInt(roman.length)] + "-" + letters[r.nextInt(letters.length)] + " № "
                + String.format("%06d", 100000 + r.nextInt(900000));
    }

    private Stu child(Cls cls, Surname surname, boolean male, String firstName, String fatherName, Random r) {
        Stu s = new Stu();
        s.cls = cls;
        s.male = male;
        s.name = new PersonName(surname.of(male), firstName, DemoNames.fatherName(fatherName).patronymic(male));
        s.birth = birthDate(cls.grade, r);
        s.ability = Math.max(2.9, Math.min(4.95, 4.1 + r.nextGaussian() * 0.55));
        s.certificate = certificate(r);
        cls.students.add(s);
        return s;
    }

    private void families() {
        List<GuardianSpec> specs = new ArrayList<>();
        Random r = rnd("families");
        Map<Cls, Integer> free = new LinkedHashMap<>();
        classes.forEach(c -> free.put(c, c.size));
        if (demoFamily) {
            Cls fourth = cls(4);
            Cls second = cls(2);
            Surname smirnov = DemoNames.surname("Смирнов");
            Stu artem = child(fourth, smirnov, true, "Артём", "Андрей", r);
            artem.id = DemoJournalGenerator.DEMO_STUDENT;
            artem.ability = 4.45;
            Stu polina = child(second, smirnov, false, "Полина", "Андрей", r);
            polina.id = DemoJournalGenerator.DEMO_SIBLING;
            polina.ability = 4.05;
            for (Stu s : List.of(artem, polina)) {
                s.demoFamily = true;
                s.cls.demo = true;
                free.merge(s.cls, -1, Integer::sum);
            }
            List<Stu> kids = List.of(artem, polina);
            specs.add(new GuardianSpec(DemoJournalGenerator.DEMO_PARENT_GUARDIAN,
                    new PersonName("Смирнова", "Ольга", "Викторовна"), Relation.MOTHER, false, kids, null, true));
            specs.add(new GuardianSpec(null, new PersonName("Смирнов", "Андрей", "Николаевич"), Relation.FATHER,
                    true, kids, null, true));
        }
        while (free.values().stream().anyMatch(n -> n > 0)) {
            Surname surname;
            do {
                surname = DemoNames.randomSurname(r);
            } while (demoFamily && surname.male().equals("Смирнов"));
            String father = DemoNames.fatherFirstName(r);
            double roll = r.nextDouble();
            int wanted = roll < 0.80 ? 1 : roll < 0.97 ? 2 : 3;
            List<Cls> open = new ArrayList<>(free.keySet().stream().filter(c -> free.get(c) > 0).toList());
            shuffle(open, r);
            List<Cls> chosen = open.subList(0, Math.min(wanted, open.size()));
            List<Stu> kids = new ArrayList<>();
            Set<String> firstNames = new HashSet<>();
            for (Cls c : chosen) {
                boolean male = r.nextBoolean();
                String first;
                do {
                    first = DemoNames.pick(male ? DemoNames.BOYS : DemoNames.GIRLS, r);
                } while (!firstNames.add(first));
                kids.add(child(c, surname, male, first, father, r));
                free.merge(c, -1, Integer::sum);
            }
            double shape = r.nextDouble();
            if (shape < 0.95) {
                boolean mother = shape < 0.90;
                boolean fatherToo = shape < 0.70 || shape >= 0.90;
                if (mother) {
                    Surname hers = r.nextDouble() < 0.9 ? surname : DemoNames.randomSurname(r);
                    specs.add(new GuardianSpec(null, new PersonName(hers.female(),
                            DemoNames.pick(DemoNames.MOTHERS, r), DemoNames.parentPatronymic(false, r)),
                            Relation.MOTHER, false, kids, null, false));
                }
                if (fatherToo) {
                    specs.add(new GuardianSpec(null, new PersonName(surname.male(), father,
                            DemoNames.parentPatronymic(true, r)), Relation.FATHER, true, kids, null, false));
                }
            } else {
                Surname hers = r.nextDouble() < 0.6 ? surname : DemoNames.randomSurname(r);
                LocalDate decided = cal.startsOn().minusYears(1 + r.nextInt(5)).minusDays(r.nextInt(300));
                String basis = "Постановление администрации Волосовского муниципального района № "
                        + (100 + r.nextInt(900)) + " от " + decided.format(RU_DATE) + " об установлении опеки";
                specs.add(new GuardianSpec(null, new PersonName(hers.female(),
                        DemoNames.pick(DemoNames.GRANDMOTHERS, r), DemoNames.parentPatronymic(false, r)),
                        Relation.GUARDIAN, false, kids, basis, false));
            }
        }
        numberStudents();
        for (Cls c : classes) {
            for (Stu s : c.students) {
                emit(STUDENT, s.id, "lastName", s.name.getLastName(), "firstName", s.name.getFirstName(),
                        "middleName", s.name.getMiddleName(), "birthDate", s.birth, "class", c.id);
            }
        }
        guardians(specs);
    }

    /** Numbers the students of each class in alphabetical order, after the fixed demo ones. */
    private void numberStudents() {
        Comparator<Stu> byName = Comparator.comparing((Stu s) -> s.name.getLastName())
                .thenComparing(s -> s.name.getFirstName()).thenComparing(s -> s.name.getMiddleName());
        for (Cls c : classes) {
            c.students.sort(byName);
            Set<String> taken = new HashSet<>();
            for (Stu s : c.students) {
                if (s.id != null) {
                    s.num = s.id.substring(s.id.lastIndexOf('-') + 1);
                    taken.add(s.num);
                }
            }
            int n = 1;
            for (Stu s : c.students) {
                if (s.id == null) {
                    while (taken.contains(String.format("%02d", n))) {
                        n++;
                    }
                    s.num = String.format("%02d", n++);
                    s.id = "s-" + c.key + "-" + s.num;
                }
            }
        }
    }

    private void guardians(List<GuardianSpec> specs) {
        Random r = rnd("guardians");
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        int n = 0;
        List<DemoConsent> consents = new ArrayList<>();
        for (GuardianSpec g : specs) {
            double roll = r.nextDouble();
            consents.add(g.demo() && g.relation() == Relation.MOTHER ? DemoConsent.GIVEN
                    : roll < 0.78 ? DemoConsent.GIVEN : roll < 0.87 ? DemoConsent.REFUSED : DemoConsent.UNANSWERED);
        }
        for (DemoConsent wanted : List.of(DemoConsent.REFUSED, DemoConsent.UNANSWERED)) {
            if (!consents.contains(wanted)) {
                for (int i = specs.size() - 1; i >= 0; i--) {
                    if (!specs.get(i).demo() && consents.get(i) == DemoConsent.GIVEN) {
                        consents.set(i, wanted);
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < specs.size(); i++) {
            GuardianSpec g = specs.get(i);
            String id = g.id() != null ? g.id() : String.format("g-%03d", ++n);
            DemoConsent consent = consents.get(i);
            PersonName name = g.name();
            String email = null;
            double emailChance = consent == DemoConsent.GIVEN ? 0.92 : consent == DemoConsent.REFUSED ? 0.3 : 0.5;
            if (DemoJournalGenerator.DEMO_PARENT_GUARDIAN.equals(id)) {
                email = DemoJournalGenerator.DEMO_PARENT_EMAIL;
            } else if (r.nextDouble() < emailChance) {
                String local = DemoNames.latin(name.getLastName()) + "." + DemoNames.latin(name.getFirstName())
                        .charAt(0);
                if (demoFamily) {
                    email = local + "@example.ru";
                    for (int k = 2; !emails.add(email); k++) {
                        email = local + k + "@example.ru";
                    }
                } else {
                    // Two digits (of a birth year, as many real addresses have): never a suffix of the small
                    // school's addresses (2, 3 …), so that no two guardians of the region share an address.
                    int attempt = 0;
                    do {
                        email = local + (attempt < 30 ? 70 + r.nextInt(30) : 100 + attempt) + "@example.ru";
                        attempt++;
                    } while (!emails.add(email));
                }
            }
            String phone = null;
            if (g.demo() || r.nextDouble() < 0.9) {
                String[] operators = {"911", "921", "931", "981", "950", "952", "960", "904", "999", "905"};
                do {
                    phone = "+7 " + operators[r.nextInt(operators.length)] + " "
                            + String.format("%03d-%02d-%02d", r.nextInt(1000), r.nextInt(100), r.nextInt(100));
                } while (!phones.add(phone));
            }
            emit(GUARDIAN, id, "lastName", name.getLastName(), "firstName", name.getFirstName(), "middleName",
                    name.getMiddleName());
            List<String> children = new ArrayList<>();
            for (Stu s : g.children()) {
                String basis = g.basis() != null ? g.basis() : "Свидетельство о рождении " + s.certificate;
                emit(GUARDIAN_LINK, "gl-" + id.substring(2) + "-" + s.id.substring(2), "guardian", id,
                        "student", s.id, "relation", g.relation(), "basisDocument", basis);
                children.add(s.id);
            }
            guardians.add(new DemoGuardian(id, name, consent, email, phone, children));
        }
    }

    // ------------------------------------------------------------------ groups, individual plan

    private void groupsAndPlans() {
        Random r = rnd("plans");
        Cls seventh = cls(7);
        if (seventh != null) {
            List<Stu> candidates = seventh.students.stream().filter(s -> !s.demoFamily).toList();
            iupStudent = candidates.get(r.nextInt(candidates.size()));
            String name = "ИУП: немецкий язык — " + iupStudent.name.withInitials();
            emit(INDIVIDUAL_PLAN, "ip-1", "student", iupStudent.id, "name", name,
                    "basis", "Заявление родителей; приказ директора № " + (60 + r.nextInt(40)) + "-о от "
                            + cal.startsOn().minusDays(3).format(RU_DATE)
                            + " (продолжение изучения немецкого языка после перевода из другой школы)",
                    "validFrom", cal.startsOn(), "validTo", cal.studiesEnd());
            iupAud = new Aud("plan", "ip-1", "p1", seventh, List.of(iupStudent));
        }
        Cls ninth = cls(9);
        if (ninth != null) {
            List<Stu> candidates = ninth.students.stream().filter(s -> !s.demoFamily).toList();
            candidates.get(r.nextInt(candidates.size())).peExempt = true;
        }
    }

    // ------------------------------------------------------------------ courses

    private void coursesAndAssignments() {
        Set<String> used = new LinkedHashSet<>();
        for (Cls c : classes) {
            for (Map.Entry<String, Integer> e : DemoCurriculum.hours(c.grade).entrySet()) {
                used.add(e.getKey());
            }
        }
        if (iupAud != null) {
            used.add("deu");
        }
        for (String key : DemoCurriculum.SUBJECTS.keySet()) {
            if (used.contains(key)) {
                DemoCurriculum.SubjectDef s = DemoCurriculum.SUBJECTS.get(key);
                emit(SUBJECT, s.sourcedId(), "name", s.name(), "shortName", s.shortName());
            }
        }
        for (Cls c : classes) {
            emit(SCHOOL_CLASS, c.id, "schoolYear", cal.sourcedId(), "name", c.name, "grade", c.grade,
                    "periodKind", c.kind, "classTeacher", c.classTeacher.id);
        }
        for (Cls c : classes) {
            for (Map.Entry<String, Integer> e : DemoCurriculum.hours(c.grade).entrySet()) {
                String subject = e.getKey();
                int hours = e.getValue();
                Unit unit = new Unit(c, subject, hours);
                if (subject.equals("eng") && c.grade >= 5) {
                    List<Stu> members = c.students.stream().filter(s -> s != iupStudent).toList();
                    int half = (members.size() + 1) / 2;
                    for (int g = 1; g <= 2; g++) {
                        String groupId = "gr-" + c.key + "-eng-" + g;
                        List<Stu> part = g == 1 ? members.subList(0, half) : members.subList(half, members.size());
                        emit(STUDY_GROUP, groupId, "class", c.id, "subject", subjectId("eng"),
                                "name", "Английский язык, группа " + g);
                        for (Stu s : part) {
                            emit(STUDY_GROUP_MEMBER, "gm-" + c.key + "g" + g + "-" + s.num, "group", groupId,
                                    "student", s.id);
                        }
                        Aud aud = new Aud("group", groupId, c.key + "g" + g, c, List.copyOf(part));
                        unit.courses.add(new Course(aud, subject, hours, teacherFor(c.grade, subject, g)));
                    }
                    if (iupAud != null && iupAud.cls == c) {
                        unit.courses.add(new Course(iupAud, "deu", hours, teacherFor(c.grade, "deu", 0)));
                    }
                } else {
                    unit.courses.add(new Course(c.aud, subject, hours, teacherFor(c.grade, subject, 1)));
                }
                c.units.add(unit);
                courses.addAll(unit.courses);
            }
        }
        for (Course course : courses) {
            emit(TEACHING_ASSIGNMENT, "ta-" + course.aud.key + "-" + course.subject, "teacher", course.teacher.id,
                    "subject", subjectId(course.subject), course.aud.field, course.aud.id);
        }
    }

    // ------------------------------------------------------------------ timetable

    private void timetable() {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (trySchedule(rnd("timetable-" + attempt))) {
                emitTimetable();
                return;
            }
        }
        throw new IllegalStateException("no conflict-free timetable found for " + plan.code());
    }

    private static int limitPerDay(Unit u) {
        return u.hours > 5 ? 2 : 1;
    }

    /**
     * Builds the weekly timetable: each class gets its hours spread over the days (a subject at most once a day,
     * twice when it has more than five hours), lessons from slot 1 without gaps; then swaps within each class
     * repair teacher clashes (min-conflicts local search) until no teacher is in two places at once.
     */
    private boolean trySchedule(Random r) {
        final int slots = 10;
        Map<Cls, Unit[][]> grid = new LinkedHashMap<>();
        Map<Unit, int[]> perDay = new HashMap<>();
        Map<Tch, int[][]> load = new HashMap<>();
        teachers.values().forEach(t -> load.put(t, new int[6][slots]));
        for (Cls c : classes) {
            int total = c.units.stream().mapToInt(u -> u.hours).sum();
            int[] free = new int[6];
            List<Integer> days = new ArrayList<>(List.of(1, 2, 3, 4, 5));
            shuffle(days, r);
            for (int d = 1; d <= 5; d++) {
                free[d] = total / 5;
            }
            for (int i = 0; i < total % 5; i++) {
                free[days.get(i)]++;
            }
            List<Unit> units = new ArrayList<>(c.units);
            shuffle(units, r);
            units.sort(Comparator.comparingInt((Unit u) -> -u.hours));
            List<List<Unit>> byDay = new ArrayList<>();
            for (int d = 0; d <= 5; d++) {
                byDay.add(new ArrayList<>());
            }
            for (Unit u : units) {
                perDay.put(u, new int[6]);
                for (int h = 0; h < u.hours; h++) {
                    int best = -1;
                    for (int d = 1; d <= 5; d++) {
                        if (free[d] > 0 && perDay.get(u)[d] < limitPerDay(u) && (best < 0 || free[d] > free[best]
                                || (free[d] == free[best] && r.nextBoolean()))) {
                            best = d;
                        }
                    }
                    if (best < 0) {
                        return false;
                    }
                    free[best]--;
                    perDay.get(u)[best]++;
                    byDay.get(best).add(u);
                }
            }
            Unit[][] g = new Unit[6][slots];
            for (int d = 1; d <= 5; d++) {
                List<Unit> day = byDay.get(d);
                shuffle(day, r);
                for (int i = 0; i < day.size(); i++) {
                    g[d][i + 1] = day.get(i);
                    for (Course course : day.get(i).courses) {
                        load.get(course.teacher)[d][i + 1]++;
                    }
                }
            }
            grid.put(c, g);
        }
        for (int iteration = 0; iteration < 40_000; iteration++) {
            List<Object[]> clashes = new ArrayList<>();
            for (Map.Entry<Cls, Unit[][]> e : grid.entrySet()) {
                Unit[][] g = e.getValue();
                for (int d = 1; d <= 5; d++) {
                    for (int k = 1; k < slots && g[d][k] != null; k++) {
                        for (Course course : g[d][k].courses) {
                            if (load.get(course.teacher)[d][k] > 1) {
                                clashes.add(new Object[] {e.getKey(), d, k});
                                break;
                            }
                        }
                    }
                }
            }
            if (clashes.isEmpty()) {
                for (Map.Entry<Cls, Unit[][]> e : grid.entrySet()) {
                    Cls c = e.getKey();
                    c.week.clear();
                    c.units.forEach(u -> u.courses.forEach(course -> course.slots.clear()));
                    for (int d = 1; d <= 5; d++) {
                        for (int k = 1; k < slots && e.getValue()[d][k] != null; k++) {
                            Unit u = e.getValue()[d][k];
                            c.week.computeIfAbsent(d, x -> new HashMap<>()).put(k, u);
                            for (Course course : u.courses) {
                                course.slots.add(new int[] {d, k});
                            }
                        }
                    }
                }
                return true;
            }
            Object[] clash = clashes.get(r.nextInt(clashes.size()));
            Cls c = (Cls) clash[0];
            int d1 = (Integer) clash[1];
            int k1 = (Integer) clash[2];
            Unit[][] g = grid.get(c);
            List<int[]> options = new ArrayList<>();
            double bestDelta = Double.MAX_VALUE;
            for (int d2 = 1; d2 <= 5; d2++) {
                for (int k2 = 1; k2 < slots && g[d2][k2] != null; k2++) {
                    if (!swappable(g, perDay, d1, k1, d2, k2)) {
                        continue;
                    }
                    double before = cost(load, g, d1, k1, d2, k2) + 0.3 * (softCost(g, d1, k1) + softCost(g, d2, k2));
                    swap(load, g, perDay, d1, k1, d2, k2);
                    double delta = cost(load, g, d1, k1, d2, k2) + 0.3 * (softCost(g, d1, k1) + softCost(g, d2, k2))
                            - before;
                    swap(load, g, perDay, d1, k1, d2, k2);
                    if (delta < bestDelta - 1e-9) {
                        bestDelta = delta;
                        options.clear();
                    }
                    if (Math.abs(delta - bestDelta) < 1e-9) {
                        options.add(new int[] {d2, k2});
                    }
                }
            }
            if (options.isEmpty()) {
                continue;
            }
            int[] pick = r.nextDouble() < 0.08 || bestDelta > 0 && r.nextDouble() < 0.5
                    ? randomOption(g, perDay, d1, k1, r, slots) : options.get(r.nextInt(options.size()));
            if (pick != null) {
                swap(load, g, perDay, d1, k1, pick[0], pick[1]);
            }
        }
        return false;
    }

    private int[] randomOption(Unit[][] g, Map<Unit, int[]> perDay, int d1, int k1, Random r, int slots) {
        List<int[]> all = new ArrayList<>();
        for (int d2 = 1; d2 <= 5; d2++) {
            for (int k2 = 1; k2 < slots && g[d2][k2] != null; k2++) {
                if (swappable(g, perDay, d1, k1, d2, k2)) {
                    all.add(new int[] {d2, k2});
                }
            }
        }
        return all.isEmpty() ? null : all.get(r.nextInt(all.size()));
    }

    private static boolean swappable(Unit[][] g, Map<Unit, int[]> perDay, int d1, int k1, int d2, int k2) {
        Unit u = g[d1][k1];
        Unit v = g[d2][k2];
        if (u == v) {
            return false;
        }
        return d1 == d2 || (perDay.get(u)[d2] < limitPerDay(u) && perDay.get(v)[d1] < limitPerDay(v));
    }

    private static void swap(Map<Tch, int[][]> load, Unit[][] g, Map<Unit, int[]> perDay, int d1, int k1, int d2,
                             int k2) {
        Unit u = g[d1][k1];
        Unit v = g[d2][k2];
        for (Course course : u.courses) {
            load.get(course.teacher)[d1][k1]--;
            load.get(course.teacher)[d2][k2]++;
        }
        for (Course course : v.courses) {
            load.get(course.teacher)[d2][k2]--;
            load.get(course.teacher)[d1][k1]++;
        }
        perDay.get(u)[d1]--;
        perDay.get(u)[d2]++;
        perDay.get(v)[d2]--;
        perDay.get(v)[d1]++;
        g[d1][k1] = v;
        g[d2][k2] = u;
    }

    /** Teacher clashes at the two cells, counted for the teachers of what stands there. */
    private static int cost(Map<Tch, int[][]> load, Unit[][] g, int d1, int k1, int d2, int k2) {
        Set<Tch> involved = new HashSet<>();
        for (Unit u : List.of(g[d1][k1], g[d2][k2])) {
            u.courses.forEach(course -> involved.add(course.teacher));
        }
        int cost = 0;
        for (Tch t : involved) {
            cost += Math.max(0, load.get(t)[d1][k1] - 1);
            if (d1 != d2 || k1 != k2) {
                cost += Math.max(0, load.get(t)[d2][k2] - 1);
            }
        }
        return cost;
    }

    /** A mild wish: hard subjects not first thing nor last, physical education and arts not first. */
    private static double softCost(Unit[][] g, int d, int k) {
        return -slotPreference(g[d][k].subject, k);
    }

    private static double slotPreference(String subject, int slot) {
        return switch (subject) {
            case "rus", "mat", "alg", "geom", "phys", "chem", "eng" -> slot >= 2 && slot <= 4 ? 0.4 : 0;
            case "pe", "mus", "art", "tech", "orkse", "odnknr", "obzr", "proj" ->
                    slot >= 4 ? 0.4 : slot == 1 ? -0.3 : 0;
            default -> 0;
        };
    }

    private String room(Course course) {
        return course.teacher.room != null ? course.teacher.room : "каб. " + course.aud.cls.grade;
    }

    private void emitTimetable() {
        for (Course course : courses) {
            course.slots.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> s[1]));
            for (int[] s : course.slots) {
                emit(TIMETABLE_ENTRY, "tt-" + course.aud.key + "-" + s[0] + "-" + s[1], course.aud.field,
                        course.aud.id, "subject", subjectId(course.subject), "teacher", course.teacher.id,
                        "weekday", s[0], "slot", s[1], "startsAt", BELLS[s[1]][0], "endsAt", BELLS[s[1]][1],
                        "room", room(course), "validFrom", cal.startsOn(), "validTo", cal.studiesEnd());
            }
        }
    }

    /** The lessons a course has in a period by the timetable and the calendar. */
    private int occurrences(Course course, LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (cal.isSchoolDay(d, course.aud.cls.grade)) {
                int weekday = d.getDayOfWeek().getValue();
                for (int[] s : course.slots) {
                    if (s[0] == weekday) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** The next day after {@code date} the course has a lesson, or null when none is left this year. */
    private LocalDate nextLessonDay(Course course, LocalDate date) {
        for (LocalDate d = date.plusDays(1); !d.isAfter(cal.studiesEnd()) && d.isBefore(date.plusDays(40));
             d = d.plusDays(1)) {
            if (cal.isSchoolDay(d, course.aud.cls.grade) && course.meetsOn(d.getDayOfWeek().getValue())) {
                return d;
            }
        }
        return null;
    }

    private void curriculumPlan() {
        for (Course course : courses) {
            for (Period p : termsOf(course.aud.cls)) {
                emit(CURRICULUM_PLAN, "cp-" + course.aud.key + "-" + course.subject + "-" + shortPeriod(p),
                        "subject", subjectId(course.subject), course.aud.field, course.aud.id, "period",
                        p.sourcedId(), "plannedLessons", occurrences(course, p.startsOn(), p.endsOn()));
            }
        }
    }

    // ------------------------------------------------------------------ control works

    private void controlWorks() {
        for (Cls c : classes) {
            Map<String, Integer> plan = DemoCurriculum.controlWorks(c.grade);
            Set<LocalDate> taken = new HashSet<>();
            Map<String, Integer> numbers = new HashMap<>();
            for (Period p : termsOf(c)) {
                if (p.startsOn().isAfter(lastDay)) {
                    continue;
                }
                for (Map.Entry<String, Integer> e : plan.entrySet()) {
                    Course course = classCourse(c, e.getKey());
                    if (course == null) {
                        continue;
                    }
                    int count = Math.min(4, e.getValue() * (p.kind() == PeriodKind.HALF_YEAR ? 2 : 1));
                    double[] fractions = switch (count) {
                        case 1 -> new double[] {0.75};
                        case 2 -> new double[] {0.4, 0.92};
                        case 3 -> new double[] {0.3, 0.6, 0.88};
                        default -> new double[] {0.2, 0.45, 0.7, 0.9};
                    };
                    long span = ChronoUnit.DAYS.between(p.startsOn(), p.endsOn());
                    for (double f : fractions) {
                        LocalDate target = p.startsOn().plusDays(Math.round(span * f));
                        LocalDate date = controlDate(course, p, target, taken);
                        if (date == null) {
                            continue;
                        }
                        taken.add(date);
                        int no = numbers.merge(course.subject, 1, Integer::sum);
                        String topic = controlTopic(course, no, date);
                        controlTopics.put(course.aud.key + "|" + course.subject + "|" + date, topic);
                        emit(CONTROL_WORK, "cw-" + c.key + "-" + course.subject + "-" + shortPeriod(p) + "-" + no,
                                "class", c.id, "subject", subjectId(course.subject), "period", p.sourcedId(),
                                "plannedOn", date, "topic", topic, "workType", "wt-cw");
                    }
                }
            }
        }
    }

    private Course classCourse(Cls c, String subject) {
        for (Unit u : c.units) {
            for (Course course : u.courses) {
                if (course.aud == c.aud && course.subject.equals(subject)) {
                    return course;
                }
            }
        }
        return null;
    }

    private LocalDate controlDate(Course course, Period p, LocalDate target, Set<LocalDate> taken) {
        for (LocalDate d = target; !d.isAfter(p.endsOn()); d = d.plusDays(1)) {
            if (fitsControl(course, d, taken)) {
                return d;
            }
        }
        for (LocalDate d = target.minusDays(1); !d.isBefore(p.startsOn()); d = d.minusDays(1)) {
            if (fitsControl(course, d, taken)) {
                return d;
            }
        }
        return null;
    }

    private boolean fitsControl(Course course, LocalDate d, Set<LocalDate> taken) {
        return !taken.contains(d) && cal.isSchoolDay(d, course.aud.cls.grade)
                && course.meetsOn(d.getDayOfWeek().getValue());
    }

    private String controlTopic(Course course, int no, LocalDate date) {
        int grade = course.aud.cls.grade;
        if (course.subject.equals("rus")) {
            return grade <= 9 ? "Контрольный диктант № " + no + " с грамматическим заданием"
                    : "Контрольная работа № " + no + " в формате ЕГЭ";
        }
        List<String> topics = DemoCurriculum.topics(course.subject, grade);
        int before = Math.max(0, occurrences(course, cal.startsOn(), date.minusDays(1)) - 1);
        return "Контрольная работа № " + no + " по теме «" + topic(course, before) + "»";
    }

    // ------------------------------------------------------------------ absences

    private Stu deferralStudent;
    private String deferralSubject;
    private Period deferralPeriod;
    /** In the deferral's quarter and subject: a classmate left without a final grade (a gap, issue 10). */
    private Stu gapStudent;
    /** In the deferral's quarter and subject: a classmate whose deferral ran out without a grade (overdue). */
    private Stu overdueStudent;

    private void absences() {
        chooseDeferral();
        for (Cls c : classes) {
            int illEvery = c.size >= 20 ? 3 : 5;
            int week = 0;
            for (LocalDate monday = cal.startsOn().minusDays(cal.startsOn().getDayOfWeek().getValue() - 1);
                 !monday.isAfter(lastDay); monday = monday.plusWeeks(1)) {
                List<LocalDate> days = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    LocalDate d = monday.plusDays(i);
                    if (cal.isSchoolDay(d, c.grade) && !d.isAfter(today)) {
                        days.add(d);
                    }
                }
                if (days.isEmpty()) {
                    continue;
                }
                Random r = rnd("absence|" + c.key + "|" + monday);
                List<Stu> others = c.students.stream().filter(s -> !s.demoFamily).toList();
                if ((week + c.index) % illEvery == 0 && !others.isEmpty()) {
                    Stu ill = others.get(r.nextInt(others.size()));
                    for (LocalDate d : days) {
                        absent(ill, d, new Absence("ac-b", null));
                    }
                }
                int events = c.size >= 20 ? 2 + r.nextInt(3) : 1 + r.nextInt(2);
                for (int i = 0; i < events; i++) {
                    Stu s = c.students.get(r.nextInt(c.students.size()));
                    LocalDate d = days.get(r.nextInt(days.size()));
                    double kind = r.nextDouble();
                    Absence a = kind < 0.4 ? new Absence("ac-op", Set.of(1))
                            : kind < 0.75 ? new Absence("ac-n", Set.of(1 + r.nextInt(4)))
                            : new Absence("ac-up", null);
                    absent(s, d, a);
                }
                week++;
            }
        }
        if (deferralStudent != null) {
            LocalDate end = deferralPeriod.endsOn();
            for (LocalDate d = end.minusDays(6); !d.isAfter(end); d = d.plusDays(1)) {
                if (cal.isSchoolDay(d, deferralStudent.cls.grade)) {
                    absences.computeIfAbsent(deferralStudent.id, k -> new HashMap<>())
                            .put(d, new Absence("ac-b", null));
                }
            }
        }
    }

    private void absent(Stu s, LocalDate d, Absence a) {
        absences.computeIfAbsent(s.id, k -> new HashMap<>()).putIfAbsent(d, a);
    }

    private Absence absence(Stu s, LocalDate d, int slot) {
        Map<LocalDate, Absence> days = absences.get(s.id);
        Absence a = days == null ? null : days.get(d);
        return a != null && a.covers(slot) ? a : null;
    }

    /** The student, subject and (latest finished) quarter whose final grade is deferred by illness. */
    private void chooseDeferral() {
        Cls c;
        String subject;
        if (demoFamily) {
            c = cls(2);
            subject = "mat";
        } else {
            c = cls(Math.min(8, plan.topGrade()));
            subject = c.grade >= 7 ? "phys" : "mat";
        }
        if (c == null || c.grade < 2) {
            return;
        }
        Period latest = null;
        for (Period p : termsOf(c)) {
            if (p.isFinishedOn(today)) {
                latest = p;
            }
        }
        if (latest == null) {
            return;
        }
        deferralPeriod = latest;
        deferralSubject = subject;
        if (demoFamily) {
            deferralStudent = c.students.stream()
                    .filter(s -> s.id.equals(DemoJournalGenerator.DEMO_SIBLING)).findFirst().orElseThrow();
        } else {
            Random r = rnd("deferral");
            List<Stu> candidates = c.students.stream().filter(s -> s != iupStudent).toList();
            deferralStudent = candidates.get(r.nextInt(candidates.size()));
        }
        List<Stu> classmates = new ArrayList<>(c.students.stream()
                .filter(s -> s != deferralStudent && s != iupStudent && !s.demoFamily).toList());
        Collections.shuffle(classmates, rnd("gap"));
        gapStudent = classmates.size() > 0 ? classmates.get(0) : null;
        overdueStudent = classmates.size() > 1 ? classmates.get(1) : null;
    }

    // ------------------------------------------------------------------ lessons

    private void lessons() {
        for (LocalDate d = cal.startsOn(); !d.isAfter(lastDay); d = d.plusDays(1)) {
            int weekday = d.getDayOfWeek().getValue();
            for (Cls c : classes) {
                if (!cal.isSchoolDay(d, c.grade)) {
                    continue;
                }
                Map<Integer, Unit> day = c.week.getOrDefault(weekday, Map.of());
                List<Integer> slots = new ArrayList<>(day.keySet());
                Collections.sort(slots);
                Set<String> controlled = new HashSet<>();
                for (int slot : slots) {
                    for (Course course : day.get(slot).courses) {
                        lessons.add(lesson(course, d, slot, controlled));
                    }
                }
            }
        }
    }

    private Lsn lesson(Course course, LocalDate date, int slot, Set<String> controlled) {
        Lsn l = new Lsn();
        l.id = "l-" + date + "-" + course.aud.key + "-" + slot;
        l.course = course;
        l.teacher = course.teacher;
        l.date = date;
        l.slot = slot;
        l.status = date.isAfter(today) ? LessonStatus.PLANNED : LessonStatus.HELD;
        List<String> topics = DemoCurriculum.topics(course.subject, course.aud.cls.grade);
        String controlKey = course.aud.key + "|" + course.subject + "|" + date;
        String control = controlTopics.get(controlKey);
        Random r = rnd("lesson|" + l.id);
        if (control != null && controlled.add(controlKey)) {
            l.control = true;
            l.topic = control;
            l.type = "lt-cw";
        } else {
            l.topic = topic(course, course.taught);
            l.type = lessonType(course, date, r);
        }
        course.taught++;
        return l;
    }

    /**
     * The topic of the course's lesson number {@code n} (from 0): the list runs through the year about twice, a
     * topic taking a few lessons when the subject has many hours.
     */
    private static String topic(Course course, int n) {
        List<String> topics = DemoCurriculum.topics(course.subject, course.aud.cls.grade);
        int perTopic = Math.max(1, (int) Math.round(course.hours * 33.0 / topics.size() / 2));
        return topics.get(n / perTopic % topics.size());
    }

    private String lessonType(Course course, LocalDate date, Random r) {
        String s = course.subject;
        double x = r.nextDouble();
        if ((s.equals("phys") || s.equals("chem") || s.equals("bio")) && x < 0.15) {
            return "lt-lab";
        }
        if ((s.equals("geo") || s.equals("inf") || s.equals("tech") || s.equals("art")) && x < 0.2) {
            return "lt-prac";
        }
        Period term = termOf(course.aud.cls, date);
        if (term != null && !date.isBefore(term.endsOn().minusDays(6)) && x < 0.5) {
            return "lt-rev";
        }
        boolean main = List.of("rus", "mat", "alg", "geom", "okr", "hist", "bio", "geo", "phys", "chem", "eng")
                .contains(s);
        if (main && course.aud.cls.grade >= 2 && x > 0.94) {
            return "lt-test";
        }
        double y = r.nextDouble();
        return y < 0.45 ? "lt-new" : y < 0.7 ? "lt-fix" : y < 0.9 ? "lt-comb" : "lt-rev";
    }

    // ------------------------------------------------------------------ changes of the diary week

    private void changes() {
        if (diaryMonday == null) {
            return;
        }
        Map<LocalDate, List<Lsn>> byDate = new HashMap<>();
        for (Lsn l : lessons) {
            if (!l.date.isBefore(diaryMonday)) {
                byDate.computeIfAbsent(l.date, k -> new ArrayList<>()).add(l);
            }
        }
        Cls subClass;
        Cls moveClass;
        Cls cancelClass;
        if (demoFamily) {
            subClass = cls(4);
            cancelClass = cls(4);
            moveClass = cls(2);
        } else {
            subClass = cls(Math.min(8, plan.topGrade()));
            cancelClass = subClass;
            moveClass = subClass;
        }
        substitution(subClass, byDate);
        move(moveClass, byDate);
        cancellation(cancelClass, byDate);
    }

    /**
     * The class's school days of the diary week in the order changes are looked for: the days still to come
     * first (so that parents see them ahead), then today, then the days already past, latest first.
     */
    private List<LocalDate> weekDays(Cls c) {
        List<LocalDate> ahead = new ArrayList<>();
        List<LocalDate> rest = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            LocalDate d = diaryMonday.plusDays(i);
            if (cal.isSchoolDay(d, c.grade)) {
                (d.isAfter(today) ? ahead : rest).add(d);
            }
        }
        Collections.reverse(rest);
        ahead.addAll(rest);
        return ahead;
    }

    private List<Lsn> classLessons(Cls c, LocalDate d, Map<LocalDate, List<Lsn>> byDate) {
        return byDate.getOrDefault(d, List.of()).stream().filter(l -> l.course.aud.cls == c)
                .sorted(Comparator.comparingInt(l -> l.slot)).toList();
    }

    private boolean teacherBusy(Tch t, LocalDate d, int slot, Map<LocalDate, List<Lsn>> byDate) {
        return byDate.getOrDefault(d, List.of()).stream()
                .anyMatch(l -> l.teacher == t && l.slot == slot && l.status != LessonStatus.CANCELLED);
    }

    private boolean changeable(Lsn l, Cls c) {
        return !l.changed && !l.control && l.course.aud == c.aud;
    }

    private void substitution(Cls c, Map<LocalDate, List<Lsn>> byDate) {
        for (int pass = 0; pass < 2; pass++) {
            for (LocalDate d : weekDays(c)) {
                for (Lsn l : classLessons(c, d, byDate)) {
                    if (!changeable(l, c) || (pass == 0 && l.teacher == c.classTeacher)) {
                        continue;
                    }
                    List<Tch> candidates = new ArrayList<>();
                    candidates.add(c.classTeacher);
                    candidates.addAll(teachers.values());
                    for (Tch t : candidates) {
                        if (t != l.teacher && !teacherBusy(t, d, l.slot, byDate)) {
                            Tch original = l.teacher;
                            l.teacher = t;
                            l.changed = true;
                            emit(TIMETABLE_CHANGE, "tc-" + l.id.substring(2), "kind", ChangeKind.SUBSTITUTION,
                                    "lesson", l.id, "originalTeacher", original.id,
                                    "reason", "Больничный учителя (" + original.name.withInitials() + ")");
                            return;
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("no substitution possible in class " + c.name);
    }

    private void move(Cls c, Map<LocalDate, List<Lsn>> byDate) {
        List<LocalDate> days = new ArrayList<>(weekDays(c));
        if (days.size() > 2 && days.get(1).isAfter(today)) {
            days.add(days.remove(0));
        }
        int max = DemoCurriculum.maxLessonsPerDay(c.grade);
        for (LocalDate d1 : days) {
            for (Lsn l : classLessons(c, d1, byDate)) {
                if (!changeable(l, c)) {
                    continue;
                }
                List<LocalDate> targets = new ArrayList<>(days);
                targets.remove(d1);
                targets.add(d1);
                for (LocalDate d2 : targets) {
                    List<Lsn> there = classLessons(c, d2, byDate);
                    int slot = there.stream().mapToInt(x -> x.slot).max().orElse(0) + 1;
                    if (slot > max || slot >= BELLS.length || teacherBusy(l.teacher, d2, slot, byDate)) {
                        continue;
                    }
                    LocalDate originalDate = l.date;
                    int originalSlot = l.slot;
                    byDate.get(d1).remove(l);
                    l.date = d2;
                    l.slot = slot;
                    l.status = d2.isAfter(today) ? LessonStatus.PLANNED : LessonStatus.HELD;
                    l.changed = true;
                    byDate.computeIfAbsent(d2, k -> new ArrayList<>()).add(l);
                    emit(TIMETABLE_CHANGE, "tc-" + l.id.substring(2), "kind", ChangeKind.MOVE, "lesson", l.id,
                            "originalDate", originalDate, "originalSlot", originalSlot,
                            "reason", "Участие учителя в муниципальном этапе всероссийской олимпиады школьников");
                    return;
                }
            }
        }
        throw new IllegalStateException("no move possible in class " + c.name);
    }

    private void cancellation(Cls c, Map<LocalDate, List<Lsn>> byDate) {
        List<LocalDate> days = new ArrayList<>(weekDays(c));
        Collections.reverse(days.subList(0, (int) days.stream().filter(d -> d.isAfter(today)).count()));
        for (LocalDate d : days) {
            List<Lsn> list = new ArrayList<>(classLessons(c, d, byDate));
            Collections.reverse(list);
            for (Lsn l : list) {
                if (changeable(l, c)) {
                    l.status = LessonStatus.CANCELLED;
                    l.changed = true;
                    emit(TIMETABLE_CHANGE, "tc-" + l.id.substring(2), "kind", ChangeKind.CANCELLATION,
                            "lesson", l.id,
                            "reason", "Учитель на курсах повышения квалификации в ЛОИРО, замена не найдена");
                    return;
                }
            }
        }
        throw new IllegalStateException("no cancellation possible in class " + c.name);
    }

    // ------------------------------------------------------------------ the journal: lessons, marks, absences

    /**
     * A mark, absence or homework, held back until it is known whether the budget allows it: {@code thinnable}
     * ones (of the weeks before the recent ones, not the demo family's) are kept when {@code draw} falls below the
     * share the budget leaves for them.
     */
    record Pending(SourcedRecord record, boolean thinnable, double draw, Stu student, String subject,
                   LocalDate date, Integer value, String workType) {
    }

    private void journal() {
        lessons.sort(Comparator.comparing((Lsn l) -> l.date).thenComparingInt(l -> l.slot)
                .thenComparing(l -> l.id));
        for (Lsn l : lessons) {
            Course course = l.course;
            emit(LESSON, l.id, course.aud.field, course.aud.id, "subject", subjectId(course.subject),
                    "teacher", l.teacher.id, "date", l.date, "slot", l.slot, "startsAt", BELLS[l.slot][0],
                    "endsAt", BELLS[l.slot][1], "room", room(course), "topic", l.topic, "lessonType", l.type,
                    "status", l.status);
        }
        List<Pending> pending = new ArrayList<>();
        for (Lsn l : lessons) {
            if (l.status == LessonStatus.HELD) {
                marksAndAbsences(l, pending);
            }
            if (l.status != LessonStatus.CANCELLED) {
                homework(l, pending);
            }
        }
        int fixed = out.values().stream().mapToInt(List::size).sum() + countFinalGrades();
        long thinnable = pending.stream().filter(Pending::thinnable).count();
        long firm = pending.size() - thinnable;
        int budget = BASE_BUDGET + STUDENT_BUDGET * plan.students();
        double keep = thinnable == 0 || whole ? 1.0 : Math.max(0.0, Math.min(1.0, (budget - fixed - firm) / (double) thinnable));
        for (Pending p : pending) {
            if (p.thinnable() && p.draw() >= keep) {
                continue;
            }
            add(p.record());
            if (p.value() != null) {
                count(p.student(), p.subject(), p.date(), p.value(), p.workType());
            }
        }
    }

    private boolean recent(LocalDate date) {
        return !date.isBefore(detailFrom);
    }

    private void marksAndAbsences(Lsn l, List<Pending> pending) {
        Course course = l.course;
        Cls c = course.aud.cls;
        Random r = rnd("marks|" + l.id);
        boolean marked = c.grade >= 2 && !DemoCurriculum.unmarked(course.subject);
        double perStudent = 1.3 * (2 + 0.5 * Math.min(course.hours, 5)) * (c.size < 15 ? 1.3 : 1.0)
                / (course.hours * 8.5);
        String suffix = l.id.substring(2);
        LocalDate monday = l.date.minusDays(l.date.getDayOfWeek().getValue() - 1);
        for (Stu s : course.aud.students) {
            Absence a = absence(s, l.date, l.slot);
            double roll = r.nextDouble();
            double workRoll = r.nextDouble();
            boolean thinnable = !s.demoFamily && !recent(l.date);
            if (a != null) {
                pending.add(new Pending(record(ATTENDANCE, "a-" + suffix + "-" + s.num, "student", s.id,
                        "lesson", l.id, "code", a.code()), thinnable, unit("attendance|" + s.id + "|" + monday),
                        s, course.subject, l.date, null, null));
                if (!a.code().equals("ac-op")) {
                    continue;
                }
            }
            if (!marked || (course.subject.equals("pe") && s.peExempt)) {
                continue;
            }
            String workType;
            if (l.control) {
                workType = "wt-cw";
            } else if (l.type.equals("lt-test")) {
                if (roll > 0.7) {
                    continue;
                }
                workType = "wt-test";
            } else {
                if (roll > perStudent) {
                    continue;
                }
                workType = workType(course.subject, c.grade, l.type, workRoll);
            }
            pending.add(mark(l, s, workType, r, thinnable));
        }
    }

    private static String workType(String subject, int grade, String lessonType, double x) {
        if (lessonType.equals("lt-lab")) {
            return "wt-lab";
        }
        if (lessonType.equals("lt-prac")) {
            return "wt-prac";
        }
        switch (subject) {
            case "rus":
                if (x < 0.12) {
                    return "wt-dict";
                }
                break;
            case "lit", "litread":
                if (x < 0.15) {
                    return "wt-recit";
                }
                break;
            case "pe":
                return x < 0.5 ? "wt-norm" : "wt-oral";
            case "proj":
                return "wt-proj";
            case "mus", "art", "tech":
                return x < 0.6 ? "wt-prac" : "wt-oral";
            case "hist", "geo", "bio", "inf", "okr":
                if (x > 0.95) {
                    return "wt-proj";
                }
                break;
            default:
                break;
        }
        return x < 0.45 ? "wt-oral" : x < 0.7 ? "wt-home" : "wt-self";
    }

    private static final Map<String, Double> WEIGHTS = Map.ofEntries(Map.entry("wt-oral", 1.0),
            Map.entry("wt-self", 1.5), Map.entry("wt-home", 1.0), Map.entry("wt-dict", 2.0),
            Map.entry("wt-test", 2.0), Map.entry("wt-cw", 3.0), Map.entry("wt-proj", 2.0), Map.entry("wt-lab", 1.5),
            Map.entry("wt-prac", 1.5), Map.entry("wt-recit", 1.0), Map.entry("wt-norm", 1.0));

    private double offset(Stu s, String subject) {
        return s.offsets.computeIfAbsent(subject, k -> rnd("offset|" + s.id + "|" + k).nextGaussian() * 0.35);
    }

    private Pending mark(Lsn l, Stu s, String workType, Random r, boolean thinnable) {
        Course course = l.course;
        String value;
        Integer numeric = null;
        if (!l.control && r.nextDouble() < 0.003) {
            value = "н/а";
        } else {
            double v = s.ability + offset(s, course.subject) + r.nextGaussian() * (l.control ? 0.85 : 0.75);
            int m = (int) Math.round(v);
            m = Math.max(2, Math.min(5, m));
            if (m == 2 && r.nextDouble() < 0.5) {
                m = 3;
            }
            numeric = m;
            value = String.valueOf(m);
        }
        String comment = numeric != null && r.nextDouble() < 0.05 ? DemoCurriculum.markComment(numeric, r) : null;
        String id = "m-" + l.id.substring(2) + "-" + s.num;
        return new Pending(record(MARK, id, "student", s.id, "lesson", l.id, "value", value, "workType", workType,
                "comment", comment), thinnable, unit(id), s, course.subject, l.date, numeric, workType);
    }

    /** Adds a numeric mark to the weighted averages of its term and of the year. */
    private void count(Stu s, String subject, LocalDate date, int value, String workType) {
        double w = WEIGHTS.get(workType);
        List<Period> periods = new ArrayList<>();
        Period term = termOf(s.cls, date);
        if (term != null) {
            periods.add(term);
        }
        periods.add(cal.period(DemoCalendar.YEAR));
        for (Period p : periods) {
            double[] acc = averages.computeIfAbsent(s.id + "|" + subject + "|" + p.sourcedId(), k -> new double[2]);
            acc[0] += value * w;
            acc[1] += w;
        }
    }

    private void homework(Lsn l, List<Pending> pending) {
        Course course = l.course;
        Cls c = course.aud.cls;
        if (c.grade < 2) {
            return; // no homework in the first grade
        }
        Random r = rnd("homework|" + l.id);
        if (r.nextDouble() > DemoCurriculum.homeworkChance(course.subject)) {
            return;
        }
        LocalDate due = nextLessonDay(course, l.date);
        if (due == null) {
            return;
        }
        String id = "h-" + l.id.substring(2);
        pending.add(new Pending(record(HOMEWORK, id, "lesson", l.id, "dueOn", due, "text",
                DemoCurriculum.homework(course.subject, c.grade, r)), !c.demo && !recent(l.date), unit(id), null,
                course.subject, l.date, null, null));
    }

    // ------------------------------------------------------------------ recommendations

    private void recommendations() {
        LocalDate until = today.isAfter(lastDay) ? lastDay : today;
        for (Cls c : classes) {
            int n = 0;
            for (LocalDate from = cal.startsOn().plusDays(7); !from.isAfter(until); from = from.plusDays(14)) {
                Random r = rnd("recommendation|" + c.key + "|" + from);
                List<LocalDate> days = new ArrayList<>();
                for (LocalDate d = from; d.isBefore(from.plusDays(14)) && !d.isAfter(until); d = d.plusDays(1)) {
                    if (cal.isSchoolDay(d, c.grade)) {
                        days.add(d);
                    }
                }
                if (days.isEmpty()) {
                    continue;
                }
                Stu s = c.students.get(r.nextInt(c.students.size()));
                recommendation(c, s, days.get(r.nextInt(days.size())), "rc-" + c.key + "-" + (++n), r);
            }
            for (Stu s : c.students) {
                if (s.demoFamily) {
                    LocalDate d = until;
                    while (!cal.isSchoolDay(d, c.grade) && d.isAfter(cal.startsOn())) {
                        d = d.minusDays(1);
                    }
                    recommendation(c, s, d, "rc-" + c.key + "-demo", rnd("recommendation|" + s.id));
                }
            }
        }
    }

    private void recommendation(Cls c, Stu s, LocalDate date, String id, Random r) {
        List<Course> own = courses.stream().filter(course -> course.aud.students.contains(s)
                && !DemoCurriculum.unmarked(course.subject)).toList();
        Course course = own.get(r.nextInt(own.size()));
        boolean wasIll = false;
        Map<LocalDate, Absence> missed = absences.getOrDefault(s.id, Map.of());
        for (LocalDate d = date.minusDays(14); d.isBefore(date); d = d.plusDays(1)) {
            Absence a = missed.get(d);
            wasIll |= a != null && a.code().equals("ac-b");
        }
        emit(RECOMMENDATION, id, "student", s.id, "teacher", course.teacher.id, "subject",
                subjectId(course.subject), "givenOn", date, "text",
                DemoCurriculum.recommendation(course.subject, c.grade, wasIll, r));
    }

    // ------------------------------------------------------------------ final grades and the deferral

    private void finalGrades() {
        List<Period> periods = new ArrayList<>(cal.periods());
        periods.sort(Comparator.comparing((Period p) -> p.kind() == PeriodKind.YEAR));
        for (Period p : periods) {
            if (!p.isFinishedOn(today)) {
                continue;
            }
            for (Cls c : classes) {
                if (c.grade < 2 || (p.kind() != PeriodKind.YEAR && p.kind() != c.kind)) {
                    continue;
                }
                Random r = rnd("final|" + c.key + "|" + p.sourcedId());
                LocalDate resultDate = resultDate(p, r);
                for (Stu s : c.students) {
                    for (String subject : subjectsOf(s)) {
                        if (s == deferralStudent && subject.equals(deferralSubject)
                                && (p == deferralPeriod || p.kind() == PeriodKind.YEAR)) {
                            String id = "df-" + shortPeriod(p) + "-" + c.key + "-" + s.num + "-" + subject;
                            LocalDate deadline = today.plusDays(14);
                            emit(DEFERRAL, id, "student", s.id, "subject", subjectId(subject), "period",
                                    p.sourcedId(), "reason", "болезнь",
                                    "deadline", deadline.isAfter(cal.endsOn()) ? cal.endsOn() : deadline);
                            continue;
                        }
                        if (p == deferralPeriod && subject.equals(deferralSubject) && s == gapStudent) {
                            continue; // no grade and no deferral: a gap on the staff's page
                        }
                        if (p == deferralPeriod && subject.equals(deferralSubject) && s == overdueStudent) {
                            LocalDate deadline = today.minusDays(5).isBefore(p.endsOn()) ? p.endsOn()
                                    : today.minusDays(5);
                            emit(DEFERRAL, "df-" + shortPeriod(p) + "-" + c.key + "-" + s.num + "-" + subject,
                                    "student", s.id, "subject", subjectId(subject), "period", p.sourcedId(),
                                    "reason", "санаторное лечение", "deadline", deadline);
                            continue; // the deadline has passed and no grade came: an overdue deferral
                        }
                        emit(FINAL_GRADE, "fg-" + shortPeriod(p) + "-" + c.key + "-" + s.num + "-" + subject,
                                "student", s.id, "subject", subjectId(subject), "period", p.sourcedId(),
                                "value", finalValue(s, subject, p), "resultDate", resultDate);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ exam results and the 3-day rule

    /** An olympiad result the journal sent five days after it was known: late on «Публикация результатов». */
    private String lateExam;
    /**
     * A result of two days ago for a child whose consenting guardian has no cabinet account: held back, at risk of
     * missing its deadline (tomorrow) until the office opens an account or hands over a paper extract.
     */
    private String atRiskExam;

    private void examResults() {
        Stu late = null;
        Stu atRisk = null;
        Map<String, Stu> byId = new HashMap<>();
        for (Cls c : classes) {
            for (Stu s : c.students) {
                byId.put(s.id, s);
                if (late == null && !s.demoFamily && c.grade >= 2) {
                    late = s;
                }
            }
        }
        for (DemoGuardian g : guardians) {
            if (atRisk == null && g.consent() == DemoConsent.GIVEN
                    && !DemoJournalGenerator.DEMO_PARENT_GUARDIAN.equals(g.sourcedId())) {
                atRisk = g.childSourcedIds().stream().map(byId::get)
                        .filter(s -> s != null && !s.demoFamily).findFirst().orElse(null);
            }
        }
        if (late != null && !subjectsOf(late).isEmpty()) {
            lateExam = "ex-" + late.id.substring(2) + "-olymp-math";
            emit(EXAM_RESULT, lateExam, "student", late.id, "subject", subjectId(subjectsOf(late).get(0)),
                    "examName", "Школьный этап всероссийской олимпиады школьников", "examDate", today.minusDays(14),
                    "score", 31, "resultDate", today.minusDays(10));
        }
        if (atRisk != null && !subjectsOf(atRisk).isEmpty()) {
            atRiskExam = "ex-" + atRisk.id.substring(2) + "-contest";
            emit(EXAM_RESULT, atRiskExam, "student", atRisk.id, "subject", subjectId(subjectsOf(atRisk).get(0)),
                    "examName", "Районный конкурс «Грамотей»", "examDate", today.minusDays(4), "score", 42,
                    "mark", 5, "resultDate", today.minusDays(2));
        }
    }

    /** How many final grades (and deferrals) {@link #finalGrades()} will write. */
    private int countFinalGrades() {
        int n = 0;
        for (Period p : cal.periods()) {
            if (!p.isFinishedOn(today)) {
                continue;
            }
            for (Cls c : classes) {
                if (c.grade >= 2 && (p.kind() == PeriodKind.YEAR || p.kind() == c.kind)) {
                    for (Stu s : c.students) {
                        n += subjectsOf(s).size();
                    }
                }
            }
        }
        return n;
    }

    /** The teachers' council a weekday 1–3 days after the period, never after today. */
    private LocalDate resultDate(Period p, Random r) {
        List<LocalDate> options = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            LocalDate d = p.endsOn().plusDays(i);
            if (!d.isAfter(today) && d.getDayOfWeek().getValue() <= 5) {
                options.add(d);
            }
        }
        return options.isEmpty() ? p.endsOn().plusDays(1) : options.get(r.nextInt(options.size()));
    }

    /** The subjects a student is taught: the class's, their subgroups', their individual plan's. */
    private List<String> subjectsOf(Stu s) {
        Set<String> subjects = new LinkedHashSet<>();
        for (Course course : courses) {
            if (course.aud.students.contains(s)) {
                subjects.add(course.subject);
            }
        }
        return List.copyOf(subjects);
    }

    private String finalValue(Stu s, String subject, Period p) {
        if (DemoCurriculum.unmarked(subject)) {
            return "зач";
        }
        if (subject.equals("pe") && s.peExempt) {
            return "осв";
        }
        int grade;
        if (p.kind() == PeriodKind.YEAR) {
            double sum = 0;
            int n = 0;
            for (Period term : termsOf(s.cls)) {
                Integer g = termGrades.get(s.id + "|" + subject + "|" + term.sourcedId());
                if (g != null) {
                    sum += g;
                    n++;
                }
            }
            grade = n > 0 ? rounded(sum / n) : fromMarks(s, subject, p);
        } else {
            grade = fromMarks(s, subject, p);
        }
        termGrades.put(s.id + "|" + subject + "|" + p.sourcedId(), grade);
        return String.valueOf(grade);
    }

    private int fromMarks(Stu s, String subject, Period p) {
        double[] acc = averages.get(s.id + "|" + subject + "|" + p.sourcedId());
        if (acc != null && acc[1] > 0) {
            return rounded(acc[0] / acc[1]);
        }
        return Math.max(3, Math.min(5, (int) Math.round(s.ability + offset(s, subject))));
    }

    /** The default thresholds of DESIGN §5: 5 from 4.5, 4 from 3.5, 3 from 2.5. */
    private static int rounded(double average) {
        return average >= 4.5 ? 5 : average >= 3.5 ? 4 : average >= 2.5 ? 3 : 2;
    }
}
