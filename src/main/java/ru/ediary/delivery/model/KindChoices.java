package ru.ediary.delivery.model;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import ru.ediary.family.model.DeliveryChannel;

/** Which kinds one guardian gets on each channel: the stored choices over the defaults. */
public final class KindChoices {

    private final Map<DeliveryChannel, Map<NotificationKind, Boolean>> stored = new EnumMap<>(DeliveryChannel.class);

    public KindChoices(Collection<NotificationChoice> choices) {
        for (NotificationChoice choice : choices) {
            stored.computeIfAbsent(choice.getChannel(), c -> new EnumMap<>(NotificationKind.class))
                    .put(choice.getKind(), choice.isWanted());
        }
    }

    public boolean wants(DeliveryChannel channel, NotificationKind kind) {
        if (!kind.isChoosable()) {
            return true;
        }
        Boolean chosen = stored.getOrDefault(channel, Map.of()).get(kind);
        return chosen != null ? chosen : kind.wantedByDefault(channel);
    }
}
