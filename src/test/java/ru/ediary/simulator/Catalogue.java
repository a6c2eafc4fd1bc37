package ru.ediary.simulator;

import java.util.List;

/**
 * The simulated journal's own reference data: names, subjects, bell schedule, catalogues. Written for the simulator
 * alone; nothing here comes from eDiary.
 */
final class Catalogue {

    private Catalogue() {
    }

    /**
     * A subject of the simulated school: taught in grades {@code fromGrade}–{@code toGrade}, with a relative share of
     * the week; a {@code specialist} subject is taught by a subject teacher even in the primary grades; a {@code core}
     * subject has regular tests (control works).
     */
    record SubjectDef(String name, String shortName, String teacherPosition, int fromGrade, int toGrade, int share,
                      boolean specialist, boolean core) {

        boolean taughtIn(int grade) {
            return grade >= fromGrade && grade <= toGrade;
        }
    }

    /** In the order a school of {@code --subjects N} picks them: the first N. */
    static final List<SubjectDef> SUBJECTS = List.of(
            new SubjectDef("Русский язык", "Рус. яз.", "учитель русского языка", 1, 11, 5, false, true),
            new SubjectDef("Математика", "Матем.", "учитель математики", 1, 11, 5, false, true),
            new SubjectDef("Литература", "Лит.", "учитель литературы", 1, 11, 3, false, false),
            new SubjectDef("Иностранный язык (английский)", "Англ. яз.", "учитель английского языка", 2, 11, 3,
                    true, true),
            new SubjectDef("Окружающий мир", "Окр. мир", "учитель начальных классов", 1, 4, 2, false, false),
            new SubjectDef("История", "Ист.", "учитель истории", 5, 11, 2, false, true),
            new SubjectDef("Физическая культура", "Физ-ра", "учитель физической культуры", 1, 11, 2, true, false),
            new SubjectDef("Биология", "Биол.", "учитель биологии", 5, 11, 2, false, false),
            new SubjectDef("География", "Геогр.", "учитель географии", 5, 11, 2, false, false),
            new SubjectDef("Обществознание", "Общ.", "учитель обществознания", 6, 11, 1, false, false),
            new SubjectDef("Физика", "Физ.", "учитель физики", 7, 11, 2, false, true),
            new SubjectDef("Химия", "Хим.", "учитель химии", 8, 11, 2, false, true),
            new SubjectDef("Информатика", "Информ.", "учитель информатики", 7, 11, 1, false, false),
            new SubjectDef("Музыка", "Муз.", "учитель музыки", 1, 8, 1, true, false),
            new SubjectDef("Изобразительное искусство", "ИЗО", "учитель изобразительного искусства", 1, 7, 1,
                    false, false),
            new SubjectDef("Труд (технология)", "Труд", "учитель труда (технологии)", 1, 8, 1, false, false),
            new SubjectDef("Основы безопасности и защиты Родины", "ОБЗР", "преподаватель-организатор ОБЗР", 8, 11, 1,
                    false, false),
            new SubjectDef("Индивидуальный проект", "Проект", "учитель", 10, 11, 1, false, false));

    /** The N-th subject (from 0): the catalogue's, then elective courses of the senior grades. */
    static SubjectDef subject(int index) {
        if (index < SUBJECTS.size()) {
            return SUBJECTS.get(index);
        }
        int elective = index - SUBJECTS.size() + 1;
        return new SubjectDef("Элективный курс " + elective, "Электив " + elective, "учитель", 10, 11, 1, false,
                false);
    }

    /** Lessons a day by grade (a five-day week). */
    static int lessonsPerDay(int grade) {
        return grade == 1 ? 4 : grade <= 4 ? 5 : grade <= 8 ? 6 : 7;
    }

    /** The bell schedule: start and end ("HH:mm") of lessons 1–7. */
    static final String[][] BELLS = {
        {"08:30", "09:15"}, {"09:25", "10:10"}, {"10:30", "11:15"}, {"11:35", "12:20"}, {"12:30", "13:15"},
        {"13:25", "14:10"}, {"14:20", "15:05"},
    };

    static final String CLASS_LETTERS = "АБВГДЕЖИКЛМНОПРСТУФХ";

    /** Surnames in the masculine form; {@link #feminine} gives the other. */
    static final List<String> SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
            "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов",
            "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
            "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев",
            "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов",
            "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Покровский",
            "Чайковский", "Шевченко", "Ким", "Гарипов", "Хабибуллин", "Мельниченко", "Рыбаков");

    static String feminine(String surname) {
        if (surname.endsWith("ий")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        if (surname.matches(".*(ов|ев|ёв|ин|ын)")) {
            return surname + "а";
        }
        return surname;
    }

    /** A male first name with the patronymics it gives: of a son, of a daughter. */
    record MaleName(String name, String sonOf, String daughterOf) {
    }

    static final List<MaleName> MALE_NAMES = List.of(
            new MaleName("Александр", "Александрович", "Александровна"),
            new MaleName("Алексей", "Алексеевич", "Алексеевна"),
            new MaleName("Андрей", "Андреевич", "Андреевна"),
            new MaleName("Артём", "Артёмович", "Артёмовна"),
            new MaleName("Владимир", "Владимирович", "Владимировна"),
            new MaleName("Дмитрий", "Дмитриевич", "Дмитриевна"),
            new MaleName("Евгений", "Евгеньевич", "Евгеньевна"),
            new MaleName("Иван", "Иванович", "Ивановна"),
            new MaleName("Игорь", "Игоревич", "Игоревна"),
            new MaleName("Кирилл", "Кириллович", "Кирилловна"),
            new MaleName("Максим", "Максимович", "Максимовна"),
            new MaleName("Михаил", "Михайлович", "Михайловна"),
            new MaleName("Никита", "Никитич", "Никитична"),
            new MaleName("Николай", "Николаевич", "Николаевна"),
            new MaleName("Павел", "Павлович", "Павловна"),
            new MaleName("Роман", "Романович", "Романовна"),
            new MaleName("Сергей", "Сергеевич", "Сергеевна"),
            new MaleName("Юрий", "Юрьевич", "Юрьевна"),
            new MaleName("Матвей", "Матвеевич", "Матвеевна"),
            new MaleName("Тимофей", "Тимофеевич", "Тимофеевна"),
            new MaleName("Егор", "Егорович", "Егоровна"),
            new MaleName("Илья", "Ильич", "Ильинична"),
            new MaleName("Олег", "Олегович", "Олеговна"),
            new MaleName("Виктор", "Викторович", "Викторовна"));

    static final List<String> FEMALE_NAMES = List.of("Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна",
            "Ирина", "Екатерина", "Светлана", "Юлия", "Анастасия", "Дарья", "Полина", "Виктория", "Алиса", "Софья",
            "Ксения", "Варвара", "Вероника", "Александра", "Елизавета", "Марина", "Галина", "Людмила");

    /** Lesson types: name, whether it is a test. The index is the record's number. */
    static final List<String> LESSON_TYPES = List.of("Изучение нового материала", "Комбинированный урок",
            "Закрепление изученного", "Контрольная работа", "Практическая работа", "Повторение и обобщение");
    static final int LESSON_TYPE_TEST = 3;

    /** Work types (what a mark is for) and their weights. */
    record WorkTypeDef(String name, String weight) {
    }

    static final List<WorkTypeDef> WORK_TYPES = List.of(new WorkTypeDef("Ответ на уроке", "1"),
            new WorkTypeDef("Самостоятельная работа", "1.5"), new WorkTypeDef("Проверочная работа", "1.5"),
            new WorkTypeDef("Контрольная работа", "2"), new WorkTypeDef("Домашняя работа", "1"),
            new WorkTypeDef("Диктант", "2"));
    static final int WORK_ORAL = 0;
    static final int WORK_INDEPENDENT = 1;
    static final int WORK_QUIZ = 2;
    static final int WORK_TEST = 3;
    static final int WORK_HOMEWORK = 4;
    static final int WORK_DICTATION = 5;

    /** Attendance codes: code, meaning, excused, present. */
    record AttendanceCodeDef(String code, String name, boolean excused, boolean present) {
    }

    static final List<AttendanceCodeDef> ATTENDANCE_CODES = List.of(
            new AttendanceCodeDef("Н", "Отсутствовал без уважительной причины", false, false),
            new AttendanceCodeDef("Б", "Болезнь", true, false),
            new AttendanceCodeDef("УП", "Уважительная причина", true, false),
            new AttendanceCodeDef("ОП", "Опоздание", false, true));
    static final int ABSENT = 0;
    static final int ILL = 1;
    static final int EXCUSED = 2;
    static final int LATE = 3;

    static final List<String> TOPIC_PHRASES = List.of("Введение в тему", "Изучение нового материала",
            "Решение задач", "Работа с текстом", "Практикум", "Обобщение и систематизация знаний",
            "Повторение изученного", "Разбор ошибок", "Самостоятельная работа по теме", "Работа в парах");

    static final List<String> MARK_COMMENTS = List.of("Нужно повторить тему", "Не выполнено задание полностью",
            "Много ошибок по невнимательности", "Работа не сдана вовремя");
}
