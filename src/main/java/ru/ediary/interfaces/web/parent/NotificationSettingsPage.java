package ru.ediary.interfaces.web.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ediary.delivery.application.NotificationSettings;
import ru.ediary.delivery.model.NotificationKind;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.interfaces.web.SignedIn;
import ru.ediary.interfaces.web.settings.OwnGuardian;

/** «Уведомления»: which kinds of news the signed-in guardian gets by e-mail and by SMS. */
@Named
@ViewScoped
public class NotificationSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationSettings settings;

    @Inject
    OwnGuardian guardian;

    @Inject
    SignedIn signedIn;

    private Long guardianId;
    private List<String> email = new ArrayList<>();
    private List<String> sms = new ArrayList<>();
    private boolean saved;

    @PostConstruct
    void load() {
        guardianId = guardian.id();
        if (guardianId != null) {
            Map<DeliveryChannel, Set<NotificationKind>> current = settings.current(guardianId);
            email = names(current.get(DeliveryChannel.EMAIL));
            sms = names(current.get(DeliveryChannel.SMS));
        }
    }

    public boolean isGuardian() {
        return guardianId != null;
    }

    public List<NotificationKind> getKinds() {
        return List.copyOf(NotificationKind.choosable());
    }

    public void save() {
        if (guardianId == null) {
            return;
        }
        settings.change(guardianId, Map.of(DeliveryChannel.EMAIL, kinds(email), DeliveryChannel.SMS, kinds(sms)),
                signedIn.getLogin(), signedIn.remoteAddress());
        saved = true;
    }

    /** Unknown names (a tampered form) are ignored rather than stored. */
    private static Set<NotificationKind> kinds(List<String> names) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (String name : names) {
            NotificationKind.choosable().stream().filter(k -> k.name().equals(name)).forEach(kinds::add);
        }
        return kinds;
    }

    private static List<String> names(Set<NotificationKind> kinds) {
        return kinds.stream().map(Enum::name).toList();
    }

    public boolean isSaved() {
        return saved;
    }

    public List<String> getEmail() {
        return email;
    }

    public void setEmail(List<String> email) {
        this.email = new ArrayList<>(email);
    }

    public List<String> getSms() {
        return sms;
    }

    public void setSms(List<String> sms) {
        this.sms = new ArrayList<>(sms);
    }
}
