package ru.ediary.delivery.model;

import java.util.List;
import java.util.Map;

/**
 * The Russian wording of messages to guardians: a subject naming the child, a greeting, one line per piece of news.
 * SMS gets the same lines, shorter framed, because every character costs a part.
 */
public final class NoticeText {

    public static final String SIGNATURE = "Электронный дневник. Какие уведомления приходят по e-mail и SMS, "
            + "можно выбрать в кабинете родителя, раздел «Уведомления».";

    private static final Map<NotificationKind, String> TITLES = Map.ofEntries(
            Map.entry(NotificationKind.MARK, "Новые оценки"),
            Map.entry(NotificationKind.FINAL_GRADE, "Итоговая оценка"),
            Map.entry(NotificationKind.EXAM_RESULT, "Результат экзамена"),
            Map.entry(NotificationKind.DEFERRAL, "Отсрочка аттестации"),
            Map.entry(NotificationKind.TIMETABLE_CHANGE, "Изменение в расписании"),
            Map.entry(NotificationKind.CONTROL_WORK, "Контрольная работа"),
            Map.entry(NotificationKind.RECOMMENDATION, "Рекомендация учителя"),
            Map.entry(NotificationKind.WEEKLY_SUMMARY, "Итоги недели"),
            Map.entry(NotificationKind.FORECAST, "Прогноз итоговых оценок"),
            Map.entry(NotificationKind.CONFIRMATION_CODE, "Код подтверждения"));

    private NoticeText() {
    }

    public static String title(NotificationKind kind) {
        return TITLES.get(kind);
    }

    /** «Новые оценки: Соколова Анна (3Б)»; several kinds of news: «Электронный дневник: …». */
    public static String subject(List<NotificationKind> kinds, String childName, String className) {
        String title = kinds.stream().distinct().count() == 1 ? title(kinds.get(0)) : "Новое в дневнике";
        return title + ": " + childName + (className == null || className.isBlank() ? "" : " (" + className + ")");
    }

    public static String email(String guardianName, String childName, String className, List<String> lines) {
        StringBuilder text = new StringBuilder();
        text.append("Здравствуйте, ").append(guardianName).append("!\n\n");
        text.append(childName);
        if (className != null && !className.isBlank()) {
            text.append(", ").append(className).append(" класс");
        }
        text.append(":\n");
        lines.forEach(line -> text.append("— ").append(line).append('\n'));
        text.append('\n').append(SIGNATURE).append('\n');
        return text.toString();
    }

    /** «Анна: Математика 05.10 — оценка 5; Русский язык 05.10 — оценка 4». */
    public static String sms(String childFirstName, List<String> lines) {
        return childFirstName + ": " + String.join("; ", lines);
    }

    public static String codeEmail(String code) {
        return "Здравствуйте!\n\nКод подтверждения адреса в электронном дневнике: " + code + "\n\n"
                + "Введите его в кабинете родителя. Если вы не указывали этот адрес, просто не отвечайте на письмо.\n";
    }

    public static String codeSms(String code) {
        return "Электронный дневник: код подтверждения " + code;
    }
}
