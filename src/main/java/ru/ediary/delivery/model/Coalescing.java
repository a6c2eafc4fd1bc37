package ru.ediary.delivery.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.platform.Sha256;

/**
 * Folds waiting events into one message per guardian, child and channel. The message key is derived from the
 * events themselves, so composing the same burst again (another instance, a retried transaction) yields the same
 * key and the unique constraint keeps one message.
 */
public final class Coalescing {

    /** Which kind names a message about several kinds of news: the weightiest first. */
    private static final List<NotificationKind> PRIORITY = List.of(NotificationKind.FINAL_GRADE,
            NotificationKind.EXAM_RESULT, NotificationKind.DEFERRAL, NotificationKind.TIMETABLE_CHANGE,
            NotificationKind.CONTROL_WORK, NotificationKind.RECOMMENDATION, NotificationKind.MARK);

    private Coalescing() {
    }

    /** The events of one guardian about one child, in the order they happened. */
    public record Burst(long schoolId, long guardianId, long studentId, List<NotificationEvent> events) {

        /** The events this guardian wants on {@code channel}. */
        public List<NotificationEvent> wantedOn(DeliveryChannel channel, KindChoices choices) {
            return events.stream().filter(e -> choices.wants(channel, e.getKind())).toList();
        }

        public String messageKey(DeliveryChannel channel) {
            return "immediate:" + guardianId + ":" + studentId + ":" + channel + ":" + digest(events);
        }
    }

    public static List<Burst> bursts(Collection<NotificationEvent> events) {
        Map<String, List<NotificationEvent>> byPair = new LinkedHashMap<>();
        events.stream().sorted(Comparator.comparing(NotificationEvent::getOccurredAt)
                        .thenComparing(NotificationEvent::getEventKey))
                .forEach(e -> byPair.computeIfAbsent(e.getGuardianId() + "/" + e.getStudentId(),
                        k -> new ArrayList<>()).add(e));
        return byPair.values().stream().map(list -> new Burst(list.get(0).getSchoolId(), list.get(0).getGuardianId(),
                list.get(0).getStudentId(), List.copyOf(list))).toList();
    }

    /** The kind a message about these events is filed under. */
    public static NotificationKind leadingKind(List<NotificationEvent> events) {
        return PRIORITY.stream().filter(k -> events.stream().anyMatch(e -> e.getKind() == k)).findFirst()
                .orElse(events.get(0).getKind());
    }

    private static String digest(List<NotificationEvent> events) {
        return Sha256.hexOfLines(events.stream().map(NotificationEvent::getEventKey).sorted().toList())
                .substring(0, 32);
    }
}
