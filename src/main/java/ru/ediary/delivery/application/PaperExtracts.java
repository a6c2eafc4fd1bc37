package ru.ediary.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.delivery.model.ExtractFacts;
import ru.ediary.delivery.model.ExtractLayout;
import ru.ediary.delivery.model.ExtractNumber;
import ru.ediary.delivery.model.ExtractPeriod;
import ru.ediary.delivery.model.ExtractPrinter;
import ru.ediary.delivery.model.PaperExtract;
import ru.ediary.delivery.model.PaperExtractRegister;
import ru.ediary.delivery.model.RegisterLine;
import ru.ediary.diary.application.ChildDiary;
import ru.ediary.diary.application.PeriodChoice;
import ru.ediary.diary.application.StudentCard;
import ru.ediary.family.application.PaperList;
import ru.ediary.platform.Refusal;
import ru.ediary.school.model.SchoolDirectory;

/**
 * Issues paper extracts (DESIGN §6): reads each child's diary through the cabinet's own {@link ChildDiary},
 * numbers, typesets, registers and audits the extract in one transaction — a refused request leaves nothing in the
 * register. An extract already issued today for the same child and days is given again as it was (a re-print), so
 * printing a class twice does not use up numbers or hand out two different documents.
 */
@ApplicationScoped
public class PaperExtracts {

    /** How many lines the register page lists. */
    static final int REGISTER_LINES = 500;
    private static final Pattern CODE = Pattern.compile("[A-Z2-7]{16}");
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ChildDiary diary;

    @Inject
    PaperList paperList;

    @Inject
    PaperExtractRegister register;

    @Inject
    ExtractPrinter printer;

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Staff: one student's extract. The student must be of the staff member's school. */
    @Transactional
    public IssuedExtracts forStudent(long schoolId, long studentId, ExtractRequest request) {
        StudentCard student = ownStudent(schoolId, studentId);
        String guardians = paperList.of(schoolId, student.classId()).stream()
                .flatMap(c -> c.lines().stream()).filter(l -> l.studentId() == studentId)
                .map(PaperList.Line::guardianName).collect(Collectors.joining("; "));
        return issue(schoolId, List.of(student), Map.of(studentId, guardians), request);
    }

    /**
     * Staff: a class, one extract per child in one file ready for double-sided printing; only the children whose
     * guardians are on the paper list unless {@code everyone}.
     */
    @Transactional
    public IssuedExtracts forClass(long schoolId, long classId, boolean everyone, ExtractRequest request) {
        Map<Long, String> guardians = new LinkedHashMap<>();
        paperList.of(schoolId, classId).stream().flatMap(c -> c.lines().stream()).forEach(l ->
                guardians.merge(l.studentId(), l.guardianName(), (a, b) -> a + "; " + b));
        List<StudentCard> students = diary.classmates(classId);
        if (students.stream().anyMatch(s -> s.schoolId() != schoolId)) {
            throw new Refusal("extract.class.foreign");
        }
        if (!everyone) {
            students = students.stream().filter(s -> guardians.containsKey(s.studentId())).toList();
            if (students.isEmpty()) {
                throw new Refusal("extract.class.noPaper");
            }
        } else if (students.isEmpty()) {
            throw new Refusal("extract.class.empty");
        }
        return issue(schoolId, students, guardians, request);
    }

    /**
     * A guardian with consent, from the cabinet: their child's extract. The caller has admitted the child with
     * {@code CabinetAccess.requireChild} (which audits and refuses anyone else's child).
     */
    @Transactional
    public IssuedExtracts forGuardian(long studentId, String guardianName, ExtractRequest request) {
        StudentCard student = card(studentId);
        return issue(student.schoolId(), List.of(student), Map.of(studentId, guardianName), request);
    }

    /** Staff: registered extracts of the school again, exactly as issued, in one file; audited as a re-print. */
    @Transactional
    public IssuedExtracts reprint(long schoolId, List<Long> ids, String login, String remoteAddress) {
        List<PaperExtract> extracts = new ArrayList<>();
        for (long id : ids) {
            PaperExtract extract = register.byId(id).filter(e -> e.getSchoolId() == schoolId)
                    .orElseThrow(() -> new Refusal("extract.unknown", id));
            extracts.add(extract);
            audit.record(login, "PAPER_EXTRACT_REPRINTED", schoolId, "student:" + extract.getStudentId(),
                    "№ " + extract.number().label(), remoteAddress);
        }
        if (extracts.isEmpty()) {
            throw new Refusal("extract.unknown", "");
        }
        return bound(extracts);
    }

    @Transactional
    public List<RegisterLine> register(long schoolId) {
        return register.ofSchool(schoolId, REGISTER_LINES);
    }

    /** The reporting periods of a class's school year, for staff to choose from (those of its first student). */
    @Transactional
    public List<PeriodChoice> periodsOfClass(long schoolId, long classId) {
        return diary.classmates(classId).stream().filter(s -> s.schoolId() == schoolId).findFirst()
                .map(s -> diary.periods(s.studentId(), today())).orElse(List.of());
    }

    /** The students of a class of the school, by name, for staff to choose one. */
    @Transactional
    public List<StudentCard> students(long schoolId, long classId) {
        return diary.classmates(classId).stream().filter(s -> s.schoolId() == schoolId).toList();
    }

    /** The periods a child's extract can cover. */
    @Transactional
    public List<PeriodChoice> periodsOfStudent(long studentId) {
        return diary.periods(studentId, today());
    }

    /** What the public verification page may say about {@code code}; malformed codes are simply not found. */
    @Transactional
    public ExtractVerdict verify(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return ExtractVerdict.NOT_FOUND;
        }
        return register.byCode(code).map(e -> new ExtractVerdict(true,
                schools.school(e.getSchoolId()).map(s -> s.getName()).orElse("—"), e.number().label(),
                e.getIssuedOn(), e.isGenuine())).orElse(ExtractVerdict.NOT_FOUND);
    }

    // ------------------------------------------------------------------ issuing

    /**
     * Reads and typesets every extract first, then writes them all: a query after a write makes the persistence
     * context flush, and with a class's year of marks in it that cost a second per child. The register is asked
     * once for all the children and their diaries are read together (ChildDiary#together), so that a class costs a
     * fixed number of queries, not some fifty per child.
     */
    private IssuedExtracts issue(long schoolId, List<StudentCard> students, Map<Long, String> guardians,
                                 ExtractRequest request) {
        LocalDate today = today();
        List<Long> ids = students.stream().map(StudentCard::studentId).toList();
        register.lockNumbering(schoolId);
        List<PaperExtract> issuedToday = register.issuedOn(ids, today);
        Map<Long, LocalDate> lastIssues = register.lastIssuesBefore(ids, today);
        ChildDiary reading = diary.together(ids);
        Map<Integer, Integer> lastSerials = new HashMap<>();
        List<PaperExtract> extracts = new ArrayList<>();
        List<PaperExtract> fresh = new ArrayList<>();
        for (StudentCard student : students) {
            ExtractPeriod period = period(reading, student, request, today);
            Optional<PaperExtract> issued = issuedToday.stream().filter(e -> e.getStudentId() == student.studentId()
                    && e.covers(period.from(), period.to())).findFirst();
            if (issued.isPresent()) {
                extracts.add(issued.get());
                continue;
            }
            int year = student.yearStartsOn().getYear();
            int last = lastSerials.computeIfAbsent(year, y -> register.lastSerial(schoolId, y));
            ExtractNumber number = ExtractNumber.after(year, last);
            lastSerials.put(year, number.sequence());
            String code = newCode();
            ExtractFacts facts = facts(reading, student, period, today, lastIssues.get(student.studentId()));
            ExtractPrinter.Printed printed = printer.print(ExtractLayout.compose(facts, number, code,
                    request.siteUrl() + "/verify/" + code));
            PaperExtract extract = new PaperExtract(schoolId, number, code, student.studentId(), student.fullName(),
                    student.className(), guardians.get(student.studentId()), period, today, clock.instant(),
                    request.issuedBy(), printed.pdf(), printed.pages());
            extracts.add(extract);
            fresh.add(extract);
        }
        register.add(fresh);
        for (PaperExtract extract : extracts) {
            boolean isNew = fresh.contains(extract);
            audit.record(request.issuedBy(), isNew ? "PAPER_EXTRACT_ISSUED" : "PAPER_EXTRACT_REPRINTED", schoolId,
                    "student:" + extract.getStudentId(), "№ " + extract.number().label() + ", "
                            + extract.getPeriodLabel() + (isNew ? ", SHA-256 " + extract.getSha256() : ""),
                    request.remoteAddress());
        }
        return bound(extracts);
    }

    private IssuedExtracts bound(List<PaperExtract> extracts) {
        List<ExtractPrinter.Printed> files = extracts.stream()
                .map(e -> new ExtractPrinter.Printed(e.getDocument(), e.getPageCount())).toList();
        byte[] pdf = files.size() == 1 ? files.get(0).pdf() : printer.bind(files);
        return new IssuedExtracts(extracts.stream().map(PaperExtract::getId).toList(),
                extracts.stream().map(e -> e.number().label()).toList(), pdf);
    }

    /** Everything the extract shows, from the cabinet's read services ({@code reading}: the class's, read together). */
    private static ExtractFacts facts(ChildDiary reading, StudentCard student, ExtractPeriod period, LocalDate today,
                                      LocalDate lastPaperIssue) {
        long id = student.studentId();
        LocalDate monday = comingMonday(today);
        return new ExtractFacts(student, period, today, lastPaperIssue,
                reading.subjects(id, period.from(), period.to()), reading.finalGrades(id, today),
                reading.absences(id, period.from(), period.to()), reading.timetable(id, monday), reading.week(id, monday),
                reading.homeworkDue(id, monday, monday.plusDays(6)),
                reading.controlWorks(id, period.from(), period.to(), today),
                reading.teachers(id), reading.holidays(id, today), reading.recommendations(id));
    }

    /**
     * The week an extract looks ahead to: this week when printed on a Monday, otherwise the next one — the paper
     * reaches home in the evening at the earliest.
     */
    static LocalDate comingMonday(LocalDate today) {
        return today.getDayOfWeek() == java.time.DayOfWeek.MONDAY ? today
                : today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
    }

    /** The chosen period; the range of days when one is given; otherwise the term running today (the cabinet's). */
    private static ExtractPeriod period(ChildDiary reading, StudentCard student, ExtractRequest request,
                                        LocalDate today) {
        if (request.periodId() == null && request.from() == null && request.to() == null) {
            List<PeriodChoice> periods = reading.periods(student.studentId(), today);
            PeriodChoice running = periods.stream().filter(p -> !p.startsOn().isAfter(today)
                    && !p.endsOn().isBefore(today)).findFirst()
                    .orElseThrow(() -> new Refusal("extract.period.none"));
            return ExtractPeriod.period(running.id(), running.name(), running.startsOn(), running.endsOn(),
                    running.finished());
        }
        if (request.periodId() != null) {
            return reading.periods(student.studentId(), today).stream().filter(p -> p.id() == request.periodId())
                    .findFirst().map(p -> ExtractPeriod.period(p.id(), p.name(), p.startsOn(), p.endsOn(),
                            p.finished()))
                    .orElseThrow(() -> new Refusal("extract.period.unknown"));
        }
        return ExtractPeriod.range(request.from(), request.to(), student.yearStartsOn(), student.yearEndsOn());
    }

    private StudentCard ownStudent(long schoolId, long studentId) {
        StudentCard student = card(studentId);
        if (student.schoolId() != schoolId) {
            throw new Refusal("extract.student.foreign");
        }
        return student;
    }

    private StudentCard card(long studentId) {
        try {
            return diary.card(studentId);
        } catch (NoSuchElementException e) {
            throw new Refusal("extract.student.unknown");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** 16 characters of base32: 80 random bits, not guessable, short enough to type from paper. */
    private static String newCode() {
        char[] code = new char[16];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
