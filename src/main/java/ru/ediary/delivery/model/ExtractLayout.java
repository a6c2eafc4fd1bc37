package ru.ediary.delivery.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import ru.ediary.delivery.model.ExtractSheet.Line;
import ru.ediary.delivery.model.ExtractSheet.Section;
import ru.ediary.delivery.model.ExtractSheet.Table;
import ru.ediary.diary.application.AbsenceLine;
import ru.ediary.diary.application.DiaryWeek;
import ru.ediary.diary.application.FinalGrades;
import ru.ediary.diary.application.MarkLine;
import ru.ediary.diary.application.PeriodChoice;
import ru.ediary.diary.application.SubjectForecast;
import ru.ediary.diary.application.Timetable;

/**
 * Decides what a paper extract says, section by section, in the order a guardian reads a paper diary: marks and
 * what they lead to first, then attendance, then what is ahead. Pure: the same facts give the same sheet.
 */
public final class ExtractLayout {

    static final String TITLE = "Выписка из электронного дневника";
    static final String NEW = "новое";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy",
            Locale.forLanguageTag("ru"));
    static final int COMMENT_LINES = 3;

    private ExtractLayout() {
    }

    public static ExtractSheet compose(ExtractFacts facts, ExtractNumber number, String verificationCode,
                                       String verificationUrl) {
        var student = facts.student();
        ExtractSheet.Heading heading = new ExtractSheet.Heading(student.schoolName(), student.schoolAddress(), TITLE,
                student.fullName(), student.className(), facts.period().label(), date(facts.issuedOn()),
                number.label());
        List<Section> sections = List.of(marks(facts), finalGrades(facts), absences(facts), comingWeek(facts),
                homework(facts), controlWorks(facts), teachers(facts), holidays(facts), recommendations(facts));
        ExtractSheet.FeedbackSlip slip = new ExtractSheet.FeedbackSlip("Обратная связь", student.fullName(),
                student.className(), number.label(), student.classTeacher() == null ? "—" : student.classTeacher(),
                COMMENT_LINES);
        ExtractSheet.Verification verification = new ExtractSheet.Verification(verificationCode, verificationUrl,
                "Подлинность выписки можно проверить по QR-коду или по адресу " + verificationUrl
                        + " (код проверки " + verificationCode + ").");
        return new ExtractSheet(heading, sections, slip, verification);
    }

    // ------------------------------------------------------------------ sections

    /** A table per subject: every mark with date, work type and weight; the average; forecast or final grade. */
    static Section marks(ExtractFacts facts) {
        List<Table> tables = new ArrayList<>();
        for (SubjectForecast subject : facts.subjects()) {
            List<Line> lines = subject.marks().stream().map(ExtractLayout::markLine).toList();
            List<String> notes = new ArrayList<>();
            notes.add("Средний взвешенный балл: " + (subject.average() == null ? "—" : average(subject.average())));
            notes.add(outcome(facts, subject));
            tables.add(new Table(subject.subject(), List.of("Дата", "Оценка", "Вид работы", "Вес"), lines, notes,
                    "Оценок за период нет."));
        }
        return new Section("Оценки по предметам", tables);
    }

    /**
     * When the period is finished: its final grade, status or deferral with the deadline; while it runs (or for a
     * range of days): the forecast with its explanation.
     */
    static String outcome(ExtractFacts facts, SubjectForecast subject) {
        ExtractPeriod period = facts.period();
        if (period.finished() && period.periodId() != null) {
            FinalGrades.Cell cell = finalCell(facts.finalGrades(), subject.subject(), period.periodId());
            if (cell != null && cell.label() != null) {
                return "Итоговая оценка: " + cell.label() + (facts.isNewOnPaper(cell.resultDate()) ? " (" + NEW + ")"
                        : "");
            }
            if (cell != null && cell.deferred()) {
                return "Аттестация отложена до " + date(cell.deadline()) + ".";
            }
            return "Итоговая оценка ещё не выставлена.";
        }
        return subject.grade() == null ? "Прогноз итоговой оценки: нет. " + subject.explanation()
                : "Прогноз итоговой оценки: «" + subject.grade() + "». " + subject.explanation();
    }

    /** The year's final grades (a column per period) and exam results; what is new on paper is marked. */
    static Section finalGrades(ExtractFacts facts) {
        FinalGrades grades = facts.finalGrades();
        List<String> columns = new ArrayList<>();
        columns.add("Предмет");
        grades.periods().forEach(p -> columns.add(p.name()));
        List<Line> rows = new ArrayList<>();
        for (FinalGrades.Row row : grades.rows()) {
            if (row.cells().stream().allMatch(FinalGrades.Cell::isBlank)) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            cells.add(row.subject());
            boolean fresh = false;
            for (FinalGrades.Cell cell : row.cells()) {
                boolean isNew = cell.label() != null && facts.isNewOnPaper(cell.resultDate());
                fresh |= isNew;
                cells.add(cell.label() != null ? cell.label() + (isNew ? " (" + NEW + ")" : "")
                        : cell.deferred() ? "отсрочка до " + date(cell.deadline()) : "");
            }
            rows.add(new Line(cells, fresh));
        }
        List<String> deferrals = grades.deferrals().stream().filter(FinalGrades.DeferralLine::active)
                .map(d -> "Отсрочка: " + d.subject() + ", " + d.period() + " — до " + date(d.deadline()) + " ("
                        + d.reason() + ")").toList();
        List<Line> exams = grades.exams().stream().map(e -> {
            boolean isNew = facts.isNewOnPaper(e.resultDate());
            String result = (e.mark() == null ? "" : "оценка " + e.mark())
                    + (e.score() == null ? "" : (e.mark() == null ? "" : ", ") + e.score() + " балл.")
                    + (isNew ? " (" + NEW + ")" : "");
            return new Line(List.of(e.exam(), e.subject(), date(e.examDate()), result), isNew);
        }).toList();
        return new Section("Итоговые оценки и экзамены", List.of(
                new Table(null, columns, rows, deferrals, "Итоговых оценок пока нет."),
                new Table("Экзамены", List.of("Экзамен", "Предмет", "Дата", "Результат"), exams, List.of(),
                        "Результатов экзаменов нет.")));
    }

    /** Absences per subject in the period, one column per attendance code. */
    static Section absences(ExtractFacts facts) {
        TreeSet<String> codes = new TreeSet<>();
        facts.absences().forEach(a -> codes.addAll(a.byCode().keySet()));
        List<String> columns = new ArrayList<>();
        columns.add("Предмет");
        columns.addAll(codes);
        columns.add("Всего");
        List<Line> lines = new ArrayList<>();
        for (AbsenceLine a : facts.absences()) {
            List<String> cells = new ArrayList<>();
            cells.add(a.subject());
            codes.forEach(c -> cells.add(String.valueOf(a.byCode().getOrDefault(c, 0))));
            cells.add(String.valueOf(a.total()));
            lines.add(new Line(cells, false));
        }
        return new Section("Посещаемость за период", List.of(new Table(null, columns, lines,
                codes.isEmpty() ? List.of() : List.of("Н — отсутствие, Б — болезнь, УП — уважительная причина,"
                        + " ОП — опоздание."), "Пропусков за период нет.")));
    }

    /** The regular timetable of the coming week and, beside it, its substitutions, moves and cancellations. */
    static Section comingWeek(ExtractFacts facts) {
        Timetable week = facts.comingWeek();
        List<Line> slots = new ArrayList<>();
        for (Timetable.Day day : week.days()) {
            for (Timetable.Slot s : day.slots()) {
                slots.add(Line.of(DAY.format(day.date()), String.valueOf(s.slot()), s.subject(),
                        nullToDash(s.teacher()), nullToDash(s.room())));
            }
        }
        List<Line> changes = new ArrayList<>();
        for (DiaryWeek.Day day : facts.comingDays().days()) {
            for (DiaryWeek.Entry e : day.entries()) {
                if (e.change() != null && !e.movedAway()) {
                    changes.add(new Line(List.of(date(day.date()), String.valueOf(e.slot()), e.subject(), change(e),
                            nullToDash(e.change().reason())), true));
                }
            }
        }
        return new Section("Расписание на неделю " + date(week.monday()) + " – " + date(week.monday().plusDays(6)),
                List.of(new Table(null, List.of("День", "Урок", "Предмет", "Учитель", "Кабинет"), slots, List.of(),
                                "Уроков на неделе нет."),
                        new Table("Изменения в расписании", List.of("Дата", "Урок", "Предмет", "Изменение", "Причина"),
                                changes, List.of(), "Изменений нет.")));
    }

    static String change(DiaryWeek.Entry e) {
        DiaryWeek.Change c = e.change();
        return switch (c.kind()) {
            case "SUBSTITUTION" -> "Замена: ведёт " + nullToDash(e.teacher())
                    + (c.originalTeacher() == null ? "" : " вместо " + c.originalTeacher());
            case "MOVE" -> "Перенос" + (c.originalDate() == null ? "" : " с " + date(c.originalDate())
                    + (c.originalSlot() == null ? "" : ", " + c.originalSlot() + " урок"));
            case "CANCELLATION" -> "Урок отменён";
            default -> c.kind();
        };
    }

    static Section homework(ExtractFacts facts) {
        List<Line> lines = facts.homework().stream().map(h -> Line.of(date(h.dueOn()), h.subject(), h.text()))
                .toList();
        return new Section("Домашние задания на неделю", List.of(new Table(null, List.of("Срок", "Предмет",
                "Задание"), lines, List.of(), "Домашних заданий на неделю нет.")));
    }

    static Section controlWorks(ExtractFacts facts) {
        List<Line> lines = facts.controlWorks().stream().map(w -> Line.of(date(w.plannedOn()), w.subject(),
                nullToDash(w.topic()), nullToDash(w.workType()))).toList();
        return new Section("График контрольных работ", List.of(new Table(null, List.of("Дата", "Предмет", "Тема",
                "Вид работы"), lines, List.of(), "Контрольных работ в периоде нет.")));
    }

    static Section teachers(ExtractFacts facts) {
        List<Line> lines = facts.teachers().stream().map(t -> Line.of(
                "CLASS_TEACHER".equals(t.role()) ? "Классный руководитель" : t.subject(), t.name(),
                nullToDash(t.audience()))).toList();
        return new Section("Учителя", List.of(new Table(null, List.of("Предмет", "Учитель", "Класс, группа, план"),
                lines, List.of(), "Сведений об учителях нет.")));
    }

    static Section holidays(ExtractFacts facts) {
        List<Line> lines = facts.holidays().stream().filter(h -> !h.past()).map(h -> Line.of(h.name(),
                date(h.startsOn()), date(h.endsOn()), String.valueOf(h.days()))).toList();
        return new Section("Каникулы и праздники", List.of(new Table(null, List.of("Название", "С", "По", "Дней"),
                lines, List.of(), "Каникул до конца года нет.")));
    }

    static Section recommendations(ExtractFacts facts) {
        List<Line> lines = facts.recommendations().stream().filter(r -> facts.period().contains(r.givenOn()))
                .map(r -> Line.of(date(r.givenOn()), r.teacher(), nullToDash(r.subject()), r.text())).toList();
        return new Section("Рекомендации учителей", List.of(new Table(null, List.of("Дата", "Учитель", "Предмет",
                "Рекомендация"), lines, List.of(), "Рекомендаций за период нет.")));
    }

    // ------------------------------------------------------------------ wording

    static Line markLine(MarkLine m) {
        return Line.of(date(m.date()), m.label(), nullToDash(m.workType()),
                m.weight() == null ? "1" : number(m.weight()));
    }

    static FinalGrades.Cell finalCell(FinalGrades grades, String subject, long periodId) {
        int column = -1;
        List<PeriodChoice> periods = grades.periods();
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).id() == periodId) {
                column = i;
            }
        }
        if (column < 0) {
            return null;
        }
        for (FinalGrades.Row row : grades.rows()) {
            if (row.subject().equals(subject)) {
                return row.cells().get(column);
            }
        }
        return null;
    }

    /** «4,38»: an average, always two decimals, as the cabinet shows it. */
    static String average(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** «1,5», «2»: a weight. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String date(LocalDate date) {
        return date == null ? "" : ChangeWording.DATE.format(date);
    }

    private static String nullToDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
