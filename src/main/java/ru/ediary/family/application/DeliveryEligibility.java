package ru.ediary.family.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.ediary.family.model.Consent;
import ru.ediary.family.model.ConsentState;
import ru.ediary.family.model.ContactPoint;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.DeliveryPreference;
import ru.ediary.family.model.DeliveryPlan;
import ru.ediary.family.model.DeliverySchedule;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianAccounts;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.family.model.QuietHours;
import ru.ediary.platform.Refusal;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;

/**
 * The single place that decides what may reach a guardian (consent, confirmed contacts, chosen channels): the
 * cabinet, the notifications and the paper extracts all ask here.
 */
@ApplicationScoped
public class DeliveryEligibility {

    @Inject
    GuardianRepository guardians;

    @Inject
    GuardianAccounts accounts;

    @Inject
    SchoolDirectory schools;

    @Transactional
    public DeliveryPlan plan(long guardianId) {
        return plan(guardians.byId(guardianId)
                .orElseThrow(() -> new IllegalArgumentException("no guardian " + guardianId)));
    }

    /** The plan of every guardian of the school, by guardian id, in a few queries rather than a few per guardian. */
    @Transactional
    public Map<Long, DeliveryPlan> plans(long schoolId) {
        School school = schools.school(schoolId).orElseThrow(() -> new Refusal("school.unknown", schoolId));
        Map<Long, List<Consent>> ledgers = byGuardian(guardians.consentsOf(school), Consent::getGuardian);
        Map<Long, List<ContactPoint>> contacts = byGuardian(guardians.contactsOf(school), ContactPoint::getGuardian);
        Map<Long, List<DeliveryPreference>> chosen = byGuardian(guardians.preferencesOf(school),
                DeliveryPreference::getGuardian);
        Map<Long, QuietHours> quiet = guardians.schedulesOf(school).stream()
                .collect(Collectors.toMap(s -> s.getGuardian().getId(), DeliverySchedule::quietHours));
        Set<Long> withAccount = accounts.guardiansWithUsableAccount(school);
        Map<Long, DeliveryPlan> plans = new HashMap<>();
        for (Guardian guardian : guardians.guardiansOf(school)) {
            Long id = guardian.getId();
            Set<DeliveryChannel> channels = EnumSet.noneOf(DeliveryChannel.class);
            chosen.getOrDefault(id, List.of()).forEach(p -> channels.add(p.getChannel()));
            plans.put(id, DeliveryPlan.decide(ConsentState.current(ledgers.getOrDefault(id, List.of())).orElse(null),
                    withAccount.contains(id), channels, contacts.getOrDefault(id, List.of()),
                    quiet.getOrDefault(id, QuietHours.NONE)));
        }
        return plans;
    }

    private static <T> Map<Long, List<T>> byGuardian(List<T> facts, Function<T, Guardian> guardian) {
        return facts.stream().collect(Collectors.groupingBy(f -> guardian.apply(f).getId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DeliveryPlan plan(Guardian guardian) {
        return DeliveryPlan.decide(ConsentState.current(guardians.consents(guardian)).orElse(null),
                accounts.hasUsableAccount(guardian), guardians.chosenChannels(guardian), guardians.contacts(guardian),
                guardians.schedule(guardian).map(DeliverySchedule::quietHours).orElse(QuietHours.NONE));
    }
}
