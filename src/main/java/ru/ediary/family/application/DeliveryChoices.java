package ru.ediary.family.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.family.model.ContactPoint;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.DeliveryPlan;
import ru.ediary.family.model.DeliveryPreference;
import ru.ediary.family.model.DeliverySchedule;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.family.model.QuietHours;
import ru.ediary.platform.Refusal;

/**
 * The channels a guardian chose and their quiet hours. A choice is a wish: {@link DeliveryEligibility} decides what
 * is actually allowed (no consent — paper only, whatever was chosen).
 */
@ApplicationScoped
public class DeliveryChoices {

    @Inject
    GuardianRepository guardians;

    @Inject
    DeliveryEligibility eligibility;

    @Inject
    AuditLog audit;

    /** What the guardian's settings page shows: their contacts, choices, quiet hours and the resulting plan. */
    public record Settings(List<GuardianCard.Contact> contacts, Set<DeliveryChannel> chosen, DeliveryPlan plan,
                           List<GuardianCard.ConsentEntry> consents) {

        /** For Faces pages: Expression Language 5 does not read record components. */
        public List<GuardianCard.Contact> getContacts() {
            return contacts;
        }

        public Set<DeliveryChannel> getChosen() {
            return chosen;
        }

        public DeliveryPlan getPlan() {
            return plan;
        }

        public List<GuardianCard.ConsentEntry> getConsents() {
            return consents;
        }
    }

    @Transactional
    public Settings settings(long guardianId) {
        Guardian guardian = guardians.byId(guardianId).orElseThrow(() -> new Refusal("guardian.unknown", guardianId));
        return new Settings(guardians.contacts(guardian).stream().filter(ContactPoint::isActive)
                .map(GuardianCard.Contact::of).toList(), guardians.chosenChannels(guardian),
                eligibility.plan(guardian), guardians.consents(guardian).stream().map(GuardianCard.ConsentEntry::of)
                .toList());
    }

    /** The guardian's own choice in the cabinet. */
    @Transactional
    public void chooseInCabinet(long guardianId, Set<DeliveryChannel> channels, QuietHours quietHours, String actor,
                                String remoteAddress) {
        choose(guardians.byId(guardianId).orElseThrow(() -> new Refusal("guardian.unknown", guardianId)), channels,
                quietHours, actor, remoteAddress);
    }

    /** Staff record the channels a guardian asked for in writing. */
    @Transactional
    public void chooseByStaff(long schoolId, long guardianId, Set<DeliveryChannel> channels, QuietHours quietHours,
                              String actor, String remoteAddress) {
        choose(SchoolGuardians.require(guardians, schoolId, guardianId), channels, quietHours, actor, remoteAddress);
    }

    private void choose(Guardian guardian, Set<DeliveryChannel> channels, QuietHours quietHours, String actor,
                        String remoteAddress) {
        if (channels == null || channels.isEmpty()) {
            throw new Refusal("preferences.channel.required");
        }
        Set<DeliveryChannel> wanted = EnumSet.copyOf(channels);
        Set<DeliveryChannel> kept = EnumSet.noneOf(DeliveryChannel.class);
        for (DeliveryPreference preference : guardians.preferences(guardian)) {
            if (!(wanted.contains(preference.getChannel()) && kept.add(preference.getChannel()))) {
                guardians.remove(preference);
            }
        }
        wanted.stream().filter(c -> !kept.contains(c))
                .forEach(c -> guardians.add(new DeliveryPreference(guardian, c)));
        QuietHours quiet = quietHours == null ? QuietHours.NONE : quietHours;
        guardians.schedule(guardian).ifPresentOrElse(s -> s.change(quiet),
                () -> guardians.add(new DeliverySchedule(guardian, quiet)));
        audit.record(actor, "PREFERENCES_CHANGED", guardian.getSchool().getId(), SchoolGuardians.ref(guardian),
                "каналы " + wanted + (quiet.isNone() ? ", без тихих часов"
                        : ", тихие часы " + quiet.from() + "–" + quiet.to()), remoteAddress);
    }
}
