package ru.ediary.family.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import ru.ediary.family.model.Consent;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.ConsentForm;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.audit.application.AuditLog;

/** Records decisions on personal-data processing into the append-only ledger, each with its evidence. */
@ApplicationScoped
public class ConsentRegister {

    /** The version of the consent text guardians currently sign. */
    public static final String CURRENT_TEXT_VERSION = "2026-1";

    private final Clock clock = Clock.systemUTC();

    @Inject
    GuardianRepository guardians;

    @Inject
    AuditLog audit;

    @Transactional
    public Consent record(Guardian guardian, ConsentDecision decision, ConsentForm form, LocalDate decidedOn,
                          String documentRef, String recordedBy) {
        Consent consent = new Consent(guardian, decision, form, decidedOn, documentRef, CURRENT_TEXT_VERSION,
                clock.instant(), recordedBy);
        guardians.add(consent);
        audit.record(recordedBy, "CONSENT_" + decision, guardian.getSchool().getId(),
                "guardian:" + guardian.getSourcedId(), form + (documentRef == null ? "" : ", " + documentRef), null);
        return consent;
    }

    @Transactional
    public boolean hasAnyDecision(Guardian guardian) {
        return !guardians.consents(guardian).isEmpty();
    }
}
