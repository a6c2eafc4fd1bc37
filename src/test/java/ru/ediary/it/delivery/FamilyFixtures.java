package ru.ediary.it.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.it.ServerClock;

/** The families of the notification tests, as the journal records them (in a school of the tests' own). */
final class FamilyFixtures {

    static final String SCHOOL = "it-notifications";
    /** The school office's, a parent's and the journal's accounts (password = login + the suffix). */
    static final String STAFF = "it.dlv.admin";
    static final String PARENT = "it.dlv.parent";
    static final String JOURNAL = "it.dlv.journal";
    static final String PASSWORD_SUFFIX = "-Пароль-2026";
    static final String CLASS_NAME = "4Д";
    static final int LESSONS = 40;

    /** A child and one guardian of theirs with what the school office registered. */
    record Family(String student, String studentLast, String studentFirst, String guardian, String guardianLast,
                  String guardianFirst, String guardianMiddle) {
    }

    static final Family SOKOLOVA_MOTHER = new Family("dlv-s1", "Соколова", "Анна", "dlv-g1", "Соколова", "Мария", "Павловна");
    static final Family SOKOLOVA_FATHER = new Family("dlv-s1", "Соколова", "Анна", "dlv-g2", "Соколов", "Игорь", "Петрович");
    static final Family SOKOLOVA_AUNT = new Family("dlv-s1", "Соколова", "Анна", "dlv-g3", "Соколова", "Вера", "Ивановна");
    static final Family PETROV = new Family("dlv-s2", "Петров", "Илья", "dlv-g4", "Петрова", "Ольга", "Сергеевна");
    static final Family IVANOV = new Family("dlv-s3", "Иванов", "Пётр", "dlv-g5", "Иванова", "Нина", "Олеговна");
    static final Family KUZNETSOV = new Family("dlv-s4", "Кузнецов", "Олег", "dlv-g6", "Кузнецова", "Ирина", "Юрьевна");
    static final Family SMIRNOVA = new Family("dlv-s5", "Смирнова", "Дарья", "dlv-g7", "Смирнов", "Павел", "Андреевич");
    static final Family VOLKOV = new Family("dlv-s6", "Волков", "Артём", "dlv-g8", "Волкова", "Елена", "Викторовна");
    static final Family MOROZOVA = new Family("dlv-s7", "Морозова", "Ксения", "dlv-g9", "Морозов", "Андрей", "Ильич");

    static final List<Family> ALL = List.of(SOKOLOVA_MOTHER, SOKOLOVA_FATHER, SOKOLOVA_AUNT, PETROV, IVANOV, KUZNETSOV,
            SMIRNOVA, VOLKOV, MOROZOVA);

    static final LocalDate YEAR_START = ServerClock.today().minusDays(60);
    static final LocalDate PERIOD_END = ServerClock.today().plusDays(20);
    static final LocalDate YEAR_END = ServerClock.today().plusDays(120);
    static final String PERIOD_NAME = "1 четверть";

    private FamilyFixtures() {
    }

    static LocalDate today() {
        return ServerClock.today();
    }

    static String lesson(int n) {
        return "dlv-l" + n;
    }

    /** The class, subject, work type, lessons of today, students, guardians and links. */
    static List<SourcedRecord> journal() {
        LocalDate today = today();
        List<SourcedRecord> records = new ArrayList<>();
        // a year of its own around today, whatever the date, so that a reporting period is always running
        records.add(SourcedRecord.of(RecordKind.SCHOOL_YEAR, "dlv-y", 1).with("name", "Год уведомлений")
                .with("startsOn", YEAR_START.toString()).with("endsOn", YEAR_END.toString()).build());
        records.add(SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, "dlv-p1", 1).with("schoolYear", "dlv-y")
                .with("kind", "QUARTER").with("ordinal", 1).with("name", PERIOD_NAME)
                .with("startsOn", YEAR_START.toString()).with("endsOn", PERIOD_END.toString()).build());
        records.add(SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, "dlv-p2", 1).with("schoolYear", "dlv-y")
                .with("kind", "QUARTER").with("ordinal", 2).with("name", "2 четверть")
                .with("startsOn", PERIOD_END.plusDays(1).toString()).with("endsOn", YEAR_END.toString()).build());
        records.add(SourcedRecord.of(RecordKind.SCHOOL_CLASS, "dlv-c", 1).with("schoolYear", "dlv-y")
                .with("name", CLASS_NAME).with("grade", 4).with("periodKind", "QUARTER").build());
        records.add(SourcedRecord.of(RecordKind.SUBJECT, "dlv-math", 1).with("name", "Математика").build());
        records.add(SourcedRecord.of(RecordKind.WORK_TYPE, "dlv-cw", 1).with("name", "Контрольная работа")
                .with("weight", "2").build());
        for (int n = 1; n <= LESSONS; n++) {
            records.add(SourcedRecord.of(RecordKind.LESSON, lesson(n), 1).with("class", "dlv-c")
                    .with("subject", "dlv-math").with("date", today.toString()).with("slot", 1 + n % 8)
                    .with("status", "HELD").with("topic", "Урок " + n).build());
        }
        for (Family family : ALL) {
            records.add(SourcedRecord.of(RecordKind.STUDENT, family.student(), 1).with("lastName", family.studentLast())
                    .with("firstName", family.studentFirst()).with("class", "dlv-c").build());
            records.add(SourcedRecord.of(RecordKind.GUARDIAN, family.guardian(), 1)
                    .with("lastName", family.guardianLast()).with("firstName", family.guardianFirst())
                    .with("middleName", family.guardianMiddle()).build());
            records.add(SourcedRecord.of(RecordKind.GUARDIAN_LINK, family.guardian() + "-" + family.student(), 1)
                    .with("guardian", family.guardian()).with("student", family.student())
                    .with("relation", "OTHER").build());
        }
        return records;
    }
}
