package ru.ediary.demo.application;

import java.time.LocalDate;

/**
 * Generates the journal of a demo school for the current school year up to a date, as the school's electronic
 * journal would send it: every record a {@link ru.ediary.importing.model.SourcedRecord} (version 1) that goes
 * through the ordinary import, plus the guardians' consents and contacts, which the journal does not carry.
 *
 * <p>Pure and deterministic: no I/O, no container; the same plan and date always give the same records. Every
 * random choice comes from a {@link java.util.Random} seeded by the plan's seed and what is being decided (a lesson,
 * a week, a student), so September looks the same whatever date the journal is generated on. Each school has a
 * record budget (7,000 + 130 per student: about 58,000 for the region): late in the year, when the full journal
 * would exceed it, marks, absences and homework of the weeks before the last five are thinned evenly; the recent
 * weeks and the demo family are always complete.
 *
 * <p>What is in it: the school year with its periods and holidays; catalogs of lesson types, work types (with
 * weights) and attendance codes; teachers, subjects, classes (with class teachers), students, English subgroups
 * from grade 5 and one student on an individual plan (secondary school); teaching assignments, the curriculum plan
 * and a weekly timetable; every lesson from 1 September to the end of the diary week (held up to {@code today},
 * planned after), with topics, types, marks (none in grade 1 — безотметочное обучение — nor in ОРКСЭ/ОДНКНР),
 * absences, homework (none in grade 1), recommendations; the control-work schedule; final grades of every finished
 * period (with one deferral by illness instead); a substitution, a move and a cancellation in the diary week;
 * guardians and links.
 *
 * <p>The diary week is the week (Mon–Sat) containing {@code today}; on a Sunday the week about to begin; in the
 * holidays the first week with lessons after them (see {@link DemoCalendar#diaryWeek(LocalDate)}).
 */
public final class DemoJournalGenerator {

    /**
     * The guardian of the demo.parent account (school {@link DemoSchoolPlan#RABITICY}): Смирнова Ольга Викторовна,
     * consent given, e-mail {@link #DEMO_PARENT_EMAIL}, mother of {@link #DEMO_STUDENT} (4th grade) and
     * {@link #DEMO_SIBLING} (2nd grade).
     */
    public static final String DEMO_PARENT_GUARDIAN = "g-demo";

    public static final String DEMO_PARENT_EMAIL = "demo.parent@example.ru";

    /** The student of the demo.student account: Смирнов Артём Андреевич, class «4» of the Рабитицкая school. */
    public static final String DEMO_STUDENT = "s-4-01";

    /**
     * The demo parent's second child: Смирнова Полина Андреевна, class «2». Ill in the last week of the latest
     * finished quarter, she has an active deferral (reason «болезнь») of her final grade in mathematics.
     */
    public static final String DEMO_SIBLING = "s-2-01";

    /** The subject of the demo sibling's deferral. */
    public static final String DEMO_DEFERRAL_SUBJECT = "sb-mat";

    /** Every record is sent as version 1. */
    public static final long VERSION = 1;

    public DemoSchoolJournal generate(DemoSchoolPlan plan, LocalDate today) {
        return new DemoSchoolRun(plan, today).run();
    }

    /** The journal without the record budget: every mark, absence and homework of the year (for benchmarks). */
    public DemoSchoolJournal generateWhole(DemoSchoolPlan plan, LocalDate today) {
        return new DemoSchoolRun(plan, today, true).run();
    }
}
