package ru.ediary.family.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.ediary.family.model.ConsentState;
import ru.ediary.family.model.DeliveryPlan;
import ru.ediary.family.model.DeliverySchedule;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianAccounts;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.family.model.QuietHours;

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

    @Transactional
    public DeliveryPlan plan(long guardianId) {
        return plan(guardians.byId(guardianId)
                .orElseThrow(() -> new IllegalArgumentException("no guardian " + guardianId)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DeliveryPlan plan(Guardian guardian) {
        return DeliveryPlan.decide(ConsentState.current(guardians.consents(guardian)).orElse(null),
                accounts.hasUsableAccount(guardian), guardians.chosenChannels(guardian), guardians.contacts(guardian),
                guardians.schedule(guardian).map(DeliverySchedule::quietHours).orElse(QuietHours.NONE));
    }
}
