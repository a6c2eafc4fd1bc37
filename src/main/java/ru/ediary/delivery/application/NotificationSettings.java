package ru.ediary.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.delivery.model.ChildGuardians;
import ru.ediary.delivery.model.KindChoices;
import ru.ediary.delivery.model.NotificationChoice;
import ru.ediary.delivery.model.NotificationChoices;
import ru.ediary.delivery.model.NotificationKind;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.Guardian;

/** Which kinds of news a guardian gets by e-mail and by SMS (defaults: e-mail everything, SMS the urgent few). */
@ApplicationScoped
public class NotificationSettings {

    public static final List<DeliveryChannel> CHANNELS = List.of(DeliveryChannel.EMAIL, DeliveryChannel.SMS);

    @Inject
    NotificationChoices choices;

    @Inject
    ChildGuardians families;

    @Inject
    AuditLog audit;

    @Transactional
    public Map<DeliveryChannel, Set<NotificationKind>> current(long guardianId) {
        KindChoices kinds = new KindChoices(choices.of(guardianId));
        Map<DeliveryChannel, Set<NotificationKind>> wanted = new EnumMap<>(DeliveryChannel.class);
        for (DeliveryChannel channel : CHANNELS) {
            Set<NotificationKind> set = java.util.EnumSet.noneOf(NotificationKind.class);
            NotificationKind.choosable().stream().filter(k -> kinds.wants(channel, k)).forEach(set::add);
            wanted.put(channel, set);
        }
        return wanted;
    }

    /** Stores every choosable kind for both channels, so the stored choice, not the default, decides from now on. */
    @Transactional
    public void change(long guardianId, Map<DeliveryChannel, Set<NotificationKind>> wanted, String actor,
                       String remoteAddress) {
        Guardian guardian = families.guardian(guardianId);
        if (guardian == null) {
            throw new IllegalArgumentException("no guardian " + guardianId);
        }
        List<NotificationChoice> stored = choices.of(guardianId);
        for (DeliveryChannel channel : CHANNELS) {
            for (NotificationKind kind : NotificationKind.choosable()) {
                boolean yes = wanted.getOrDefault(channel, Set.of()).contains(kind);
                NotificationChoice existing = stored.stream()
                        .filter(c -> c.getChannel() == channel && c.getKind() == kind).findFirst().orElse(null);
                if (existing == null) {
                    choices.add(new NotificationChoice(guardian.getSchool().getId(), guardianId, channel, kind, yes));
                } else {
                    existing.change(yes);
                }
            }
        }
        audit.record(actor, "NOTIFICATION_CHOICES_CHANGED", guardian.getSchool().getId(),
                "guardian:" + guardian.getSourcedId(), "e-mail: " + wanted.getOrDefault(DeliveryChannel.EMAIL, Set.of())
                        + "; SMS: " + wanted.getOrDefault(DeliveryChannel.SMS, Set.of()), remoteAddress);
    }
}
