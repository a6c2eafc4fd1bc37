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
import ru.ediary.family.model.ConsentDecision;
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

    /** How many guardians of a school have one current consent decision (null: no answer) and paper or not. */
    public record GuardianTally(long schoolId, ConsentDecision decision, boolean onPaper, long guardians) {
    }

    /**
     * The guardians of every school of a region counted by their current consent decision and whether they are on
     * the paper list — the same rules as {@link #plans} ({@link ConsentState}, {@link DeliveryPlan#paperReason}),
     * read as tuples over the region at once rather than guardian by guardian.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GuardianTally> tally(long regionId) {
        Map<Long, Long> schoolOf = guardians.schoolsOfGuardians(regionId);
        Map<Long, List<ConsentState.Decided>> decisions = guardians.decisionsInRegion(regionId);
        Map<Long, Set<DeliveryChannel>> chosen = guardians.chosenChannelsInRegion(regionId);
        Set<Long> withAccount = accounts.guardiansWithUsableAccountInRegion(regionId);
        Map<GuardianTally, Long> counts = new HashMap<>();
        schoolOf.forEach((guardian, school) -> {
            ConsentDecision decision = ConsentState.latest(decisions.getOrDefault(guardian, List.of()).stream())
                    .orElse(null);
            boolean paper = DeliveryPlan.paperReason(decision, withAccount.contains(guardian),
                    chosen.getOrDefault(guardian, Set.of())) != null;
            counts.merge(new GuardianTally(school, decision, paper, 0), 1L, Long::sum);
        });
        return counts.entrySet().stream().map(e -> new GuardianTally(e.getKey().schoolId(), e.getKey().decision(),
                e.getKey().onPaper(), e.getValue())).toList();
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
